#include "librarylock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace gloss {

LibraryLock::LibraryLock(const QString &libraryPath)
    : m_path(libraryPath)
    , m_lock(std::make_unique<QLockFile>(QFileInfo(libraryPath).absoluteFilePath()
                                         + QStringLiteral(".lock")))
{
    // Only a dead holder makes a lock stale, however long a window stays open.
    m_lock->setStaleLockTime(0);
}

LibraryLock::~LibraryLock() = default;

bool LibraryLock::tryLock()
{
    if (m_lock->isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath()); // a new library's folder may not exist yet
    if (m_lock->tryLock(0))
        return true;
    return m_lock->error() == QLockFile::PermissionError;
}

bool LibraryLock::isLocked() const
{
    return m_lock->isLocked();
}

QString LibraryLock::holder() const
{
    qint64 pid = 0;
    QString host, application;
    if (!m_lock->getLockInfo(&pid, &host, &application))
        return QCoreApplication::translate("gloss::LibraryLock", "another process");
    return QCoreApplication::translate("gloss::LibraryLock", "process %1 (%2)")
        .arg(pid)
        .arg(application.isEmpty() ? QStringLiteral("gloss") : application);
}

QString LibraryLock::busyMessage() const
{
    return QCoreApplication::translate(
               "gloss::LibraryLock",
               "%1 is in use by %2, which writes to it. Gloss lets one program at a time "
               "write to a library, so nothing is lost; close it, or wait for it to finish.")
        .arg(QDir::toNativeSeparators(m_path), holder());
}

} // namespace gloss
