#include "importreport.h"

namespace gloss {

QString ImportReport::summary() const
{
    const int handled = imported + updated + unchanged + failed();
    const double rate = seconds > 0 ? handled / seconds : 0;
    QString line = QStringLiteral(
                       "imported %1, updated %2, unchanged %3, failed %4, in %5 s (%6 articles/s)")
                       .arg(imported)
                       .arg(updated)
                       .arg(unchanged)
                       .arg(failed())
                       .arg(seconds, 0, 'f', 2)
                       .arg(qRound(rate));
    if (missing > 0)
        line += QStringLiteral("; %1 missing").arg(missing);
    if (canceled)
        line += QStringLiteral("; canceled after %1 of %2 files").arg(handled).arg(found);
    return line;
}

} // namespace gloss
