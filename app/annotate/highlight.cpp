#include "highlight.h"

#include <QCoreApplication>

namespace gloss {

QStringList Highlight::colors()
{
    return { QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"),
             QStringLiteral("pink"), QStringLiteral("purple") };
}

QString Highlight::colorMenuText(const QString &color, const QString &name)
{
    if (!name.isEmpty()) {
        // The colour's own word keeps the mnemonic, so keys stay the same whatever the names.
        return QCoreApplication::translate("Highlight", "%1: %2")
            .arg(colorMenuText(color), QString(name).replace(u'&', QStringLiteral("&&")));
    }
    if (color == u"yellow")
        return QCoreApplication::translate("Highlight", "&Yellow");
    if (color == u"green")
        return QCoreApplication::translate("Highlight", "&Green");
    if (color == u"blue")
        return QCoreApplication::translate("Highlight", "&Blue");
    if (color == u"pink")
        return QCoreApplication::translate("Highlight", "&Pink");
    if (color == u"purple")
        return QCoreApplication::translate("Highlight", "P&urple");
    return color;
}

QString Highlight::colorLabel(const QString &color, const QString &name)
{
    if (!name.isEmpty())
        return name;
    if (color == u"yellow")
        return QCoreApplication::translate("Highlight", "yellow");
    if (color == u"green")
        return QCoreApplication::translate("Highlight", "green");
    if (color == u"blue")
        return QCoreApplication::translate("Highlight", "blue");
    if (color == u"pink")
        return QCoreApplication::translate("Highlight", "pink");
    if (color == u"purple")
        return QCoreApplication::translate("Highlight", "purple");
    return color;
}

} // namespace gloss
