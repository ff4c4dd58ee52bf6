#pragma once

#include <QString>

namespace gloss {

class Database;

// A write transaction (BEGIN IMMEDIATE) that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();
    void rollback();

private:
    bool exec(const char *sql);

    const Database &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace gloss
