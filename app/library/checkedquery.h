#pragma once

#include <QString>

class QSqlQuery;

namespace gloss {

class Database;

// QSqlQuery::prepare and exec with their results looked at. A statement that fails is reported
// with the library file and SQLite's reason: into *error when the caller takes one, else as a
// warning in the log. A read that failed gives nothing, as an empty library would.
class CheckedQuery
{
public:
    static bool prepare(QSqlQuery &query, const QString &statement, const Database &db,
                        QString *error = nullptr);
    static bool exec(QSqlQuery &query, const Database &db, QString *error = nullptr);
    static bool exec(QSqlQuery &query, const QString &statement, const Database &db,
                     QString *error = nullptr);
    // Reports the last failure of query as above; returns false.
    static bool fail(const QSqlQuery &query, const Database &db, QString *error);
    // Reports a failure found elsewhere (a statement prepared once, earlier); returns false.
    static bool fail(const QString &message, QString *error);
};

} // namespace gloss
