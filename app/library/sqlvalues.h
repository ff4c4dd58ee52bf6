#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace gloss {

// A null QString binds as SQL NULL; Gloss's text columns hold '' for "none".
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Dates are stored as Unix seconds; an unknown date is NULL.
inline QVariant sqlSeconds(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace gloss
