#include "searchrepository.h"

#include "library/categoryrepository.h"
#include "library/checkedquery.h"
#include "library/database.h"
#include "searchindexer.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace gloss {

namespace {

// The filters, on a column holding article ids.
QString filters(const SearchRepository::Options &options, const QString &column)
{
    QString sql;
    if (options.categoryId)
        sql += QStringLiteral(" AND %1 IN ").arg(column) + CategoryRepository::articlesUnder();
    if (options.withNotesOnly)
        sql += QStringLiteral(" AND %1 IN (SELECT id FROM articles WHERE note != ''"
                              " UNION SELECT article_id FROM highlights)")
                   .arg(column);
    return sql;
}

void bind(QSqlQuery &q, const QString &fts, const SearchRepository::Options &options)
{
    q.bindValue(QStringLiteral(":query"), fts);
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
    if (!parsed.error.isEmpty() || parsed.fts.isEmpty()) {
        result.error = parsed.error;
        return result;
    }
    const TextMatcher matcher(parsed.terms);
    CategoryPaths categories(m_db);

    // Articles, best first. Ranking runs on the index alone; only the chosen few are read,
    // and their snippets are cut here rather than by FTS5 (which would tokenize each again).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool articlesPrepared = q.prepare(
        QStringLiteral(
            "SELECT f.id, f.r, a.title, a.text FROM ("
            " SELECT rowid AS id, bm25(articles_fts, 10.0, 2.0, 1.0) AS r FROM articles_fts"
            " WHERE articles_fts MATCH :query")
        + filters(options, QStringLiteral("rowid"))
        + QStringLiteral(" ORDER BY r LIMIT :limit) f"
                         " JOIN articles a ON a.id = f.id ORDER BY f.r"));
    if (articlesPrepared)
        bind(q, parsed.fts, options);
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
            "   WHERE highlights_fts MATCH :query ORDER BY r LIMIT :limit) f"
            "  JOIN highlights h ON h.id = f.id"
            " UNION ALL"
            " SELECT rowid, 0, note, bm25(article_notes_fts) FROM article_notes_fts"
            "  WHERE article_notes_fts MATCH :query) n"
            " JOIN articles a ON a.id = n.article_id WHERE 1")
        + filters(options, QStringLiteral("n.article_id"))
        + QStringLiteral(" ORDER BY n.r LIMIT :limit"));
    if (notesPrepared)
        bind(q, parsed.fts, options);
    if (!notesPrepared || !q.exec()) {
        result.error = QCoreApplication::translate("gloss::SearchRepository",
                                                   "cannot search notes for '%1': %2")
                           .arg(input, q.lastError().text());
        return result;
    }
    while (q.next() && result.hits.size() < options.limit) {
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
        result.hits << hit;
    }
    return result;
}

} // namespace gloss
