#include "commands.h"

#include "cli.h"
#include "library/articlerepository.h"
#include "library/database.h"

namespace gloss {

int showCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"),
                                 Cli::tr("The article's id (see gloss list)."));
    const QCommandLineOption html(QStringLiteral("html"),
                                  Cli::tr("Print the HTML instead of the text."));
    parser.addOption(html);
    if (const int code = context.parse(parser, arguments, QStringLiteral("show")); code >= 0)
        return code;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        return context.usageError(QStringLiteral("show"),
                                  Cli::tr("give one article id (a number)"));
    }
    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;
    QString error;
    const std::optional<ArticleRecord> record
        = ArticleRepository(*db).find(id, ArticleRepository::Detail::Full, &error);
    if (!error.isEmpty())
        return context.failure(QStringLiteral("show"), error);
    if (!record) {
        return context.failure(QStringLiteral("show"),
                               Cli::tr("no article %1 in %2").arg(id).arg(db->path()));
    }

    const Article &a = record->article;
    QStringList paths;
    for (const QStringList &path : a.categoryPaths)
        paths << path.join(QStringLiteral(" > "));
    QString date = a.published.isValid() ? a.published.toUTC().toString(Qt::ISODate)
                                         : QStringLiteral("unknown");
    if (!a.published.isValid() && !a.dateRaw.isEmpty())
        date += QStringLiteral(" ('%1')").arg(a.dateRaw);

    QTextStream &out = context.out;
    out << "Id:         " << record->id << "\n"
        << "Title:      " << a.title << "\n"
        << "Author:     " << a.author << "\n"
        << "Date:       " << date << "\n"
        << "Categories: " << paths.join(QStringLiteral("; ")) << "\n"
        << "Tags:       " << a.tags.join(QStringLiteral(", ")) << "\n"
        << "Header:     " << a.headerImage << "\n"
        << "Format:     " << bodyFormatName(a.bodyFormat) << "\n"
        << "Source:     " << record->sourcePath << "\n"
        << "Indexed:    " << (record->indexed ? "yes" : "no") << "\n\n"
        << (parser.isSet(html) ? a.html : a.text) << "\n";
    return Cli::Ok;
}

} // namespace gloss
