#include "savepoint.h"

#include "database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace gloss {

Savepoint::Savepoint(const Database &db)
    : m_db(db)
{
    // Alone it is a transaction of its own, taking the write lock at once (as Transaction does)
    // so that reading first cannot make a later write fail as busy.
    m_outermost = sqlite3_get_autocommit(m_db.handle()) != 0;
    m_active = exec(m_outermost ? "BEGIN IMMEDIATE" : "SAVEPOINT gloss_savepoint");
}

Savepoint::~Savepoint()
{
    if (m_active)
        undo();
}

bool Savepoint::exec(const char *sql)
{
    if (sqlite3_exec(m_db.handle(), sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    m_error = QCoreApplication::translate("gloss::Database", "cannot use %1: %2")
                  .arg(m_db.path(), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    return false;
}

void Savepoint::undo()
{
    m_active = false;
    if (m_outermost) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        return;
    }
    sqlite3_exec(m_db.handle(), "ROLLBACK TO gloss_savepoint", nullptr, nullptr, nullptr);
    sqlite3_exec(m_db.handle(), "RELEASE gloss_savepoint", nullptr, nullptr, nullptr);
}

bool Savepoint::release()
{
    if (!m_active)
        return false;
    if (exec(m_outermost ? "COMMIT" : "RELEASE gloss_savepoint")) {
        m_active = false;
        return true;
    }
    undo();
    return false;
}

} // namespace gloss
