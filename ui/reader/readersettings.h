#pragma once

#include <QString>
#include <QVariantMap>

namespace gloss {

// How articles look: theme, typeface, text size and column width. Remembered per user by
// AppSettings (ui/settings).
struct ReaderSettings
{
    enum class Theme { System, Light, Sepia, Dark };
    enum class Typeface { Serif, Sans };

    Theme theme = Theme::System;
    Typeface typeface = Typeface::Serif;
    int fontSize = 18; // CSS pixels
    int lineWidth = 42; // em

    static constexpr int minFontSize = 10;
    static constexpr int maxFontSize = 40;
    static constexpr int defaultFontSize = 18;
    static constexpr int minLineWidth = 24;
    static constexpr int maxLineWidth = 80;

    // "light", "sepia" or "dark"; System follows the desktop's palette.
    QString resolvedTheme() const;
    // What the page script reads: theme, typeface, fontSize, lineWidth (and remoteImages, added
    // by the view).
    QVariantMap toVariantMap() const;

    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);

    friend bool operator==(const ReaderSettings &a, const ReaderSettings &b)
    {
        return a.theme == b.theme && a.typeface == b.typeface && a.fontSize == b.fontSize
            && a.lineWidth == b.lineWidth;
    }
};

} // namespace gloss
