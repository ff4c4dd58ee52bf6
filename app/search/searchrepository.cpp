#include "searchrepository.h"

#include "library/categoryrepository.h"
#include "library/checkedquery.h"
#include "library/database.h"
#include "library/tagname.h"
#include "searchindexer.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace gloss {

namespace {

// The ids in `column` of a tag link table (highlight_tags, article_tags) whose rows carry every
// tag of the search (bound as :tag0, :tag1, ...).
QString carryingEveryTag(QLatin1String table, QLatin1String column, const QStringList &tagKeys)
{
    QStringList parts;
    for (qsizetype i = 0; i < tagKeys.size(); ++i) {
        parts << QStringLiteral("SELECT %1 FROM %2 WHERE tag_id ="
                                " (SELECT id FROM tags WHERE name_key = :tag%3)")
                     .arg(column, table)
                     .arg(i);
    }
    return parts.join(QStringLiteral(" INTERSECT "));
}

// Highlights that carry every tag of the search.
QString taggedHighlights(const QStringList &tagKeys)
{
    return carryingEveryTag(QLatin1String("highlight_tags"), QLatin1String("highlight_id"),
                            tagKeys);
}

// Articles whose posts carry every tag of the search in their front matter.
QString taggedArticles(const QStringList &tagKeys)
{
    return carryingEveryTag(QLatin1String("article_tags"), QLatin1String("article_id"), tagKeys);
}

// The filters, on a column holding article ids; with tags, articles that carry them or have a
// highlight that carries them.
QString filters(const SearchRepository::Options &options, const QString &column,
                const QStringList &tagKeys = {})
{
    QString sql;
    if (!tagKeys.isEmpty())
        sql += QStringLiteral(" AND (%1 IN (SELECT article_id FROM highlights WHERE id IN (%2))"
                              " OR %1 IN (%3))")
                   .arg(column, taggedHighlights(tagKeys), taggedArticles(tagKeys));
    if (options.categoryId)
        sql += QStringLiteral(" AND %1 IN ").arg(column) + CategoryRepository::articlesUnder();
    if (options.withNotesOnly)
        sql += QStringLiteral(" AND %1 IN (SELECT id FROM articles WHERE note != ''"
                              " UNION SELECT article_id FROM highlights)")
                   .arg(column);
    return sql;
}

void bind(QSqlQuery &q, const QString &fts, const SearchRepository::Options &options,
          const QStringList &tagKeys = {})
{
    q.bindValue(QStringLiteral(":query"), fts);
    for (qsizetype i = 0; i < tagKeys.size(); ++i)
        q.bindValue(QStringLiteral(":tag%1").arg(i), tagKeys.at(i));
    if (options.categoryId)
        q.bindValue(QStringLiteral(":category"), *options.categoryId);
    q.bindValue(QStringLiteral(":limit"), options.limit);
}

// The first category path of each article, with the paths looked up once each. A hit whose path
// cannot be read is shown without one (the reason goes to the log).
class CategoryPaths
{
public:
    explicit CategoryPaths(const Database &db)
        : m_db(db)
        , m_first(db.connection())
    {
        m_prepared = CheckedQuery::prepare(
            m_first,
            QStringLiteral("SELECT min(category_id) FROM article_categories WHERE article_id = ?"),
            m_db);
    }
    QStringList of(qint64 articleId)
    {
        if (!m_prepared)
            return {};
        m_first.addBindValue(articleId);
        if (!CheckedQuery::exec(m_first, m_db) || !m_first.next() || m_first.isNull(0))
            return {};
        const qint64 category = m_first.value(0).toLongLong();
        auto it = m_paths.find(category);
        if (it == m_paths.end())
            it = m_paths.insert(category, CategoryRepository(m_db).path(category));
        return *it;
    }

private:
    const Database &m_db;
    QSqlQuery m_first;
    bool m_prepared = false;
    QHash<qint64, QStringList> m_paths;
};

// Hits among highlights and their notes, from rows of (article id, highlight id, quote and note,
// rank, title): the first row of each article not seen yet, up to limit hits in all.
void addNoteHits(QSqlQuery &q, const TextMatcher &matcher, CategoryPaths &categories, int limit,
                 QSet<qint64> &seen, QList<SearchHit> &hits)
{
    while (q.next() && hits.size() < limit) {
        const qint64 id = q.value(0).toLongLong();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        SearchHit hit;
        hit.articleId = id;
        hit.highlightId = q.value(1).toLongLong();
        hit.snippet = matcher.snippet(q.value(2).toString());
        hit.rank = q.value(3).toDouble();
        hit.title = q.value(4).toString();
        hit.category = categories.of(id);
        hit.inNotes = true;
        hits << hit;
    }
}

} // namespace

