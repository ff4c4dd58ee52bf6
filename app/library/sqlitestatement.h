#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3_stmt;

namespace gloss {

class Database;

// A statement run on the library's own SQLite handle, for reads of thousands of rows: there
// QSqlQuery's conversion of every value to UTF-16 and a QVariant costs as much as SQLite's own
// work. Failures are reported as CheckedQuery reports them ("cannot use LIBRARY: reason").
class SqliteStatement
{
public:
    SqliteStatement(const Database &db, const QString &sql, QString *error);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Binds a parameter by its name (":name"); one the statement lacks is ignored.
    void bind(const char *name, qint64 value);
    void bind(const char *name, const QString &value);
    // Binds UTF-8 text without copying it: `value` must outlive the next exec() or reset().
    // Large text (an article's HTML or plain text) reaches SQLite this way in one buffer.
    void bindUtf8(const char *name, const QByteArray &value);

    // Runs a statement that returns no rows, then makes it ready to run again with new values;
    // false with *error set on failure.
    bool exec(QString *error);
    // Lets go of the current row and of everything bound.
    void reset();

    // The next row: true while there is one; false at the end, or with *error set on failure.
    bool next(QString *error);

    qint64 integer(int column) const;
    QString text(int column) const;
    // The column's bytes as SQLite holds them, until the next row.
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;

private:
    const Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace gloss
