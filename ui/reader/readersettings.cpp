#include "readersettings.h"

#include <QGuiApplication>
#include <QPalette>

namespace gloss {

QString ReaderSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Sepia:
        return QStringLiteral("sepia");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

ReaderSettings::Theme ReaderSettings::themeFromName(const QString &name)
{
    if (name == u"light")
        return Theme::Light;
    if (name == u"sepia")
        return Theme::Sepia;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}

QString ReaderSettings::resolvedTheme() const
{
    if (theme != Theme::System)
        return themeName(theme);
    // Qt 6.4 has no colour-scheme hint: a window darker than its text means a dark desktop.
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness()
            < palette.color(QPalette::WindowText).lightness()
        ? QStringLiteral("dark")
        : QStringLiteral("light");
}

QVariantMap ReaderSettings::toVariantMap() const
{
    return { { QStringLiteral("theme"), resolvedTheme() },
             { QStringLiteral("typeface"),
               typeface == Typeface::Sans ? QStringLiteral("sans") : QStringLiteral("serif") },
             { QStringLiteral("fontSize"), fontSize },
             { QStringLiteral("lineWidth"), lineWidth } };
}

} // namespace gloss
