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
        QStringLiteral(
            "Words to find (all of them); \"a phrase\"; -word leaves out; pre* is a prefix."));
    const QCommandLineOption category(QStringLiteral("category"),
                                      QStringLiteral("Only under PATH (a/b/c)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N results (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption notes(QStringLiteral("with-notes"),
                                   QStringLiteral("Only articles with highlights or a note."));
    parser.addOptions({ category, limit, notes });
    if (const int code = context.parse(parser, arguments, QStringLiteral("search")); code >= 0)
        return code;
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    bool ok = false;
    SearchRepository::Options options;
    options.limit = parser.value(limit).toInt(&ok);
    if (query.isEmpty() || !ok || options.limit <= 0) {
        context.err << "gloss search: give words to search for (and --limit a positive number)\n"
                    << "Run 'gloss search --help' for usage.\n";
        return Cli::Usage;
    }
    options.withNotesOnly = parser.isSet(notes);
    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;
    if (parser.isSet(category)) {
        const QStringList path = CategoryRepository::parsePath(parser.value(category));
        options.categoryId = CategoryRepository(*db).find(path);
        if (!options.categoryId) {
            context.err << "gloss search: no category '" << path.join(QStringLiteral(" > "))
                        << "' in " << db->path() << "\n";
            return Cli::Failed;
        }
    }
    const SearchRepository::Result result = SearchRepository(*db).search(query, options);
    if (!result.error.isEmpty()) {
        context.err << "gloss search: " << result.error << "\n";
        return Cli::Usage;
    }
    for (const SearchHit &hit : result.hits) {
        context.out << qSetFieldWidth(7) << Qt::right << hit.articleId << qSetFieldWidth(0)
                    << Qt::left << "  " << hit.title << (hit.inNotes ? "  (in a note)" : "")
                    << "\n         " << hit.snippet.marked(QStringLiteral("["), QStringLiteral("]"))
                    << "\n";
    }
    if (result.notIndexed > 0)
        context.err << "gloss search: " << result.notIndexed
                    << " article(s) are not indexed yet; import again to finish\n";
    return Cli::Ok;
}

} // namespace gloss
