#include "highlight.h"

#include <QCoreApplication>

namespace gloss {

QStringList Highlight::colors()
{
    return { QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"),
             QStringLiteral("pink"), QStringLiteral("purple") };
}

QString Highlight::colorMenuText(const QString &color)
{
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

} // namespace gloss
