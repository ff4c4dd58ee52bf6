#pragma once

#include "annotate/highlight.h"

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

    // A read that fails gives the fallback, a write false; the reason goes into *error (or,
    // when the caller passes none, to the log as a warning).
    QString value(const QString &key, const QString &fallback = {}, QString *error = nullptr) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

    bool flag(const QString &key, bool fallback = false, QString *error = nullptr) const;
    bool setFlag(const QString &key, bool on, QString *error = nullptr);

    // The names given to the highlight colours. Kept in the library rather than per user, so the
    // window and `gloss export` name them alike, and the names travel with the highlights.
    // A failed read gives none.
    ColorNames colorNames(QString *error = nullptr) const;
    // Replaces every colour's name (a colour missing or with an empty name goes by its own),
    // all or none; names are tidied like tags (see TagName) and cut to TagName::maxLength.
    bool setColorNames(const ColorNames &names, QString *error = nullptr);

    static constexpr const char *remoteImages = "reader/remote-images";
    // A folder that is the blog's root for every import folder inside it (SiteRoot).
    static constexpr const char *siteRoot = "reader/site-root";
    static constexpr const char *libraryIdKey = "library/id";
    static constexpr const char *colorNamePrefix = "highlight/color-name/"; // + the colour

    // The library's own id (a UUID), made when the library was created or updated to format 4;
    // it stays with the file when it is copied.
    QString libraryId(QString *error = nullptr) const
    {
        return value(QLatin1String(libraryIdKey), {}, error);
    }

private:
    const Database &m_db;
};

} // namespace gloss
