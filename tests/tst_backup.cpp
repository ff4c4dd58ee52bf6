// Backups of a library: consistent while another connection writes, once a day, the newest
// three kept, one before every update of the format; `gloss backup` and `gloss restore` through
// the real executable, with their refusals.
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/librarybackup.h"
#include "library/librarylock.h"
#include "library/tagname.h"
#include "testsupport.h"
#include "text/cjktokenizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>
#include <unistd.h>

using namespace gloss;
using namespace gloss::test;

namespace {

const QDateTime noon(QDate(2026, 1, 2), QTime(12, 0, 0), Qt::UTC);

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

// Runs SQL on a file through its own connection; returns the first column of the first row.
QVariant scalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("scalar-%1").arg(qHash(path + sql));
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Read-write: a read-only connection would leave a -wal and -shm beside the file.
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

Highlight highlightOn(qint64 articleId, const QString &words, const QString &note)
{
    Highlight h;
    h.articleId = articleId;
    h.selector.exact = words;
    h.selector.end = int(words.size());
    h.note = note;
    return h;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Run gloss(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GLOSS_LIBRARY"));
        return run(QStringLiteral(GLOSS_EXECUTABLE), arguments, env, 60000);
    }

    // A library of the fixture posts, made by `gloss import`.
    QString importedLibrary(const QString &name) const
    {
        const QString lib = path(name);
        const Run made = gloss({ QStringLiteral("import"), fixture(QStringLiteral("library")),
                                 QStringLiteral("--library"), lib });
        return made.exitCode == 0 ? lib : QString();
    }

    // The library's notes: every highlight's and article's, sorted.
    static QStringList notes(const QString &library)
    {
        Database::OpenResult opened = Database::open(library);
        if (!opened.database)
            return { opened.error };
        QStringList all;
        for (const Highlight &h : HighlightRepository(*opened.database).list())
            all << h.note;
        QSqlQuery query(opened.database->connection());
        query.exec(QStringLiteral("SELECT note FROM articles WHERE note != ''"));
        while (query.next())
            all << query.value(0).toString();
        all.sort();
        return all;
    }

    // The older format makeOlderLibrary writes: its rows have schema 4's shape (articles.html
    // went in schema 5).
    static constexpr int olderSchema = 4;

    // Makes a library at an older format, with one article and one highlight, as an older Gloss
    // left it.
    static void makeOlderLibrary(const QString &library)
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(library).constData(), &db), SQLITE_OK);
        QString error;
        QVERIFY2(CjkTokenizer::registerWith(db, &error), qPrintable(error));
        QVERIFY2(TagName::registerWith(db, &error), qPrintable(error));
        const int older = olderSchema;
        QVERIFY(older < Database::latestSchemaVersion());
        const QStringList scripts
            = QDir(QStringLiteral(":/gloss/sql")).entryList({ QStringLiteral("*.sql") });
        for (const QString &name : scripts) {
            if (name.section(u'_', 0, 0).toInt() > older)
                continue;
            QFile file(QStringLiteral(":/gloss/sql/") + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(sqlite3_exec(db, file.readAll().constData(), nullptr, nullptr, nullptr),
                     SQLITE_OK);
        }
        const QByteArray sql
            = "PRAGMA journal_mode = WAL; PRAGMA user_version = " + QByteArray::number(older)
            + "; PRAGMA application_id = " + QByteArray::number(Database::applicationId)
            + ";"
              "INSERT INTO articles(id, source_path, source_root, file_size, file_mtime,"
              " content_hash, title, body_format, html, text, imported_at, updated_at)"
              " VALUES (1, '/a.md', '/', 1, 1, x'00', 'Old', 'html', '<p>kept words</p>',"
              " 'kept words', 0, 0);"
              "INSERT INTO highlights(article_id, color, exact, note, start_offset, end_offset,"
              " created_at, updated_at) VALUES (1, 'green', 'kept', 'an old note', 0, 4, 0, 0);";
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_close(db), SQLITE_OK);
    }

