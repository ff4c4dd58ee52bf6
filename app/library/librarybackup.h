#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace gloss {

// Copies of a library kept beside it, as Zotero keeps zotero.sqlite.bak: before every update of
// its format, once a day when a writer opens it, and on request. They live in the folder
// LIBRARY.backups/ (library.gloss.backups/library-20260102-030405.gloss, the time in UTC), the
// newest three are kept. A copy is consistent (SQLite's online backup from one read snapshot)
// and appears under its name only when complete. Every function opens its own connections, so
// any thread may call them.
class LibraryBackup
{
    Q_DECLARE_TR_FUNCTIONS(gloss::LibraryBackup)

public:
    static constexpr int kept = 3;
    // A daily backup is due when the newest is older than this.
    static constexpr qint64 dailyIntervalSeconds = 24 * 60 * 60;

    struct Result
    {
        QString path; // the copy written; empty when none was made
        QString error; // why no copy could be made, naming the files; empty when it was made
        bool ok() const { return error.isEmpty(); }
    };

    struct RestoreResult
    {
        QString error; // why nothing was changed, naming the file
        QString keptPath; // the library that was replaced, kept as a backup; empty when none
        int format = 0; // the restored library's format (PRAGMA user_version)
        int articles = 0;
        int highlights = 0;
        bool ok() const { return error.isEmpty(); }
    };

    // Copies the library at libraryPath into its backups folder and keeps the newest three.
    static Result make(const QString &libraryPath,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The same through a connection that already has the library open (before a migration).
    static Result make(sqlite3 *source, const QString &libraryPath,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The daily backup: made when isDue(), else an empty Result.
    static Result makeIfDue(const QString &libraryPath,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Copies the library into destination (a new file), not part of the rotation.
    static Result copyTo(const QString &libraryPath, const QString &destination);

    // True when the library exists and no backup of it was made in the last day before now.
    static bool isDue(const QString &libraryPath,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString folder(const QString &libraryPath);
    // The backups of a library, newest first.
    static QStringList list(const QString &libraryPath);
    // When a backup in the rotation was made (from its name); invalid for another file.
    static QDateTime timeOf(const QString &backupPath);
    // Removes all but the newest `keep` backups (never `spare`); returns the removed paths.
    static QStringList prune(const QString &libraryPath, int keep = kept,
                             const QString &spare = QString(), QString *error = nullptr);

    // Replaces the library with a copy of backupPath, after checking it is a Gloss library this
    // Gloss can read and keeping the library it replaces in the backups folder. The caller
    // holds the library's LibraryLock. The replacement is atomic: the library is the old file
    // or the restored one, never a mix.
    static RestoreResult restore(const QString &backupPath, const QString &libraryPath,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace gloss
