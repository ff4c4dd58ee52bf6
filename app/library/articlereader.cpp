#include "articlereader.h"

#include <sqlite3.h>

namespace gloss {

namespace {

QString columnText(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

} // namespace

ArticleReader::ArticleReader(const QString &libraryPath)
{
    if (sqlite3_open_v2(libraryPath.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_busy_timeout(m_db, 10000);
        sqlite3_prepare_v2(m_db, "SELECT title, author, html FROM articles WHERE id = ?", -1,
                           &m_select, nullptr);
    }
}

ArticleReader::~ArticleReader()
{
    sqlite3_finalize(m_select);
    sqlite3_close(m_db);
}

ArticleReader::Row ArticleReader::read(qint64 id)
{
    Row row;
    row.id = id;
    if (!m_select)
        return row;
    sqlite3_bind_int64(m_select, 1, id);
    if (sqlite3_step(m_select) == SQLITE_ROW) {
        row.found = true;
        row.title = columnText(m_select, 0);
        row.author = columnText(m_select, 1);
        row.html = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_select, 2)),
                              sqlite3_column_bytes(m_select, 2));
    }
    sqlite3_reset(m_select);
    return row;
}

} // namespace gloss
