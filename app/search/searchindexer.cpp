#include "searchindexer.h"

#include "library/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gloss {

int SearchIndexer::pendingCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM articles WHERE indexed = 0")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

int SearchIndexer::indexSome(int limit, QString *error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*), max(id) FROM (SELECT id FROM articles"
                                 " WHERE indexed = 0 ORDER BY id LIMIT ?)"));
    query.addBindValue(limit);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    const int count = query.value(0).toInt();
    const qint64 last = query.value(1).toLongLong();
    if (count == 0)
        return 0;

    query.prepare(QStringLiteral("INSERT INTO articles_fts(rowid, title, author, text)"
                                 " SELECT id, title, author, text FROM articles"
                                 " WHERE indexed = 0 AND id <= ?"));
    query.addBindValue(last);
    if (!query.exec()) {
        *error = query.lastError().text();
        return -1;
    }
    query.prepare(QStringLiteral("UPDATE articles SET indexed = 1 WHERE indexed = 0 AND id <= ?"));
    query.addBindValue(last);
    if (!query.exec()) {
        *error = query.lastError().text();
        return -1;
    }
    return count;
}

bool SearchIndexer::forget(qint64 articleId, QString *error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO articles_fts(articles_fts, rowid, title, author, text)"
        " SELECT 'delete', id, title, author, text FROM articles WHERE id = ? AND indexed = 1"));
    query.addBindValue(articleId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace gloss
