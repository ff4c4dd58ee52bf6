#pragma once

#include <QString>
#include <QVariant>

namespace gloss {

class Database;

// Settings stored in the library file itself, so they travel with it.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db)
        : m_db(db)
    { }

    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value);

    bool flag(const QString &key, bool fallback = false) const;
    bool setFlag(const QString &key, bool on);

    static constexpr const char *remoteImages = "reader/remote-images";
    static constexpr const char *libraryIdKey = "library/id";

    // The library's own id (a UUID), made when the library was created or updated to format 4;
    // it stays with the file when it is copied.
    QString libraryId() const { return value(QLatin1String(libraryIdKey)); }

private:
    const Database &m_db;
};

} // namespace gloss
