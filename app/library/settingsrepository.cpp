#include "settingsrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace gloss {

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return fallback;
    return query.value(0).toString();
}

bool SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

bool SettingsRepository::flag(const QString &key, bool fallback) const
{
    const QString text = value(key);
    return text.isEmpty() ? fallback : text == u"1";
}

bool SettingsRepository::setFlag(const QString &key, bool on)
{
    return setValue(key, on ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace gloss
