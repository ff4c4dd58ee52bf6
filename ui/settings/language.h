#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace gloss {

// The interface language: the system's, or the one chosen in Preferences (English or
// Simplified Chinese), applied when Gloss starts.
class Language
{
public:
    // The codes Gloss has an interface in: "en", "zh_CN".
    static QStringList available();
    // The chosen code, or empty for the system's language.
    static QString chosen();
    static void choose(const QString &code);
    // The code in effect: the chosen one, else the best match for the system locale.
    static QString effective();
    // Loads Gloss's translation (and Qt's own, for standard buttons) into app. Returns false
    // when the language needs a translation that could not be loaded.
    static bool install(QCoreApplication *app);
    // The language's own name ("English", "简体中文").
    static QString nativeName(const QString &code);
};

} // namespace gloss
