#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
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
        QByteArray html; // UTF-8
        bool found = false;
    };

    explicit ArticleReader(const QString &libraryPath);
    ~ArticleReader();
    ArticleReader(const ArticleReader &) = delete;
    ArticleReader &operator=(const ArticleReader &) = delete;

    Row read(qint64 id);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_select = nullptr;
};

} // namespace gloss
