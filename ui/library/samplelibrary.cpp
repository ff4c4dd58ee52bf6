#include "samplelibrary.h"

#include "util/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace gloss {

namespace {

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/gloss");
}

} // namespace

QString SampleLibrary::libraryPath()
{
    return dataDir() + QStringLiteral("/sample.gloss");
}

QString SampleLibrary::extract(QString *error)
{
    const QString target = dataDir() + QStringLiteral("/sample-posts");
    const QString source = QStringLiteral(":/gloss/sample");
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = target + u'/' + QDir(source).relativeFilePath(from);
        QFile in(from);
        in.open(QIODevice::ReadOnly);
        const QByteArray bytes = in.readAll();
        QFile existing(to);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            continue;
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!writeFileAtomically(to, bytes, error))
            return {};
    }
    return target;
}

} // namespace gloss
