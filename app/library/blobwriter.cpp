#include "blobwriter.h"

#include "checkedquery.h"
#include "database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace gloss {

BlobWriter::BlobWriter(const Database &db, const char *table, const char *column, qint64 row,
                       QString *error)
    : m_db(db)
{
    if (sqlite3_blob_open(m_db.handle(), "main", table, column, row, 1, &m_blob) != SQLITE_OK) {
        sqlite3_blob_close(m_blob);
        m_blob = nullptr;
        fail(error);
    }
}

BlobWriter::~BlobWriter()
{
    sqlite3_blob_close(m_blob);
}

bool BlobWriter::write(QByteArrayView piece, QString *error)
{
    if (!m_blob)
        return fail(error);
    if (sqlite3_blob_write(m_blob, piece.data(), int(piece.size()), int(m_offset)) != SQLITE_OK)
        return fail(error);
    m_offset += piece.size();
    return true;
}

bool BlobWriter::fail(QString *error) const
{
    return CheckedQuery::fail(
        QCoreApplication::translate("gloss::Database", "cannot use %1: %2")
            .arg(m_db.path(), QString::fromUtf8(sqlite3_errmsg(m_db.handle()))),
        error);
}

} // namespace gloss
