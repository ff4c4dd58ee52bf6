#include "commands.h"

#include "cli.h"
#include "library/articlerepository.h"
#include "library/categoryrepository.h"
#include "library/database.h"
#include "library/tagrepository.h"

#include <QHash>

namespace gloss {

namespace {

QString dateText(const ArticleSummary &a)
{
    if (a.published.isValid())
        return a.published.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    return QStringLiteral("----------");
}

} // namespace

int listCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption categories(QStringLiteral("categories"),
                                        Cli::tr("Print the category tree with article counts."));
    const QCommandLineOption category(
        QStringLiteral("category"),
        Cli::tr("Only articles under PATH (a/b/c), subcategories included."),
        QStringLiteral("PATH"));
    const QCommandLineOption tags(QStringLiteral("tags"),
                                  Cli::tr("Print every tag of the articles with article counts."));
    const QCommandLineOption tag(
        QStringLiteral("tag"),
        Cli::tr("Only articles tagged NAME in their front matter (any case); repeat for all of "
                "several tags."),
        QStringLiteral("NAME"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  Cli::tr("newest (default), oldest or title."),
                                  QStringLiteral("ORDER"), QStringLiteral("newest"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most N articles."),
                                   QStringLiteral("N"));
    const QCommandLineOption missing(
        QStringLiteral("missing"),
        Cli::tr("Only articles whose file is gone (the last import of its folder did not find "
                "it)."));
    parser.addOptions({ categories, category, tags, tag, sort, limit, missing });
    if (const int code = context.parse(parser, arguments, QStringLiteral("list")); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(
            QStringLiteral("list"),
            Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }

    ArticleRepository::Query query;
    const QString order = parser.value(sort);
    if (order == u"newest")
        query.sort = ArticleRepository::Sort::NewestFirst;
    else if (order == u"oldest")
        query.sort = ArticleRepository::Sort::OldestFirst;
    else if (order == u"title")
        query.sort = ArticleRepository::Sort::Title;
    else {
        return context.usageError(
            QStringLiteral("list"),
            Cli::tr("unknown --sort '%1' (use newest, oldest or title)").arg(order));
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toInt(&ok);
        if (!ok || query.limit < 0) {
            return context.usageError(
                QStringLiteral("list"),
                Cli::tr("--limit needs a number, not '%1'").arg(parser.value(limit)));
        }
    }

    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;
    const CategoryRepository categoryRepository(*db);
    const ArticleRepository articles(*db);

    QString error;
    if (parser.isSet(categories)) {
        const int total = articles.count(std::nullopt, &error);
        const QList<CategoryNode> tree
            = error.isEmpty() ? categoryRepository.tree(&error) : QList<CategoryNode>();
        if (!error.isEmpty())
            return context.failure(QStringLiteral("list"), error);
        context.out << Cli::tr("All articles (%1)").arg(total) << "\n";
        QHash<qint64, int> depth;
        for (const CategoryNode &node : tree) {
            const int level = node.parentId == 0 ? 1 : depth.value(node.parentId) + 1;
            depth.insert(node.id, level);
            context.out << QString(level * 2, u' ') << node.name << " (" << node.articleCount
                        << ")\n";
        }
        return Cli::Ok;
    }

    if (parser.isSet(tags)) {
        const QList<TagSummary> all = TagRepository(*db).articleTags(&error);
        if (!error.isEmpty())
            return context.failure(QStringLiteral("list"), error);
        for (const TagSummary &t : all)
            context.out << t.name << " (" << t.articleCount << ")\n";
        return Cli::Ok;
    }

    for (const QString &name : parser.values(tag)) {
        const std::optional<qint64> id = TagRepository(*db).find(name, &error);
        if (!error.isEmpty())
            return context.failure(QStringLiteral("list"), error);
        // As `gloss highlights --tag`: a tag no article carries lists nothing.
        if (!id)
            return Cli::Ok;
        if (!query.tagIds.contains(*id))
            query.tagIds << *id;
    }
    if (parser.isSet(category)) {
        const QStringList path = CategoryRepository::parsePath(parser.value(category));
        const std::optional<qint64> id = categoryRepository.find(path, &error);
        if (!error.isEmpty())
            return context.failure(QStringLiteral("list"), error);
        if (!id) {
            return context.failure(QStringLiteral("list"), Cli::noCategory(path, db->path()));
        }
        query.categoryId = id;
    }
    query.missingOnly = parser.isSet(missing);
    const QList<ArticleSummary> rows = articles.list(query, &error);
    if (!error.isEmpty())
        return context.failure(QStringLiteral("list"), error);
    for (const ArticleSummary &a : rows) {
        context.out << qSetFieldWidth(7) << Qt::right << a.id << qSetFieldWidth(0) << Qt::left
                    << "  " << dateText(a) << "  " << a.title;
        if (!a.author.isEmpty())
            context.out << "  (" << a.author << ")";
        if (a.missing)
            context.out << "  " << Cli::tr("[file missing]");
        context.out << "\n";
    }
    return Cli::Ok;
}

} // namespace gloss
