#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3_blob;

namespace gloss {

class Database;

// Fills a value that was stored as zeroblob(size), a piece at a time, in the caller's
// transaction. A value of tens of megabytes bound whole would be copied by SQLite into the row
// it builds; written like this, it is never held twice. (SQLite keeps such a value as a blob;
// read as text it gives the same UTF-8.)
class BlobWriter
{
public:
    BlobWriter(const Database &db, const char *table, const char *column, qint64 row,
               QString *error);
    ~BlobWriter();
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;

    bool isOpen() const { return m_blob != nullptr; }
    // Writes the next piece; false with *error set when it cannot (or it would not fit).
    bool write(QByteArrayView piece, QString *error);

private:
    bool fail(QString *error) const;

    const Database &m_db;
    sqlite3_blob *m_blob = nullptr;
    qint64 m_offset = 0;
};

} // namespace gloss
