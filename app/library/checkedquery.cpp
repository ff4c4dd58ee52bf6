#include "checkedquery.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

namespace gloss {

bool CheckedQuery::prepare(QSqlQuery &query, const QString &statement, const Database &db,
                           QString *error)
{
    return query.prepare(statement) || fail(query, db, error);
}

bool CheckedQuery::exec(QSqlQuery &query, const Database &db, QString *error)
{
    return query.exec() || fail(query, db, error);
}

bool CheckedQuery::exec(QSqlQuery &query, const QString &statement, const Database &db,
                        QString *error)
{
    return query.exec(statement) || fail(query, db, error);
}

bool CheckedQuery::fail(const QSqlQuery &query, const Database &db, QString *error)
{
    return fail(QCoreApplication::translate("gloss::Database", "cannot use %1: %2")
                    .arg(db.path(), sqlErrorText(query.lastError())),
                error);
}

bool CheckedQuery::fail(const QString &message, QString *error)
{
    if (error)
        *error = message;
    else
        qWarning("%s", qPrintable(message));
    return false;
}

} // namespace gloss
