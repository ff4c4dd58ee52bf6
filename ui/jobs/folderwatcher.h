#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace gloss {

// Watches the folders a library was imported from, every folder under them and (up to a limit,
// as each takes a kernel watch) their post files, and says which of them to import again once
// posts stopped changing for a moment. A folder's change counts only when its posts or its
// subfolders changed: a library file or anything else written beside the posts is no reason.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultDelayMs = 1000;
    static constexpr int maxWatchedFiles = 8192;

    explicit FolderWatcher(QObject *parent = nullptr);

    // Watches these folders from now on; none stops watching.
    void watch(const QStringList &roots);
    QStringList roots() const { return m_roots; }
    // How long posts must stay unchanged before changed() (the last change restarts it).
    void setDelay(int milliseconds);
    int watchedFileCount() const { return int(m_files.size()); }

Q_SIGNALS:
    // Posts under these folders (of those given to watch()) were saved, added or deleted.
    void changed(const QStringList &roots);

private:
    void addTree(const QString &folder);
    void addFolder(const QString &folder);
    void onFolderChanged(const QString &folder);
    void onFileChanged(const QString &path);
    void schedule(const QString &path);
    // The post files of a folder with their sizes and times, and its subfolders.
    static QString snapshot(const QString &folder, QStringList *posts, QStringList *subfolders);

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timer;
    QStringList m_roots;
    QHash<QString, QString> m_snapshots; // folder: snapshot()
    QSet<QString> m_files;
    QSet<QString> m_pending; // roots changed since the timer started
};

} // namespace gloss
