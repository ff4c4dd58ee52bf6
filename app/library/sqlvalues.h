#pragma once

#include <QDateTime>
#include <QSqlError>
#include <QString>
#include <QVariant>

namespace gloss {

// A null QString binds as SQL NULL; Gloss's text columns hold '' for "none".
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Large text goes to SQLite as UTF-8, bound as a blob and written through CAST(? AS TEXT), so
// that the column holds TEXT like any other. (A QString is bound as UTF-16, which SQLite
// converts into a buffer of twice its size.) A null array would bind as NULL.
inline QByteArray sqlUtf8(const QByteArray &s)
{
    return s.isNull() ? QByteArray("") : s;
}

// Dates are stored as Unix seconds; an unknown date is NULL.
inline QVariant sqlSeconds(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// SQLite's own words for a failure ("database or disk is full"), without Qt's wrapping.
inline QString sqlErrorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace gloss
