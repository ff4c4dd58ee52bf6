#include "codehighlighter.h"

#include <QFile>
#include <QLoggingCategory>

namespace gloss {

Q_LOGGING_CATEGORY(lcCode, "gloss.reader.code", QtWarningMsg)

QString CodeHighlighter::path()
{
    // Read at run time rather than built in: the package depends on libjs-highlight.js, so
    // Debian's security updates of the library reach Gloss too.
    return QStringLiteral(GLOSS_HIGHLIGHT_JS);
}

const QString &CodeHighlighter::script()
{
    static const QString source = [] {
        QFile file(path());
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCode) << "code is shown plain:" << file.fileName() << file.errorString();
            return QString();
        }
        return QString::fromUtf8(file.readAll());
    }();
    return source;
}

} // namespace gloss
