#include "folderwatcher.h"

#include "import/importer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace gloss {

FolderWatcher::FolderWatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(defaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        QStringList roots(m_pending.cbegin(), m_pending.cend());
        m_pending.clear();
        roots.sort();
        if (!roots.isEmpty())
            Q_EMIT changed(roots);
    });
}

void FolderWatcher::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void FolderWatcher::watch(const QStringList &roots)
{
    if (roots == m_roots)
        return;
    // A new watcher drops every watch of the old one at once.
    delete m_watcher;
    m_watcher = nullptr;
    m_snapshots.clear();
    m_files.clear();
    m_pending.clear();
    m_timer->stop();
    m_roots = roots;
    if (roots.isEmpty())
        return;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &FolderWatcher::onFolderChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::onFileChanged);
    for (const QString &root : roots)
        addTree(root);
}

QString FolderWatcher::snapshot(const QString &folder, QStringList *posts, QStringList *subfolders)
{
    const QDir dir(folder);
    QStringList lines;
    for (const QFileInfo &info :
         dir.entryInfoList(Importer::postNameFilters(), QDir::Files | QDir::Readable, QDir::Name)) {
        posts->append(info.filePath());
        lines << QStringLiteral("%1 %2 %3")
                     .arg(info.fileName())
                     .arg(info.size())
                     .arg(info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch());
    }
    for (const QFileInfo &info : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        subfolders->append(info.filePath());
        lines << info.fileName() + u'/';
    }
    return lines.join(u'\n');
}

void FolderWatcher::addFolder(const QString &folder)
{
    QStringList posts;
    QStringList subfolders;
    const bool watched = m_snapshots.contains(folder);
    m_snapshots.insert(folder, snapshot(folder, &posts, &subfolders));
    if (!watched)
        m_watcher->addPath(folder);
    // A post saved in place changes no folder: its own watch sees it.
    QStringList add;
    for (const QString &post : std::as_const(posts)) {
        if (m_files.size() + add.size() >= maxWatchedFiles)
            break;
        if (!m_files.contains(post))
            add << post;
    }
    if (!add.isEmpty()) {
        const QStringList failed = m_watcher->addPaths(add);
        for (const QString &path : std::as_const(add))
            if (!failed.contains(path))
                m_files.insert(path);
    }
}

void FolderWatcher::addTree(const QString &folder)
{
    if (!QFileInfo(folder).isDir() || m_snapshots.contains(folder))
        return;
    QStringList pending { folder };
    while (!pending.isEmpty()) {
        const QString next = pending.takeLast();
        if (m_snapshots.contains(next))
            continue;
        addFolder(next);
        const QDir dir(next);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            pending << dir.filePath(name);
    }
}

void FolderWatcher::onFolderChanged(const QString &folder)
{
    if (!QFileInfo(folder).isDir()) {
        // Gone: its watch went with it; the import finds its posts missing.
        m_snapshots.remove(folder);
        schedule(folder);
        return;
    }
    QStringList posts;
    QStringList subfolders;
    const QString now = snapshot(folder, &posts, &subfolders);
    if (now == m_snapshots.value(folder))
        return; // not a post: the library beside them, an editor's swap file
    addFolder(folder);
    for (const QString &sub : std::as_const(subfolders))
        addTree(sub);
    schedule(folder);
}

void FolderWatcher::onFileChanged(const QString &path)
{
    // A post replaced by a rename loses its watch; the folder's change adds it again.
    if (!QFileInfo::exists(path)) {
        m_files.remove(path);
    } else if (!m_watcher->files().contains(path)) {
        m_files.remove(path);
        if (m_files.size() < maxWatchedFiles && m_watcher->addPath(path))
            m_files.insert(path);
    }
    schedule(path);
}

void FolderWatcher::schedule(const QString &path)
{
    for (const QString &root : std::as_const(m_roots)) {
        if (path == root || path.startsWith(root + u'/')) {
            m_pending.insert(root);
            m_timer->start(); // again: the import waits for the last change
            return;
        }
    }
}

} // namespace gloss
