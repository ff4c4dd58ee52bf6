#include "librarybackup.h"

#include "database.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <unistd.h>

namespace gloss {

namespace {

// Pages copied per backup step (4 MB of 4 KB pages): each call stays short.
constexpr int pagesPerStep = 1024;
// A .part file this old was left by a copy that was killed.
constexpr qint64 stalePartSeconds = 24 * 60 * 60;

struct CloseConnection
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

QString sqliteError(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Opens an existing database file (a file: URI with SQLITE_OPEN_URI in flags), or explains.
Connection openExisting(const QByteArray &name, int flags, QString *error)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK) {
        *error = sqliteError(raw);
        return {};
    }
    sqlite3_busy_timeout(db.get(), 10000);
    return db;
}

// One integer PRAGMA or query; nullopt with *code and *error set when it fails.
std::optional<qint64> queryInt(sqlite3 *db, const char *sql, QString *error, int *code = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    std::optional<qint64> value;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
    }
    if (!value) {
        *error = sqliteError(db);
        if (code)
            *code = sqlite3_extended_errcode(db) & 0xff;
    }
    sqlite3_finalize(stmt);
    return value;
}

QString queryText(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    else
        *error = sqliteError(db);
    sqlite3_finalize(stmt);
    return value;
}

// Copies the database behind source into a new file at target, page by page. Returns SQLite's
// reason when it could not.
QString copyPages(sqlite3 *source, const QString &target)
{
    QFile::remove(target);
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(target).constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Connection destination(raw);
    if (opened != SQLITE_OK)
        return sqliteError(raw);
    // The copy gets its name only once complete, so it needs no journal of its own.
    sqlite3_exec(destination.get(), "PRAGMA journal_mode = OFF", nullptr, nullptr, nullptr);

    // One read transaction over the whole copy: every step reads the same snapshot, so a commit
    // by another connection (the window adding a highlight meanwhile) neither restarts the copy
    // nor lands in it halfway. A library is in WAL mode, where a reader never blocks the writer:
    // the steps hold nothing the writer waits for; they keep each call short.
    const bool ownTransaction = sqlite3_get_autocommit(source) != 0;
    if (ownTransaction
        && sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_master;", nullptr, nullptr,
                        nullptr)
            != SQLITE_OK) {
        const QString error = sqliteError(source);
        sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    }
    QString error;
    sqlite3_backup *backup = sqlite3_backup_init(destination.get(), "main", source, "main");
    if (!backup) {
        error = sqliteError(destination.get());
    } else {
        int rc = SQLITE_OK;
        int waits = 0;
        do {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits < 1000)
                sqlite3_sleep(10);
        } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waits < 1000));
        const int finished = sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            error = QString::fromUtf8(sqlite3_errstr(rc));
        else if (finished != SQLITE_OK)
            error = sqliteError(destination.get());
    }
    if (ownTransaction)
        sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
    if (error.isEmpty() && sqlite3_close(destination.release()) != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errstr(SQLITE_IOERR));
    return error;
}

// Makes a rename in folder survive a power cut.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Renames over an existing file in one step (QFile::rename refuses to replace).
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *error = systemError();
        return false;
    }
    syncFolder(QFileInfo(to).absolutePath());
    return true;
}

// "library" for library.gloss: the start of each backup's name.
QString baseName(const QString &libraryPath)
{
    QString name = QFileInfo(libraryPath).fileName();
    if (name.endsWith(QStringLiteral(".gloss")))
        name.chop(6);
    return name.isEmpty() ? QStringLiteral("library") : name;
}

// Made for each use: any thread may list backups.
QRegularExpression backupName()
{
    return QRegularExpression(QStringLiteral("-(\\d{8})-(\\d{6})(?:-(\\d+))?\\.gloss$"));
}

// base-YYYYMMDD-HHMMSS.gloss, or base-YYYYMMDD-HHMMSS-N.gloss when that second is taken.
QString freeName(const QString &folder, const QString &base, const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QStringLiteral("%1/%2-%3.gloss").arg(folder, base, stamp);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".part"));
         ++n)
        path = QStringLiteral("%1/%2-%3-%4.gloss").arg(folder, base, stamp).arg(n);
    return path;
}

