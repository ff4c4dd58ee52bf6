#include "sqlitestatement.h"

#include "checkedquery.h"
#include "database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>

namespace gloss {

namespace {

bool failed(const Database &db, QString *error)
{
    return CheckedQuery::fail(QCoreApplication::translate("gloss::Database", "cannot use %1: %2")
                                  .arg(db.path(), QString::fromUtf8(sqlite3_errmsg(db.handle()))),
                              error);
}

} // namespace

SqliteStatement::SqliteStatement(const Database &db, const QString &sql, QString *error)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db.handle(), utf8.constData(), int(utf8.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        failed(m_db, error);
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(const char *name, qint64 value)
{
    if (const int index = sqlite3_bind_parameter_index(m_statement, name); index > 0)
        sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(const char *name, const QString &value)
{
    if (const int index = sqlite3_bind_parameter_index(m_statement, name); index > 0) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

void SqliteStatement::bindUtf8(const char *name, const QByteArray &value)
{
    const int index = sqlite3_bind_parameter_index(m_statement, name);
    if (index <= 0)
        return;
    // Bound with its length, text that SQLite must hand on as a C string (to FTS5, to a
    // function) is copied once more to add the terminating NUL. A QByteArray has that NUL
    // already: said so (length -1), SQLite uses the buffer as it is, unless a NUL inside would
    // cut the text short.
    const bool terminated = !memchr(value.constData(), 0, size_t(value.size()));
    sqlite3_bind_text(m_statement, index, value.constData(), terminated ? -1 : int(value.size()),
                      SQLITE_STATIC);
}

bool SqliteStatement::exec(QString *error)
{
    if (!m_statement)
        return failed(m_db, error);
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        failed(m_db, error);
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::next(QString *error)
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        failed(m_db, error);
    return false;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    // The pointer first, then the size, as SQLite documents.
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(utf8, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace gloss
