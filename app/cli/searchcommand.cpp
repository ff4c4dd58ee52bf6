#include "commands.h"

#include "cli.h"
#include "library/categoryrepository.h"
#include "library/database.h"
#include "search/searchrepository.h"

namespace gloss {

int searchCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("query"),
        Cli::tr("Words to find (all of them); \"a phrase\"; -word leaves out; pre* is a prefix."));
    const QCommandLineOption category(QStringLiteral("category"),
                                      Cli::tr("Only under PATH (a/b/c)."), QStringLiteral("PATH"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Cli::tr("At most N results (default 50)."), QStringLiteral("N"),
                                   QStringLiteral("50"));
    const QCommandLineOption notes(QStringLiteral("with-notes"),
                                   Cli::tr("Only articles with highlights or a note."));
    parser.addOptions({ category, limit, notes });
    if (const int code = context.parse(parser, arguments, QStringLiteral("search")); code >= 0)
        return code;
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    bool ok = false;
    SearchRepository::Options options;
    options.limit = parser.value(limit).toInt(&ok);
    if (query.isEmpty() || !ok || options.limit <= 0) {
        return context.usageError(
            QStringLiteral("search"),
            Cli::tr("give words to search for (and --limit a positive number)"));
    }
    options.withNotesOnly = parser.isSet(notes);
    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;
    if (parser.isSet(category)) {
        const QStringList path = CategoryRepository::parsePath(parser.value(category));
        options.categoryId = CategoryRepository(*db).find(path);
        if (!options.categoryId) {
            return context.failure(QStringLiteral("search"), Cli::noCategory(path, db->path()));
        }
    }
    const SearchRepository::Result result = SearchRepository(*db).search(query, options);
    if (!result.error.isEmpty())
        return context.usageError(QStringLiteral("search"), result.error);
    for (const SearchHit &hit : result.hits) {
        context.out << qSetFieldWidth(7) << Qt::right << hit.articleId << qSetFieldWidth(0)
                    << Qt::left << "  " << hit.title
                    << (hit.inNotes ? Cli::tr("  (in a note)") : QString()) << "\n         "
                    << hit.snippet.marked(QStringLiteral("["), QStringLiteral("]")) << "\n";
    }
    if (result.notIndexed > 0)
        context.err << "gloss search: "
                    << Cli::tr("%n article(s) are not indexed yet; import again to finish", nullptr,
                               result.notIndexed)
                    << "\n";
    return Cli::Ok;
}

} // namespace gloss
