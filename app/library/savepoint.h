#pragma once

#include <QString>

namespace gloss {

class Database;

// A group of writes that stands or falls together: a SAVEPOINT inside the caller's transaction,
// or a transaction of its own when none is open. Rolled back unless released.
class Savepoint
{
public:
    explicit Savepoint(const Database &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool isActive() const { return m_active; }
    // "cannot use LIBRARY: SQLite's reason", as CheckedQuery says it.
    QString error() const { return m_error; }
    bool release();

private:
    bool exec(const char *sql);
    void undo();

    const Database &m_db;
    bool m_active = false;
    bool m_outermost = false; // no transaction was open: releasing commits
    QString m_error;
};

} // namespace gloss
