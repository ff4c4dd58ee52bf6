#include "searchindexer.h"

#include "article/htmlbody.h"
#include "article/htmltext.h"
#include "library/blobwriter.h"
#include "library/checkedquery.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/smallcache.h"
#include "library/sqlvalues.h"

#include <sqlite3.h>

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

SearchIndexer::Entry SearchIndexer::prepare(qint64 id, const QString &title, const QString &author,
                                            qsizetype size,
                                            const std::function<bool(QByteArray *)> &read)
{
    Entry entry;
    entry.id = id;
    entry.title = title;
    entry.author = author;
    entry.text = HtmlText::extractUtf8(size, read, &entry.excerpt);
    entry.found = true;
    return entry;
}

SearchIndexer::SearchIndexer(const Database &db)
    : m_db(db)
    , m_hasHighlights(db.connection())
    , m_storeText(db,
                  QStringLiteral("UPDATE articles SET text = :text, excerpt = :excerpt,"
                                 " indexed = 1 WHERE id = :id AND indexed = 0"),
                  &m_prepareError)
    , m_storeIndex(db,
                   QStringLiteral("INSERT INTO articles_fts(rowid, title, author, text)"
                                  " VALUES (:id, :title, :author, :text)"),
                   &m_prepareError)
{
    // The first statement that cannot be prepared is the reason every store() fails.
    if (m_prepareError.isEmpty())
        CheckedQuery::prepare(
            m_hasHighlights,
            QStringLiteral("SELECT 1 FROM highlights WHERE article_id = ? LIMIT 1"), db,
            &m_prepareError);
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
    const SmallCache cache(m_db.handle(), entry.text.size());
    m_storeText.bindUtf8(":text", entry.text);
    m_storeText.bindUtf8(":excerpt", entry.excerpt);
    m_storeText.bind(":id", entry.id);
    if (!m_storeText.exec(error))
        return false;
    if (sqlite3_changes(m_db.handle()) != 1)
        return true; // already indexed, or gone: nothing to add
    // The text may have changed under the article's highlights: find them again in it.
    m_hasHighlights.addBindValue(entry.id);
    if (!CheckedQuery::exec(m_hasHighlights, m_db, error))
        return false;
    const bool annotated = m_hasHighlights.next();
    m_hasHighlights.finish();
    if (annotated
        && !HighlightRepository(m_db).reanchor(entry.id, QString::fromUtf8(entry.text), error))
        return false;
    m_storeIndex.bind(":id", entry.id);
    m_storeIndex.bind(":title", sqlText(entry.title));
    m_storeIndex.bind(":author", sqlText(entry.author));
    m_storeIndex.bindUtf8(":text", entry.text);
    return m_storeIndex.exec(error);
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
