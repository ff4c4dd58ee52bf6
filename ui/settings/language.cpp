#include "language.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gloss {

QStringList Language::available()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString Language::chosen()
{
    const QString code = AppSettings().language();
    return available().contains(code) ? code : QString();
}

void Language::choose(const QString &code)
{
    AppSettings().setLanguage(code);
}

QString Language::effective()
{
    if (const QString code = chosen(); !code.isEmpty())
        return code;
    // Any Chinese locale reads the Simplified Chinese interface better than the English one.
    for (const QString &name : QLocale::system().uiLanguages())
        if (name.startsWith(QStringLiteral("zh")))
            return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool Language::install(QCoreApplication *app)
{
    const QString code = effective();
    if (code == u"en")
        return true;
    auto *gloss = new QTranslator(app);
    if (!gloss->load(QStringLiteral(":/gloss/translations/gloss_%1.qm").arg(code))) {
        delete gloss;
        return false;
    }
    app->installTranslator(gloss);
    // Qt's own strings (OK, Cancel, the file dialog), when the system has them.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return true;
}

QString Language::nativeName(const QString &code)
{
    if (code == u"zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

} // namespace gloss