// Whether a library's -wal holds anything (an empty one is left by a clean close).
bool hasWalContent(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

// Opens a library file for reading; refuses a file that is not a Gloss library.
Connection openLibrary(const QString &libraryPath, QString *error)
{
    if (!QFileInfo(libraryPath).isFile()) {
        *error = LibraryBackup::tr("there is no library at %1").arg(libraryPath);
        return {};
    }
    QString reason;
    Connection db = openExisting(QFile::encodeName(libraryPath), SQLITE_OPEN_READWRITE, &reason);
    if (!db) {
        *error = LibraryBackup::tr("cannot open %1: %2").arg(libraryPath, reason);
        return {};
    }
    const std::optional<qint64> id = queryInt(db.get(), "PRAGMA application_id", &reason);
    if (!id) {
        *error = LibraryBackup::tr("%1 is damaged or not a Gloss library: %2")
                     .arg(libraryPath, reason);
        return {};
    }
    if (*id != Database::applicationId) {
        *error = LibraryBackup::tr("%1 is not a Gloss library").arg(libraryPath);
        return {};
    }
    return db;
}

enum class Settled { Yes, NotADatabase, Busy, Failed };

// Brings everything of a library's -wal into the file itself and takes it out of WAL mode, so
// the file alone is the whole library and its -wal and -shm can go. Only when no other
// connection has it open: leaving WAL mode needs the file to itself.
Settled settle(const QString &libraryPath, QString *error)
{
    Connection db = openExisting(QFile::encodeName(libraryPath), SQLITE_OPEN_READWRITE, error);
    if (!db)
        return Settled::Failed;
    sqlite3_busy_timeout(db.get(), 2000);
    int code = SQLITE_OK;
    QString reason;
    if (!queryInt(db.get(), "SELECT count(*) FROM sqlite_master", &reason, &code)) {
        *error = reason;
        return code == SQLITE_NOTADB || code == SQLITE_CORRUPT ? Settled::NotADatabase
            : code == SQLITE_BUSY || code == SQLITE_LOCKED     ? Settled::Busy
                                                               : Settled::Failed;
    }
    const QString mode = queryText(db.get(), "PRAGMA journal_mode = DELETE", &reason);
    if (mode == u"delete")
        return Settled::Yes;
    *error = reason;
    const int last = sqlite3_errcode(db.get()) & 0xff;
    return mode == u"wal" || last == SQLITE_BUSY || last == SQLITE_LOCKED ? Settled::Busy
                                                                          : Settled::Failed;
}

} // namespace

QString LibraryBackup::folder(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteFilePath() + QStringLiteral(".backups");
}

QDateTime LibraryBackup::timeOf(const QString &backupPath)
{
    const QRegularExpressionMatch match = backupName().match(QFileInfo(backupPath).fileName());
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QStringList LibraryBackup::list(const QString &libraryPath)
{
    const QString base = baseName(libraryPath);
    struct Entry
    {
        QString path;
        QString stamp;
        int sequence;
    };
    QList<Entry> entries;
    const QDir dir(folder(libraryPath));
    for (const QString &name : dir.entryList(QDir::Files)) {
        const QRegularExpressionMatch match = backupName().match(name);
        if (!match.hasMatch() || match.capturedStart() != base.size() || !name.startsWith(base)
            || !timeOf(name).isValid())
            continue;
        entries.append({ dir.absoluteFilePath(name), match.captured(1) + match.captured(2),
                         match.captured(3).isEmpty() ? 1 : match.captured(3).toInt() });
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.sequence > b.sequence;
    });
    QStringList paths;
    for (const Entry &entry : entries)
        paths << entry.path;
    return paths;
}

QStringList LibraryBackup::prune(const QString &libraryPath, int keep, const QString &spare,
                                 QString *error)
{
    QStringList removed;
    const QStringList backups = list(libraryPath);
    const QString spared = spare.isEmpty() ? QString() : QFileInfo(spare).absoluteFilePath();
    for (qsizetype i = keep; i < backups.size(); ++i) {
        if (backups.at(i) == spared)
            continue;
        if (!QFile::remove(backups.at(i))) {
            if (error)
                *error = tr("cannot remove the old backup %1").arg(backups.at(i));
            continue;
        }
        // A replaced library kept as it was may have its -wal beside it.
        QFile::remove(backups.at(i) + QStringLiteral("-wal"));
        QFile::remove(backups.at(i) + QStringLiteral("-shm"));
        removed << backups.at(i);
    }
    // What a killed copy left behind.
    const QDir dir(folder(libraryPath));
    for (const QFileInfo &part :
         dir.entryInfoList({ QStringLiteral("*.gloss.part") }, QDir::Files)) {
        if (part.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > stalePartSeconds)
            QFile::remove(part.absoluteFilePath());
    }
    return removed;
}