SearchRepository::Result SearchRepository::search(const QString &input,
                                                  const Options &options) const
{
    Result result;
    result.notIndexed = SearchIndexer(m_db).pendingCount(&result.error);
    if (!result.error.isEmpty())
        return result;
    const SearchQuery::Parsed parsed = SearchQuery::parse(input);
    result.terms = parsed.terms;
    if (!parsed.error.isEmpty() || (parsed.fts.isEmpty() && parsed.tags.isEmpty())) {
        result.error = parsed.error;
        return result;
    }
    const TextMatcher matcher(parsed.terms);
    CategoryPaths categories(m_db);
    QStringList tagKeys;
    for (const QString &tag : parsed.tags) {
        if (const QString key = TagName::key(tag); !tagKeys.contains(key))
            tagKeys << key;
    }
    if (parsed.fts.isEmpty())
        return tagged(input, tagKeys, options, std::move(result));

    // Articles, best first. Ranking runs on the index alone; only the chosen few are read,
    // and their snippets are cut here rather than by FTS5 (which would tokenize each again).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool articlesPrepared = q.prepare(
        QStringLiteral(
            "SELECT f.id, f.r, a.title, a.text FROM ("
            " SELECT rowid AS id, bm25(articles_fts, 10.0, 2.0, 1.0) AS r FROM articles_fts"
            " WHERE articles_fts MATCH :query")
        + filters(options, QStringLiteral("rowid"), tagKeys)
        + QStringLiteral(" ORDER BY r LIMIT :limit) f"
                         " JOIN articles a ON a.id = f.id ORDER BY f.r"));
    if (articlesPrepared)
        bind(q, parsed.fts, options, tagKeys);
    if (!articlesPrepared || !q.exec()) {
        result.error
            = QCoreApplication::translate("gloss::SearchRepository", "cannot search for '%1': %2")
                  .arg(input, q.lastError().text());
        return result;
    }
    QSet<qint64> seen;
    while (q.next()) {
        SearchHit hit;
        hit.articleId = q.value(0).toLongLong();
        hit.rank = q.value(1).toDouble();
        hit.title = q.value(2).toString();
        hit.snippet = matcher.snippet(q.value(3).toString());
        hit.category = categories.of(hit.articleId);
        seen.insert(hit.articleId);
        result.hits << hit;
    }

    // Highlights, their notes and article notes: their articles follow, once each.
    const bool notesPrepared = q.prepare(
        QStringLiteral(
            "SELECT n.article_id, n.highlight_id, n.words, n.r, a.title FROM ("
            " SELECT h.article_id, h.id AS highlight_id, h.exact || '\n' || h.note AS words,"
            "  f.r FROM (SELECT rowid AS id, bm25(highlights_fts) AS r FROM highlights_fts"
            "   WHERE highlights_fts MATCH :query%1 ORDER BY r LIMIT :limit) f"
            "  JOIN highlights h ON h.id = f.id"
            " UNION ALL"
            " SELECT rowid, 0, note, bm25(article_notes_fts) FROM article_notes_fts"
            "  WHERE article_notes_fts MATCH :query) n"
            " JOIN articles a ON a.id = n.article_id WHERE 1")
            .arg(tagKeys.isEmpty()
                     ? QString()
                     // A highlight that carries the tags, or any highlight of an article that does.
                     : QStringLiteral(" AND (rowid IN (%1) OR rowid IN (SELECT id FROM highlights"
                                      " WHERE article_id IN (%2)))")
                           .arg(taggedHighlights(tagKeys), taggedArticles(tagKeys)))
        + filters(options, QStringLiteral("n.article_id"), tagKeys)
        + QStringLiteral(" ORDER BY n.r LIMIT :limit"));
    if (notesPrepared)
        bind(q, parsed.fts, options, tagKeys);
    if (!notesPrepared || !q.exec()) {
        result.error = QCoreApplication::translate("gloss::SearchRepository",
                                                   "cannot search notes for '%1': %2")
                           .arg(input, q.lastError().text());
        return result;
    }
    addNoteHits(q, matcher, categories, options.limit, seen, result.hits);
    return result;
}

SearchRepository::Result SearchRepository::tagged(const QString &input, const QStringList &tagKeys,
                                                  const Options &options, Result result) const
{
    // Only tags: the articles of the tagged highlights, the most recently changed first, each
    // shown by its highlight; then the articles that carry the tags themselves, newest first,
    // each shown by its beginning.
    CategoryPaths categories(m_db);
    const TextMatcher matcher({});
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        const bool prepared = q.prepare(sql);
        if (prepared) {
            if (options.categoryId)
                q.bindValue(QStringLiteral(":category"), *options.categoryId);
            for (qsizetype i = 0; i < tagKeys.size(); ++i)
                q.bindValue(QStringLiteral(":tag%1").arg(i), tagKeys.at(i));
        }
        if (prepared && q.exec())
            return true;
        result.error
            = QCoreApplication::translate("gloss::SearchRepository", "cannot search for '%1': %2")
                  .arg(input, q.lastError().text());
        return false;
    };
    if (!run(QStringLiteral("SELECT h.article_id, h.id, h.exact || '\n' || h.note, 0, a.title"
                            " FROM highlights h JOIN articles a ON a.id = h.article_id"
                            " WHERE h.id IN (%1)")
                 .arg(taggedHighlights(tagKeys))
             + filters(options, QStringLiteral("h.article_id"))
             + QStringLiteral(" ORDER BY h.updated_at DESC, h.id DESC")))
        return result;
    QSet<qint64> seen;
    addNoteHits(q, matcher, categories, options.limit, seen, result.hits);
    if (result.hits.size() >= options.limit)
        return result;

    // The plain text is there once the article is indexed; until then its excerpt stands in.
    if (!run(QStringLiteral("SELECT a.id, 0, CASE WHEN a.indexed THEN substr(a.text, 1, 400)"
                            " ELSE a.excerpt END, 0, a.title FROM articles a WHERE a.id IN (%1)")
                 .arg(taggedArticles(tagKeys))
             + filters(options, QStringLiteral("a.id"))
             + QStringLiteral(" ORDER BY a.published_at DESC, a.id DESC")))
        return result;
    const qsizetype before = result.hits.size();
    addNoteHits(q, matcher, categories, options.limit, seen, result.hits);
    // These were found by the article's own tags, not in its notes.
    for (qsizetype i = before; i < result.hits.size(); ++i)
        result.hits[i].inNotes = false;
    return result;
}

} // namespace gloss
