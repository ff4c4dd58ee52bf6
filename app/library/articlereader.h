#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_blob;
struct sqlite3_stmt;

namespace gloss {

// A read-only connection of its own to a library, for worker threads that need an article's
// stored HTML while the library's writer is busy (WAL lets them read side by side).
class ArticleReader
{
public:
    struct Row
    {
        qint64 id = 0;
        QString title;
        QString author;
        qint64 htmlSize = 0; // bytes of UTF-8
        bool found = false;
    };

    explicit ArticleReader(const QString &libraryPath);
    ~ArticleReader();
    ArticleReader(const ArticleReader &) = delete;
    ArticleReader &operator=(const ArticleReader &) = delete;

    // The article's title and author, and the size of its HTML, which readHtml() then hands
    // over a part at a time (it can be tens of megabytes). The previous row is let go first.
    Row read(qint64 id);
    // Appends the next part of the HTML of the row read last to *html; false once all of it
    // has been given (or it cannot be read).
    static constexpr qsizetype partSize = 1024 * 1024;
    bool readHtml(QByteArray *html);
    // Lets go of the row read last at once.
    void release();

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_select = nullptr;
    sqlite3_blob *m_html = nullptr;
    qint64 m_htmlSize = 0;
    qint64 m_htmlRead = 0;
};

} // namespace gloss