private Q_SLOTS:
    // Another connection on another thread adds highlights, one transaction each, before and
    // while the backup runs. The copy is a sound library holding every highlight committed
    // before the backup began, and the writer was never refused.
    void consistentWhileAnotherConnectionWrites()
    {
        const QString lib = path(QStringLiteral("busy.gloss"));
        {
            Database::OpenResult opened = Database::open(lib);
            QVERIFY2(opened.database, qPrintable(opened.error));
            // Enough to copy that the writer gets in while the copy runs.
            const ImportReport report = Importer(*opened.database).run(corpusDir());
            QVERIFY(report.imported > 100);
        }

        QMutex mutex;
        QList<qint64> committed;
        QStringList writeErrors;
        std::atomic<bool> stop = false;
        std::thread writer([&] {
            Database::OpenResult opened = Database::open(lib);
            if (!opened.database) {
                const QMutexLocker locker(&mutex);
                writeErrors << opened.error;
                return;
            }
            HighlightRepository highlights(*opened.database);
            for (int i = 0; !stop; ++i) {
                QString error;
                const qint64 id
                    = highlights.add(highlightOn(1 + i % 100, QStringLiteral("words %1").arg(i),
                                                 QStringLiteral("笔记 %1").arg(i)),
                                     &error);
                const QMutexLocker locker(&mutex);
                if (id <= 0) {
                    writeErrors << error;
                    return;
                }
                committed << id; // after its transaction committed
            }
        });
        const auto committedCount = [&] {
            const QMutexLocker locker(&mutex);
            return committed.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(committedCount() >= 20, 20000);
        QList<qint64> beforeBackup;
        {
            const QMutexLocker locker(&mutex);
            beforeBackup = committed;
        }
        const LibraryBackup::Result backup = LibraryBackup::make(lib, noon);
        const qsizetype afterBackup = committedCount();
        QTRY_VERIFY(committedCount() > afterBackup); // the writer goes on
        stop = true;
        writer.join();
        qInfo("highlights committed before the backup: %lld, while it ran: %lld",
              qint64(beforeBackup.size()), qint64(afterBackup - beforeBackup.size()));

        QVERIFY2(writeErrors.isEmpty(), qPrintable(writeErrors.join(u'\n')));
        QVERIFY2(backup.ok(), qPrintable(backup.error));
        QCOMPARE(QFileInfo(backup.path).absolutePath(), LibraryBackup::folder(lib));
        QCOMPARE(scalar(backup.path, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        Database::OpenResult copy = Database::open(backup.path);
        QVERIFY2(copy.database, qPrintable(copy.error));
        QSet<qint64> inCopy;
        for (const Highlight &h : HighlightRepository(*copy.database).list()) {
            inCopy.insert(h.id);
            QVERIFY(h.note.startsWith(u"笔记 "));
        }
        for (qint64 id : beforeBackup)
            QVERIFY2(inCopy.contains(id), qPrintable(QString::number(id)));
        QVERIFY(inCopy.size() <= committed.size());
        QCOMPARE(ArticleRepository(*copy.database).count(),
                 scalar(lib, QStringLiteral("SELECT count(*) FROM articles")).toInt());
        // The copy's search index agrees with its rows.
        QSqlQuery check(copy.database->connection());
        QVERIFY(check.exec(QStringLiteral(
            "INSERT INTO highlights_fts(highlights_fts) VALUES ('integrity-check')")));
    }

    // Once a day: due for a library with no backup, not again within a day, due after.
    void dailyRule()
    {
        const QString lib = importedLibrary(QStringLiteral("daily.gloss"));
        QVERIFY(!lib.isEmpty());
        QVERIFY(LibraryBackup::list(lib).isEmpty());
        QVERIFY(LibraryBackup::isDue(lib, noon));

        const LibraryBackup::Result first = LibraryBackup::makeIfDue(lib, noon);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(QFileInfo(first.path).fileName(), QStringLiteral("daily-20260102-120000.gloss"));
        QCOMPARE(LibraryBackup::timeOf(first.path), noon);

        for (const qint64 later : { 1LL, 3600LL, 23 * 3600LL + 3599 }) {
            QVERIFY(!LibraryBackup::isDue(lib, noon.addSecs(later)));
            const LibraryBackup::Result none = LibraryBackup::makeIfDue(lib, noon.addSecs(later));
            QVERIFY(none.ok());
            QVERIFY(none.path.isEmpty());
        }
        QCOMPARE(LibraryBackup::list(lib).size(), 1);
        const QDateTime nextDay = noon.addDays(1);
        QVERIFY(LibraryBackup::isDue(lib, nextDay));
        const LibraryBackup::Result second = LibraryBackup::makeIfDue(lib, nextDay);
        QVERIFY2(!second.path.isEmpty(), qPrintable(second.error));
        QCOMPARE(LibraryBackup::list(lib), QStringList({ second.path, first.path }));
        // A backup dated in the future (the clock was set back since) does not count.
        QVERIFY(LibraryBackup::isDue(lib, noon.addDays(-3)));
        // Nothing to back up: no library, or an empty file.
        QVERIFY(!LibraryBackup::isDue(path(QStringLiteral("none.gloss")), noon));
        QVERIFY(writeFile(path(QStringLiteral("empty.gloss")), QByteArray()));
        QVERIFY(!LibraryBackup::isDue(path(QStringLiteral("empty.gloss")), noon));
    }

    // The newest three stay, whatever else is in the folder; two in one second both count.
    void rotationKeepsThree()
    {
        const QString lib = importedLibrary(QStringLiteral("rotate.gloss"));
        QVERIFY(!lib.isEmpty());
        const QString other = LibraryBackup::folder(lib) + QStringLiteral("/my-notes.txt");
        QVERIFY(writeFile(other, "mine"));
        QStringList made;
        for (int day = 0; day < 5; ++day) {
            const LibraryBackup::Result backup = LibraryBackup::make(lib, noon.addDays(day));
            QVERIFY2(backup.ok(), qPrintable(backup.error));
            made.prepend(backup.path);
            QCOMPARE(LibraryBackup::list(lib), made.mid(0, 3));
        }
        const LibraryBackup::Result again = LibraryBackup::make(lib, noon.addDays(4));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(QFileInfo(again.path).fileName(),
                 QStringLiteral("rotate-20260106-120000-2.gloss"));
        QCOMPARE(LibraryBackup::list(lib), QStringList({ again.path, made.at(0), made.at(1) }));
        QCOMPARE(QDir(LibraryBackup::folder(lib)).entryList(QDir::Files).size(), 4);
        QCOMPARE(readFile(other), QByteArray("mine"));
        for (const QString &backup : LibraryBackup::list(lib))
            QCOMPARE(scalar(backup, QStringLiteral("PRAGMA quick_check")).toString(),
                     QStringLiteral("ok"));
    }

    // A library of the previous format is copied, as it was, before it is updated.
    void backupBeforeMigration()
    {
        const QString lib = path(QStringLiteral("older.gloss"));
        makeOlderLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        const int older = olderSchema;
        Database::OpenResult opened = Database::open(lib);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY2(opened.warning.isEmpty(), qPrintable(opened.warning));
        QCOMPARE(opened.database->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!opened.backupPath.isEmpty());
        QCOMPARE(LibraryBackup::list(lib), QStringList { opened.backupPath });
        QCOMPARE(scalar(opened.backupPath, QStringLiteral("PRAGMA user_version")).toInt(), older);
        QCOMPARE(scalar(opened.backupPath, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(
            scalar(opened.backupPath, QStringLiteral("SELECT note FROM highlights")).toString(),
            QStringLiteral("an old note"));
        opened.database.reset();
        // Opening the updated library again makes no other copy.
        QVERIFY(Database::open(lib).database);
        QCOMPARE(LibraryBackup::list(lib).size(), 1);
        // Nor does a new library.
        QVERIFY(Database::open(path(QStringLiteral("brand-new.gloss"))).database);
        QVERIFY(!QFileInfo::exists(LibraryBackup::folder(path(QStringLiteral("brand-new.gloss")))));
    }

    // A backup that cannot be written is reported, and the library opens all the same.
    void failedBackupDoesNotKeepTheLibraryClosed()
    {
        const QString lib = path(QStringLiteral("blocked.gloss"));
        makeOlderLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        // A file where the backups folder should be: nothing can be written there.
        QVERIFY(writeFile(LibraryBackup::folder(lib), "in the way"));
        Database::OpenResult opened = Database::open(lib);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(opened.database->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(opened.backupPath.isEmpty());
        QVERIFY2(opened.warning.contains(LibraryBackup::folder(lib)), qPrintable(opened.warning));
        QVERIFY(opened.warning.contains(lib));
        const LibraryBackup::Result daily = LibraryBackup::makeIfDue(lib, noon);
        QVERIFY(!daily.ok());
        QVERIFY2(daily.error.contains(LibraryBackup::folder(lib)), qPrintable(daily.error));
        opened.database.reset();

        // `gloss import` says so on stderr and imports.
        const Run import = gloss({ QStringLiteral("import"), fixture(QStringLiteral("library")),
                                   QStringLiteral("--library"), lib });
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.err.contains(QStringLiteral("warning: cannot back up ") + lib),
                 qPrintable(import.err));
        QVERIFY2(import.out.startsWith(u"imported 7"), qPrintable(import.out));
        // `gloss backup` fails with the reason.
        const Run backup = gloss({ QStringLiteral("backup"), QStringLiteral("--library"), lib });
        QCOMPARE(backup.exitCode, 1);
        QVERIFY2(backup.err.contains(LibraryBackup::folder(lib)), qPrintable(backup.err));
    }

    // `gloss import` copies a library it finds there once a day, not a new one.
    void importMakesTheDailyBackup()
    {
        const QString lib = importedLibrary(QStringLiteral("imports.gloss"));
        QVERIFY(!lib.isEmpty());
        QVERIFY(LibraryBackup::list(lib).isEmpty());
        const QStringList again { QStringLiteral("import"), fixture(QStringLiteral("library")),
                                  QStringLiteral("--library"), lib };
        const Run second = gloss(again);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.isEmpty(), qPrintable(second.err));
        QCOMPARE(LibraryBackup::list(lib).size(), 1);
        QCOMPARE(gloss(again).exitCode, 0);
        QCOMPARE(LibraryBackup::list(lib).size(), 1);
    }

    void backupCommand()
    {
        const QString lib = importedLibrary(QStringLiteral("command.gloss"));
        QVERIFY(!lib.isEmpty());
        const Run rotated = gloss({ QStringLiteral("backup"), QStringLiteral("--library"), lib });
        QCOMPARE(rotated.exitCode, 0);
        const QString written = rotated.out.trimmed();
        QCOMPARE(LibraryBackup::list(lib), QStringList { written });
        QCOMPARE(scalar(written, QStringLiteral("SELECT count(*) FROM articles")).toInt(), 7);

        const QString out = path(QStringLiteral("elsewhere/copy.gloss"));
        const Run copied = gloss({ QStringLiteral("backup"), QStringLiteral("--out"), out,
                                   QStringLiteral("--library"), lib });
        QCOMPARE(copied.exitCode, 0);
        QCOMPARE(copied.out.trimmed(), out);
        QCOMPARE(scalar(out, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(LibraryBackup::list(lib).size(), 1);
        const QByteArray before = digest(out);
        const Run exists = gloss({ QStringLiteral("backup"), QStringLiteral("--out"), out,
                                   QStringLiteral("--library"), lib });
        QCOMPARE(exists.exitCode, 1);
        QVERIFY2(exists.err.contains(out + QStringLiteral(" exists")), qPrintable(exists.err));
        QCOMPARE(digest(out), before);

        const QString missing = path(QStringLiteral("missing.gloss"));
        const Run none = gloss({ QStringLiteral("backup"), QStringLiteral("--library"), missing });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(missing), qPrintable(none.err));
        QVERIFY(!QFileInfo::exists(missing));

        const Run help = gloss({ QStringLiteral("backup"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--out <FILE>"));
        const Run restoreHelp = gloss({ QStringLiteral("restore"), QStringLiteral("--help") });
        QCOMPARE(restoreHelp.exitCode, 0);
        QVERIFY(restoreHelp.out.contains(u"gloss restore"));
    }

    // Notes removed after a backup come back with `gloss restore`; the library it replaces is
    // kept as a backup, as it was.
    void restoreBringsBackNotes()
    {
        const QString lib = importedLibrary(QStringLiteral("restore.gloss"));
        QVERIFY(!lib.isEmpty());
        qint64 highlightId = 0;
        {
            Database::OpenResult opened = Database::open(lib);
            QVERIFY(opened.database);
            QString error;
            highlightId
                = HighlightRepository(*opened.database)
                      .add(highlightOn(1, QStringLiteral("x"), QStringLiteral("高亮的笔记")),
                           &error);
            QVERIFY2(highlightId > 0, qPrintable(error));
            QVERIFY(ArticleRepository(*opened.database).setNote(2, QStringLiteral("文章的笔记")));
        }
        const QStringList annotated = notes(lib);
        QCOMPARE(annotated.size(), 2);
        const Run backup = gloss({ QStringLiteral("backup"), QStringLiteral("--library"), lib });
        QCOMPARE(backup.exitCode, 0);
        const QString file = backup.out.trimmed();

        {
            Database::OpenResult opened = Database::open(lib);
            QVERIFY(opened.database);
            QString error;
            QVERIFY(HighlightRepository(*opened.database).remove(highlightId, &error));
            QVERIFY(ArticleRepository(*opened.database).setNote(2, QString()));
        }
        QVERIFY(notes(lib).isEmpty());

        const Run restored
            = gloss({ QStringLiteral("restore"), file, QStringLiteral("--library"), lib });
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.out.contains(QStringLiteral("restored %1 from %2").arg(lib, file)),
                 qPrintable(restored.out));
        QVERIFY2(restored.out.contains(u"articles: 7, highlights: 1"), qPrintable(restored.out));
        QCOMPARE(notes(lib), annotated);
        QCOMPARE(scalar(lib, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));

        const QStringList backups = LibraryBackup::list(lib);
        QCOMPARE(backups.size(), 2);
        const QString kept = backups.constFirst();
        QVERIFY2(restored.out.contains(QStringLiteral("kept as %1").arg(kept)),
                 qPrintable(restored.out));
        QCOMPARE(notes(kept), QStringList());
        QCOMPARE(scalar(kept, QStringLiteral("SELECT count(*) FROM articles")).toInt(), 7);
        // The file restored from is untouched and left alone.
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(lib + QStringLiteral(".restoring")));
    }

    // A library left by a window that crashed: what its -wal holds goes into the copy that is
    // kept, and none of it into the restored library.
    void restoreOverACrashedWriter()
    {
        const QString lib = importedLibrary(QStringLiteral("source.gloss"));
        QVERIFY(!lib.isEmpty());
        {
            Database::OpenResult opened = Database::open(lib);
            QVERIFY(ArticleRepository(*opened.database).setNote(3, QStringLiteral("before")));
        }
        const LibraryBackup::Result backup = LibraryBackup::make(lib, noon);
        QVERIFY(backup.ok());

        const QString crashed = path(QStringLiteral("crashed.gloss"));
        {
            Database::OpenResult writer = Database::open(lib);
            QVERIFY(writer.database);
            QVERIFY(ArticleRepository(*writer.database).setNote(3, QStringLiteral("after")));
            // The files as a killed window leaves them: the change only in the -wal.
            QVERIFY(QFile::copy(lib, crashed));
            QVERIFY(QFile::copy(lib + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
            QVERIFY(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);
        }
        const Run restored = gloss(
            { QStringLiteral("restore"), backup.path, QStringLiteral("--library"), crashed });
        QCOMPARE(restored.exitCode, 0);
        QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-wal")));
        QCOMPARE(notes(crashed), QStringList { QStringLiteral("before") });
        QCOMPARE(scalar(crashed, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        const QStringList kept = LibraryBackup::list(crashed);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(notes(kept.constFirst()), QStringList { QStringLiteral("after") });
    }

    // While a window or an import holds the library, restore is refused and changes nothing.
    void restoreRefusesWhileLocked()
    {
        const QString lib = importedLibrary(QStringLiteral("locked.gloss"));
        QVERIFY(!lib.isEmpty());
        const LibraryBackup::Result backup = LibraryBackup::make(lib, noon);
        QVERIFY(backup.ok());
        const QByteArray before = digest(lib);
        LibraryLock lock(lib);
        QVERIFY(lock.tryLock());
        const Run refused
            = gloss({ QStringLiteral("restore"), backup.path, QStringLiteral("--library"), lib });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(lib) && refused.err.contains(u"is in use by process"),
                 qPrintable(refused.err));
        QCOMPARE(digest(lib), before);
        QCOMPARE(LibraryBackup::list(lib), QStringList { backup.path });
    }

    // A program that has the library open without its lock (a `gloss list` running): refused.
    void restoreRefusesWhileOpen()
    {
        const QString lib = importedLibrary(QStringLiteral("open.gloss"));
        QVERIFY(!lib.isEmpty());
        const LibraryBackup::Result backup = LibraryBackup::make(lib, noon);
        QVERIFY(backup.ok());
        Database::OpenResult reader = Database::open(lib);
        QVERIFY(reader.database);
        QCOMPARE(ArticleRepository(*reader.database).count(), 7);
        const Run refused
            = gloss({ QStringLiteral("restore"), backup.path, QStringLiteral("--library"), lib });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(lib + QStringLiteral(" is open in another program")),
                 qPrintable(refused.err));
        QCOMPARE(LibraryBackup::list(lib), QStringList { backup.path });
        QCOMPARE(ArticleRepository(*reader.database).count(), 7);
    }

    void restoreRefusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("sql"); // empty: a text file
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << QByteArray() << QStringLiteral("is not a Gloss library");
        QTest::newRow("other sqlite") << QByteArray("CREATE TABLE contacts(name TEXT);")
                                      << QStringLiteral("is not a Gloss library");
        QTest::newRow("newer format")
            << ("PRAGMA application_id = " + QByteArray::number(Database::applicationId)
                + "; PRAGMA user_version = 999; CREATE TABLE articles(id INTEGER PRIMARY KEY);")
            << QStringLiteral("was made by a newer Gloss (library format 999");
    }
    void restoreRefusesWhatItCannotRead()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, message);
        const QString lib = importedLibrary(
            QStringLiteral("refuse-%1.gloss")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(!lib.isEmpty());
        const QString file = lib + QStringLiteral(".candidate");
        if (sql.isEmpty()) {
            QVERIFY(writeFile(file, "these are my notes, not a library\n"));
        } else {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray libraryBefore = digest(lib);
        const QByteArray fileBefore = digest(file);
        const Run refused
            = gloss({ QStringLiteral("restore"), file, QStringLiteral("--library"), lib });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(file + u' ' + message), qPrintable(refused.err));
        QCOMPARE(digest(lib), libraryBefore);
        QCOMPARE(digest(file), fileBefore);
        QVERIFY(LibraryBackup::list(lib).isEmpty());
        QVERIFY(!QFileInfo::exists(lib + QStringLiteral(".restoring")));

        const Run missing = gloss({ QStringLiteral("restore"), file + QStringLiteral(".nope"),
                                    QStringLiteral("--library"), lib });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(file + QStringLiteral(".nope")), qPrintable(missing.err));
    }

    // A library whose folder its user may not write (run as nobody: root may write anywhere).
    void restoreRefusesAnUnwritableLibrary()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty() || geteuid() != 0)
            QSKIP("needs root and setpriv to run gloss as a user without write access");
        const QString folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString lib = folder + QStringLiteral("/lib.gloss");
        QVERIFY(!importedLibrary(QStringLiteral("readonly/lib.gloss")).isEmpty());
        const QString file = path(QStringLiteral("for-nobody.gloss"));
        QVERIFY(LibraryBackup::copyTo(lib, file).ok());
        QVERIFY(QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(m_dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadOther));
        const QByteArray before = digest(lib);
        const Run refused
            = run(QStringLiteral("setpriv"),
                  { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups"), QStringLiteral(GLOSS_EXECUTABLE),
                    QStringLiteral("restore"), file, QStringLiteral("--library"), lib });
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("cannot restore %1").arg(lib)),
                 qPrintable(refused.err));
        QCOMPARE(digest(lib), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { QStringLiteral("lib.gloss") });
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