bool LibraryBackup::isDue(const QString &libraryPath, const QDateTime &now)
{
    const QFileInfo library(libraryPath);
    if (!library.isFile() || library.size() == 0)
        return false;
    for (const QString &backup : list(libraryPath)) {
        const QDateTime made = timeOf(backup);
        // One from the future (a clock set back) does not count.
        if (made <= now && made.secsTo(now) < dailyIntervalSeconds)
            return false;
    }
    return true;
}

LibraryBackup::Result LibraryBackup::make(sqlite3 *source, const QString &libraryPath,
                                          const QDateTime &now)
{
    Result result;
    const QString dir = folder(libraryPath);
    if (!QDir().mkpath(dir)) {
        result.error = tr("cannot back up %1: cannot make the folder %2").arg(libraryPath, dir);
        return result;
    }
    const QString target = freeName(dir, baseName(libraryPath), now);
    const QString part = target + QStringLiteral(".part");
    QString error = copyPages(source, part);
    if (error.isEmpty())
        replaceFile(part, target, &error);
    if (!error.isEmpty()) {
        QFile::remove(part);
        result.error = tr("cannot back up %1 to %2: %3").arg(libraryPath, target, error);
        return result;
    }
    result.path = target;
    // An old backup that stays is no reason to call this one failed.
    QString pruneError;
    prune(libraryPath, kept, target, &pruneError);
    if (!pruneError.isEmpty())
        qWarning("%s", qPrintable(pruneError));
    return result;
}

LibraryBackup::Result LibraryBackup::make(const QString &libraryPath, const QDateTime &now)
{
    Result result;
    const Connection source = openLibrary(libraryPath, &result.error);
    if (!source)
        return result;
    return make(source.get(), libraryPath, now);
}

LibraryBackup::Result LibraryBackup::makeIfDue(const QString &libraryPath, const QDateTime &now)
{
    return isDue(libraryPath, now) ? make(libraryPath, now) : Result {};
}

LibraryBackup::Result LibraryBackup::copyTo(const QString &libraryPath, const QString &destination)
{
    Result result;
    const QFileInfo target(destination);
    if (target.exists()) {
        result.error = tr("%1 exists already; choose a new file name").arg(destination);
        return result;
    }
    const Connection source = openLibrary(libraryPath, &result.error);
    if (!source)
        return result;
    if (!QDir().mkpath(target.absolutePath())) {
        result.error = tr("cannot make the folder %1").arg(target.absolutePath());
        return result;
    }
    const QString part = target.absoluteFilePath() + QStringLiteral(".part");
    QString error = copyPages(source.get(), part);
    if (error.isEmpty())
        replaceFile(part, target.absoluteFilePath(), &error);
    if (!error.isEmpty()) {
        QFile::remove(part);
        result.error = tr("cannot back up %1 to %2: %3").arg(libraryPath, destination, error);
        return result;
    }
    result.path = target.absoluteFilePath();
    return result;
}

