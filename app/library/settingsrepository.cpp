#include "settingsrepository.h"

#include "checkedquery.h"
#include "database.h"
#include "savepoint.h"
#include "tagname.h"

#include <QSqlQuery>

namespace gloss {

QString SettingsRepository::value(const QString &key, const QString &fallback, QString *error) const
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                               m_db, error))
        return fallback;
    query.addBindValue(key);
    if (!CheckedQuery::exec(query, m_db, error) || !query.next())
        return fallback;
    return query.value(0).toString();
}

bool SettingsRepository::setValue(const QString &key, const QString &value, QString *error)
{
    const QString sql = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(query, sql, m_db, error))
        return false;
    query.addBindValue(key);
    query.addBindValue(value);
    return CheckedQuery::exec(query, m_db, error);
}

bool SettingsRepository::flag(const QString &key, bool fallback, QString *error) const
{
    const QString text = value(key, QString(), error);
    return text.isEmpty() ? fallback : text == u"1";
}

bool SettingsRepository::setFlag(const QString &key, bool on, QString *error)
{
    return setValue(key, on ? QStringLiteral("1") : QStringLiteral("0"), error);
}

ColorNames SettingsRepository::colorNames(QString *error) const
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(
            query, QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?"),
            m_db, error))
        return {};
    const QString prefix = QLatin1String(colorNamePrefix);
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (!CheckedQuery::exec(query, m_db, error))
        return {};
    ColorNames names;
    const QStringList colors = Highlight::colors();
    while (query.next()) {
        const QString color = query.value(0).toString().mid(prefix.size());
        const QString name = query.value(1).toString();
        if (colors.contains(color) && !name.isEmpty())
            names.insert(color, name);
    }
    return names;
}

bool SettingsRepository::setColorNames(const ColorNames &names, QString *error)
{
    Savepoint savepoint(m_db);
    if (!savepoint.isActive())
        return CheckedQuery::fail(savepoint.error(), error);
    for (const QString &color : Highlight::colors()) {
        const QString name = TagName::normalized(names.value(color)).left(TagName::maxLength);
        if (!setValue(QLatin1String(colorNamePrefix) + color, name, error))
            return false;
    }
    if (!savepoint.release())
        return CheckedQuery::fail(savepoint.error(), error);
    return true;
}

} // namespace gloss
