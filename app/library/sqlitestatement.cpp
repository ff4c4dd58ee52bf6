#include "sqlitestatement.h"

#include "checkedquery.h"
#include "database.h"

#include <QCoreApplication>

#include <sqlite3.h>

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