LibraryBackup::RestoreResult
LibraryBackup::restore(const QString &backupPath, const QString &libraryPath, const QDateTime &now)
{
    RestoreResult result;
    const QFileInfo backupInfo(backupPath);
    const QString library = QFileInfo(libraryPath).absoluteFilePath();
    if (!backupInfo.isFile()) {
        result.error = backupInfo.exists() ? tr("%1 is not a file").arg(backupPath)
                                           : tr("there is no file %1").arg(backupPath);
        return result;
    }
    if (backupInfo.absoluteFilePath() == library
        || (QFileInfo::exists(library)
            && backupInfo.canonicalFilePath() == QFileInfo(library).canonicalFilePath())) {
        result.error = tr("%1 is the library itself").arg(backupPath);
        return result;
    }

    // Look at the file without writing anything beside it: SQLite's header first.
    {
        QFile file(backupPath);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = tr("cannot read %1: %2").arg(backupPath, file.errorString());
            return result;
        }
        if (file.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
            result.error
                = tr("%1 is not a Gloss library (it is not an SQLite database)").arg(backupPath);
            return result;
        }
    }
    // Read-only, and immutable unless a -wal beside it holds part of it: no -shm is made there.
    QUrl uri = QUrl::fromLocalFile(backupInfo.absoluteFilePath());
    uri.setQuery(hasWalContent(backupPath) ? QStringLiteral("mode=ro")
                                           : QStringLiteral("mode=ro&immutable=1"));
    QString reason;
    const Connection source
        = openExisting(uri.toEncoded(), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, &reason);
    const std::optional<qint64> id
        = source ? queryInt(source.get(), "PRAGMA application_id", &reason) : std::nullopt;
    const std::optional<qint64> version
        = id ? queryInt(source.get(), "PRAGMA user_version", &reason) : std::nullopt;
    if (!version) {
        result.error = tr("%1 is damaged or not a Gloss library: %2").arg(backupPath, reason);
        return result;
    }
    if (*id != Database::applicationId || *version <= 0) {
        result.error = tr("%1 is not a Gloss library (it is an SQLite database of another program)")
                           .arg(backupPath);
        return result;
    }
    if (*version > Database::latestSchemaVersion()) {
        result.error = tr("%1 was made by a newer Gloss (library format %2; this Gloss reads "
                          "formats up to %3)")
                           .arg(backupPath)
                           .arg(*version)
                           .arg(Database::latestSchemaVersion());
        return result;
    }

    // The copy is made and checked beside the library, then renamed over it in one step.
    const QString libraryFolder = QFileInfo(library).absolutePath();
    if (!QDir().mkpath(libraryFolder)) {
        result.error
            = tr("cannot restore %1: cannot make the folder %2").arg(library, libraryFolder);
        return result;
    }
    const QString temporary = library + QStringLiteral(".restoring");
    const QString copyError = copyPages(source.get(), temporary);
    if (!copyError.isEmpty()) {
        QFile::remove(temporary);
        result.error
            = tr("cannot restore %1: cannot write %2: %3").arg(library, temporary, copyError);
        return result;
    }
    {
        QUrl copyUri = QUrl::fromLocalFile(temporary);
        copyUri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        const Connection copy
            = openExisting(copyUri.toEncoded(), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, &reason);
        const QString check
            = copy ? queryText(copy.get(), "PRAGMA quick_check", &reason) : QString();
        const std::optional<qint64> articles = check == u"ok"
            ? queryInt(copy.get(), "SELECT count(*) FROM articles", &reason)
            : std::nullopt;
        const std::optional<qint64> highlights = articles
            ? queryInt(copy.get(), "SELECT count(*) FROM highlights", &reason)
            : std::nullopt;
        if (!highlights) {
            QFile::remove(temporary);
            result.error = tr("%1 is damaged: %2")
                               .arg(backupPath, check.isEmpty() || check == u"ok" ? reason : check);
            return result;
        }
        result.format = int(*version);
        result.articles = int(*articles);
        result.highlights = int(*highlights);
    }

    // The library being replaced is kept, the file itself (a second name for it), after
    // everything in its -wal is in it: a stale -wal beside the restored file would be replayed
    // into it.
    const QString wal = library + QStringLiteral("-wal");
    const QString shm = library + QStringLiteral("-shm");
    if (QFileInfo::exists(library)) {
        const Settled settled = settle(library, &reason);
        if (settled == Settled::Busy || settled == Settled::Failed) {
            QFile::remove(temporary);
            result.error = settled == Settled::Busy
                ? tr("%1 is open in another program (%2); close it and try again")
                      .arg(library, reason)
                : tr("cannot restore %1: %2").arg(library, reason);
            return result;
        }
        const QString dir = folder(library);
        const QString keep = QDir().mkpath(dir) ? freeName(dir, baseName(library), now) : QString();
        const bool linked = !keep.isEmpty()
            && (::link(QFile::encodeName(library).constData(), QFile::encodeName(keep).constData())
                    == 0
                || QFile::copy(library, keep));
        // A library SQLite cannot read keeps its -wal with it, whatever that holds.
        if (!linked
            || (settled == Settled::NotADatabase && hasWalContent(library)
                && !QFile::copy(wal, keep + QStringLiteral("-wal")))) {
            QFile::remove(temporary);
            if (!keep.isEmpty())
                QFile::remove(keep);
            result.error
                = tr("cannot restore %1: cannot keep it as a backup in %2").arg(library, dir);
            return result;
        }
        result.keptPath = keep;
    }
    QFile::remove(wal);
    QFile::remove(shm);
    QString renameError;
    if (!replaceFile(temporary, library, &renameError)) {
        QFile::remove(temporary);
        result.error = tr("cannot restore %1: cannot replace it: %2").arg(library, renameError);
        return result;
    }
    prune(library, kept, result.keptPath);
    return result;
}

} // namespace gloss
