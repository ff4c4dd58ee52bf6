#include "searchrepository.h"

#include "library/database.h"
#include "searchindexer.h"
#include "searchquery.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace gloss {

namespace {

const QString subtree = QStringLiteral(
    " AND a.id IN (SELECT article_id FROM article_categories WHERE category_id IN ("
    " WITH RECURSIVE sub(id) AS (SELECT :category UNION ALL"
    " SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub))");
const QString annotated
    = QStringLiteral(" AND (a.note != '' OR a.id IN (SELECT article_id FROM highlights))");

// Overlapping bigrams are marked one by one ("[芯片][片]"): join touching marks.
QString tidy(QString snippet)
{
    snippet.replace(QStringLiteral("]["), QString());
    return snippet.simplified();
}

} // namespace

SearchRepository::Result SearchRepository::search(const QString &input,
                                                  const Options &options) const
{
    Result result;
    result.notIndexed = SearchIndexer(m_db).pendingCount();
    const SearchQuery::Parsed parsed = SearchQuery::parse(input);
    if (!parsed.error.isEmpty() || parsed.fts.isEmpty()) {
        result.error = parsed.error;
        return result;
    }
    QString filters;
    if (options.categoryId)
        filters += subtree;
    if (options.withNotesOnly)
        filters += annotated;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.title, snippet(articles_fts, 2, '[', ']', '…', 16), "
                             "bm25(articles_fts, 10.0, 2.0, 1.0)"
                             " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                             " WHERE articles_fts MATCH :query")
              + filters
              + QStringLiteral(" ORDER BY bm25(articles_fts, 10.0, 2.0, 1.0) LIMIT :limit"));
    q.bindValue(QStringLiteral(":query"), parsed.fts);
    if (options.categoryId)
        q.bindValue(QStringLiteral(":category"), *options.categoryId);
    q.bindValue(QStringLiteral(":limit"), options.limit);
    if (!q.exec()) {
        result.error
            = QStringLiteral("cannot search for '%1': %2").arg(input, q.lastError().text());
        return result;
    }
    QSet<qint64> seen;
    while (q.next()) {
        SearchHit hit;
        hit.articleId = q.value(0).toLongLong();
        hit.title = q.value(1).toString();
        hit.snippet = tidy(q.value(2).toString());
        hit.rank = q.value(3).toDouble();
        seen.insert(hit.articleId);
        result.hits << hit;
    }

    // Highlights and notes: their articles follow, once each.
    q.prepare(
        QStringLiteral("SELECT a.id, a.title, snippet(highlights_fts, -1, '[', ']', '…', 16), "
                       "bm25(highlights_fts)"
                       " FROM highlights_fts JOIN highlights h ON h.id = highlights_fts.rowid"
                       " JOIN articles a ON a.id = h.article_id WHERE highlights_fts MATCH :query")
        + filters + QStringLiteral(" ORDER BY bm25(highlights_fts) LIMIT :limit"));
    q.bindValue(QStringLiteral(":query"), parsed.fts);
    if (options.categoryId)
        q.bindValue(QStringLiteral(":category"), *options.categoryId);
    q.bindValue(QStringLiteral(":limit"), options.limit);
    if (q.exec()) {
        while (q.next() && result.hits.size() < options.limit) {
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            result.hits << SearchHit { id, q.value(1).toString(), tidy(q.value(2).toString()),
                                       q.value(3).toDouble(), true };
        }
    }
    return result;
}

} // namespace gloss
