#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace gloss {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush()
        && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("gloss::MarkdownExporter", "cannot write %1: %2")
                     .arg(path, file.errorString());
    return false;
}

} // namespace gloss
