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
        sqlite3_prepare_v2(m_db, "SELECT title, author FROM articles WHERE id = ?", -1, &m_select,
                           nullptr);
    }
}

ArticleReader::~ArticleReader()
{
    release();
    sqlite3_finalize(m_select);
    sqlite3_close(m_db);
}

ArticleReader::Row ArticleReader::read(qint64 id)
{
    release();
    Row row;
    row.id = id;
    if (!m_select)
        return row;
    // One read transaction for the row and its HTML: the writer may go on meanwhile (WAL),
    // but what is read here is one moment's.
    sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_bind_int64(m_select, 1, id);
    if (sqlite3_step(m_select) == SQLITE_ROW
        && sqlite3_blob_open(m_db, "main", "article_html", "html", id, 0, &m_html) == SQLITE_OK) {
        row.found = true;
        row.title = columnText(m_select, 0);
        row.author = columnText(m_select, 1);
        m_htmlSize = row.htmlSize = sqlite3_blob_bytes(m_html);
    }
    sqlite3_reset(m_select);
    return row;
}

bool ArticleReader::readHtml(QByteArray *html)
{
    if (!m_html || m_htmlRead >= m_htmlSize)
        return false;
    const int part = int(qMin<qint64>(partSize, m_htmlSize - m_htmlRead));
    const qsizetype at = html->size();
    html->resize(at + part);
    if (sqlite3_blob_read(m_html, html->data() + at, part, int(m_htmlRead)) != SQLITE_OK) {
        html->resize(at);
        m_htmlRead = m_htmlSize;
        return false;
    }
    m_htmlRead += part;
    return m_htmlRead < m_htmlSize;
}

void ArticleReader::release()
{
    if (m_html) {
        sqlite3_blob_close(m_html);
        m_html = nullptr;
    }
    m_htmlSize = m_htmlRead = 0;
    if (m_db && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace gloss
