#include "searchindexer.h"

#include "article/htmltext.h"
#include "library/checkedquery.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/sqlvalues.h"

namespace gloss {

SearchIndexer::Entry SearchIndexer::prepare(qint64 id, const QString &title, const QString &author,
                                            QByteArrayView utf8Html)
{
    Entry entry;
    entry.id = id;
    entry.title = title;
    entry.author = author;
    entry.text = HtmlText::extractUtf8(utf8Html, &entry.excerpt);
    entry.found = true;
    return entry;
}

SearchIndexer::SearchIndexer(const Database &db)
    : m_db(db)
    , m_storeText(db.connection())
    , m_storeIndex(db.connection())
    , m_hasHighlights(db.connection())
{
    // The first statement that cannot be prepared is the reason every store() fails.
    CheckedQuery::prepare(m_hasHighlights,
                          QStringLiteral("SELECT 1 FROM highlights WHERE article_id = ? LIMIT 1"),
                          db, &m_prepareError)
        && CheckedQuery::prepare(
            m_storeText,
            QStringLiteral("UPDATE articles SET text = CAST(? AS TEXT), excerpt = CAST(? AS TEXT),"
                           " indexed = 1 WHERE id = ? AND indexed = 0"),
            db, &m_prepareError)
        && CheckedQuery::prepare(
            m_storeIndex,
            QStringLiteral("INSERT INTO articles_fts(rowid, title, author, text)"
                           " VALUES (?, ?, ?, CAST(? AS TEXT))"),
            db, &m_prepareError);
}

QList<SearchIndexer::Pending> SearchIndexer::pending(QString *error) const
{
    QList<Pending> pending;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!CheckedQuery::exec(
            query,
            QStringLiteral("SELECT id, file_size FROM articles WHERE indexed = 0 ORDER BY id"),
            m_db, error))
        return pending;
    while (query.next())
        pending.append({ query.value(0).toLongLong(), query.value(1).toLongLong() });
    return pending;
}

int SearchIndexer::pendingCount(QString *error) const
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::exec(
            query, QStringLiteral("SELECT count(*) FROM articles WHERE indexed = 0"), m_db, error)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool SearchIndexer::store(const Entry &entry, QString *error)
{
    if (!m_prepareError.isEmpty())
        return CheckedQuery::fail(m_prepareError, error);
    // Each query keeps what was bound until the next bind: let go of the text when done.
    const auto release
        = [](QSqlQuery &query, int index) { query.bindValue(index, QByteArray("")); };
    m_storeText.addBindValue(sqlUtf8(entry.text));
    m_storeText.addBindValue(sqlUtf8(entry.excerpt));
    m_storeText.addBindValue(entry.id);
    const bool stored = CheckedQuery::exec(m_storeText, m_db, error);
    release(m_storeText, 0);
    if (!stored)
        return false;
    if (m_storeText.numRowsAffected() != 1)
        return true; // already indexed, or gone: nothing to add
    // The text may have changed under the article's highlights: find them again in it.
    m_hasHighlights.addBindValue(entry.id);
    if (!CheckedQuery::exec(m_hasHighlights, m_db, error))
        return false;
    const bool annotated = m_hasHighlights.next();
    m_hasHighlights.finish();
    if (annotated
        && !HighlightRepository(m_db).reanchor(entry.id, QString::fromUtf8(sqlUtf8(entry.text)),
                                               error))
        return false;
    m_storeIndex.addBindValue(entry.id);
    m_storeIndex.addBindValue(sqlText(entry.title));
    m_storeIndex.addBindValue(sqlText(entry.author));
    m_storeIndex.addBindValue(sqlUtf8(entry.text));
    const bool indexed = CheckedQuery::exec(m_storeIndex, m_db, error);
    release(m_storeIndex, 3);
    return indexed;
}

bool SearchIndexer::forget(qint64 articleId, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(query,
                               QStringLiteral("INSERT INTO articles_fts(articles_fts, rowid, title,"
                                              " author, text) SELECT 'delete', id, title, author,"
                                              " text FROM articles WHERE id = ? AND indexed = 1"),
                               m_db, error))
        return false;
    query.addBindValue(articleId);
    return CheckedQuery::exec(query, m_db, error);
}

} // namespace gloss
