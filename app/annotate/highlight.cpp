#include "highlight.h"

namespace gloss {

QStringList Highlight::colors()
{
    return { QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"),
             QStringLiteral("pink"), QStringLiteral("purple") };
}

} // namespace gloss
