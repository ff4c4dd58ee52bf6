#include "commands.h"

#include "cli.h"
#include "export/markdownexporter.h"
#include "library/categoryrepository.h"
#include "library/database.h"

namespace gloss {

int exportCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The folder to write into."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption article(QStringLiteral("article"),
                                     QStringLiteral("Export one article."), QStringLiteral("ID"));
    const QCommandLineOption category(
        QStringLiteral("category"),
        QStringLiteral("Export the annotated articles under PATH (a/b/c)."),
        QStringLiteral("PATH"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("Export every annotated article (the default)."));
    const QCommandLineOption fullText(
        QStringLiteral("full-text"),
        QStringLiteral(
            "Also write each article's text, highlights ==marked==, notes as footnotes."));
    parser.addOptions({ out, article, category, all, fullText });
    if (const int code = context.parse(parser, arguments, QStringLiteral("export")); code >= 0)
        return code;
    const int scopes
        = int(parser.isSet(article)) + int(parser.isSet(category)) + int(parser.isSet(all));
    if (!parser.isSet(out) || scopes > 1 || !parser.positionalArguments().isEmpty()) {
        context.err
            << "gloss export: give --out DIR and at most one of --article, --category, --all\n"
            << "Run 'gloss export --help' for usage.\n";
        return Cli::Usage;
    }
    MarkdownExporter::Options options;
    options.fullText = parser.isSet(fullText);
    if (parser.isSet(article)) {
        bool ok = false;
        options.scope = MarkdownExporter::Scope::Article;
        options.articleId = parser.value(article).toLongLong(&ok);
        if (!ok) {
            context.err << "gloss export: --article needs an article id, not '"
                        << parser.value(article) << "'\n";
            return Cli::Usage;
        }
    }
    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;
    if (parser.isSet(category)) {
        const QStringList path = CategoryRepository::parsePath(parser.value(category));
        const std::optional<qint64> id = CategoryRepository(*db).find(path);
        if (!id) {
            context.err << "gloss export: no category '" << path.join(QStringLiteral(" > "))
                        << "' in " << db->path() << "\n";
            return Cli::Failed;
        }
        options.scope = MarkdownExporter::Scope::Category;
        options.categoryId = *id;
    }
    const MarkdownExporter::Report report = MarkdownExporter(*db).run(parser.value(out), options);
    if (!report.ok()) {
        context.err << "gloss export: " << report.error << "\n";
        return Cli::Failed;
    }
    context.out << "exported " << report.written.size() << " file(s) to " << parser.value(out)
                << "\n";
    return Cli::Ok;
}

} // namespace gloss
