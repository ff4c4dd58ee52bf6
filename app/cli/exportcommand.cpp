#include "commands.h"

#include "cli.h"
#include "export/markdownexporter.h"
#include "library/categoryrepository.h"
#include "library/database.h"

namespace gloss {

int exportCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The folder to write into."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption article(QStringLiteral("article"), Cli::tr("Export one article."),
                                     QStringLiteral("ID"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      Cli::tr("Export the annotated articles under PATH (a/b/c)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 Cli::tr("Export every annotated article (the default)."));
    const QCommandLineOption fullText(
        QStringLiteral("full-text"),
        Cli::tr("Also write each article's text, highlights ==marked==, notes as footnotes."));
    parser.addOptions({ out, article, category, all, fullText });
    if (const int code = context.parse(parser, arguments, QStringLiteral("export")); code >= 0)
        return code;
    const int scopes
        = int(parser.isSet(article)) + int(parser.isSet(category)) + int(parser.isSet(all));
    if (!parser.isSet(out) || scopes > 1 || !parser.positionalArguments().isEmpty()) {
        return context.usageError(
            QStringLiteral("export"),
            Cli::tr("give --out DIR and at most one of --article, --category, --all"));
    }
    MarkdownExporter::Options options;
    options.fullText = parser.isSet(fullText);
    if (parser.isSet(article)) {
        bool ok = false;
        options.scope = MarkdownExporter::Scope::Article;
        options.articleId = parser.value(article).toLongLong(&ok);
        if (!ok)
            return context.usageError(
                QStringLiteral("export"),
                Cli::tr("--article needs an article id, not '%1'").arg(parser.value(article)));
    }
    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;
    if (parser.isSet(category)) {
        const QStringList path = CategoryRepository::parsePath(parser.value(category));
        const std::optional<qint64> id = CategoryRepository(*db).find(path);
        if (!id)
            return context.failure(QStringLiteral("export"), Cli::noCategory(path, db->path()));
        options.scope = MarkdownExporter::Scope::Category;
        options.categoryId = *id;
    }
    const MarkdownExporter::Report report = MarkdownExporter(*db).run(parser.value(out), options);
    if (!report.ok())
        return context.failure(QStringLiteral("export"), report.error);
    context.out << Cli::tr("exported %n file(s) to %1", nullptr, int(report.written.size()))
                       .arg(parser.value(out))
                << "\n";
    return Cli::Ok;
}

} // namespace gloss
