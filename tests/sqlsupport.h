#pragma once

// Reading a test's library with plain SQL: what tests compare the repositories against.

#include "library/database.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace gloss::test {

// The first column of the first row as a number; -1 when the query fails or gives no row.
inline int scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Every row, its values joined by '|', one row per line; "error" when the query fails.
inline QString dump(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return QStringLiteral("error");
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
        rows << values.join(u'|');
    }
    return rows.join(u'\n');
}

// The id of the article imported from the file at path; 0 when there is none.
inline qint64 articleIdOf(const Database &db, const QString &path)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE source_path = ?"));
    query.addBindValue(QFileInfo(path).canonicalFilePath());
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace gloss::test
