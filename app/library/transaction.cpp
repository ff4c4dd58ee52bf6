#include "transaction.h"

#include "database.h"

#include <sqlite3.h>

namespace gloss {

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    m_active = exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::exec(const char *sql)
{
    if (sqlite3_exec(m_db.handle(), sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
    return false;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!exec("COMMIT")) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_active = false;
    }
}

} // namespace gloss
