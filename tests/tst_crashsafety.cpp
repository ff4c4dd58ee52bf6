#include "import/importer.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <cstdio>

using namespace gloss;
using namespace gloss::test;

// Kills `gloss import` with SIGKILL at 20 moments in the middle of storing and of indexing, and a
// process writing highlights and notes once, and checks after each kill that the library is
// sound, that nothing stored before is lost, and that the next import carries on to a complete
// library.
class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_posts;
    QString m_library;
    int m_total = 0;

    struct Counts
    {
        int articles = 0;
        int indexed = 0;
    };

    // Read through a connection of its own, as the window would while an import runs.
    Counts counts() const
    {
        Counts c;
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(m_library.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK) {
            sqlite3_busy_timeout(db, 1000);
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(db, "SELECT count(*), ifnull(sum(indexed), 0) FROM articles", -1,
                                   &stmt, nullptr)
                    == SQLITE_OK
                && sqlite3_step(stmt) == SQLITE_ROW) {
                c.articles = sqlite3_column_int(stmt, 0);
                c.indexed = sqlite3_column_int(stmt, 1);
            }
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
        return c;
    }

    // Starts an import and kills it once `ready` says so; returns whether it was killed mid-way.
    bool importAndKill(const std::function<bool(const Counts &)> &ready)
    {
        QProcess process;
        process.start(QStringLiteral(GLOSS_EXECUTABLE),
                      { QStringLiteral("import"), m_posts, QStringLiteral("--library"), m_library,
                        QStringLiteral("--quiet") });
        if (!process.waitForStarted())
            return false;
        QElapsedTimer clock;
        clock.start();
        while (process.state() == QProcess::Running && clock.elapsed() < 60000) {
            if (ready(counts())) {
                ::kill(pid_t(process.processId()), SIGKILL);
                process.waitForFinished();
                return process.exitStatus() == QProcess::CrashExit;
            }
            process.waitForFinished(5);
        }
        process.waitForFinished();
        return false;
    }

    void verifyLibrary(int minimumArticles)
    {
        Database::OpenResult opened = Database::open(m_library);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QSqlQuery q(opened.database->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), group_concat(note, '|') FROM (SELECT note "
                                      "FROM highlights ORDER BY id)"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toString(), QStringLiteral("first note|第二条笔记|third"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next());
        QVERIFY2(q.value(0).toInt() >= minimumArticles, qPrintable(q.value(0).toString()));
        // The index agrees with the flags: every article marked indexed is found by its marker.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM articles WHERE indexed = 1"))
                && q.next());
        const int indexed = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'marker'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), qMax(0, indexed - 7));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A few thousand posts, each a real corpus post with a unique paragraph.
        m_posts = m_dir.filePath(QStringLiteral("posts"));
        m_library = m_dir.filePath(QStringLiteral("crash.gloss"));
        const QStringList sources = corpusPosts();
        QVERIFY(sources.size() >= 300);
        QList<QByteArray> bodies;
        for (const QString &source : sources)
            bodies << readFile(source);
        m_total = 3000;
        for (int i = 0; i < m_total; ++i) {
            // The marker opens the body, where no unclosed element of the post can swallow it.
            QByteArray bytes = bodies.at(i % bodies.size());
            const qsizetype open = bytes.indexOf("---");
            const qsizetype close = bytes.indexOf("\n---", open + 3) + 4;
            const qsizetype bodyStart = bytes.indexOf('\n', close) + 1;
            const bool html = bytes.mid(bodyStart).trimmed().startsWith('<');
            const QByteArray marker = "marker " + QByteArray::number(i);
            bytes.insert(bodyStart, html ? "<p>" + marker + "</p>\n" : "\n" + marker + "\n\n");
            const QString name = QStringLiteral("%1/part%2/%3.md")
                                     .arg(m_posts)
                                     .arg(i / 500)
                                     .arg(i, 5, 10, QLatin1Char('0'));
            QVERIFY(writeFile(name, bytes));
        }

        // What the person already has: articles with highlights and notes.
        Database::OpenResult opened = Database::open(m_library);
        QVERIFY(opened.database);
        QCOMPARE(Importer(*opened.database).run(fixture(QStringLiteral("library"))).imported, 7);
        QSqlQuery q(opened.database->connection());
        for (const QString &note : { QStringLiteral("first note"), QStringLiteral("第二条笔记"),
                                     QStringLiteral("third") })
            QVERIFY(q.exec(
                QStringLiteral(
                    "INSERT INTO highlights(article_id, color, exact, note, start_offset, "
                    "end_offset,"
                    " created_at, updated_at) VALUES (1, 'green', 'Signals', '%1', 0, 7, 0, 0)")
                    .arg(note)));
    }

    void killedWhileStoring()
    {
        int killed = 0;
        int floor = 7;
        for (const int stored :
             { 100, 300, 500, 700, 900, 1100, 1300, 1500, 1700, 2000, 2400, 2800 }) {
            const bool wasKilled
                = importAndKill([&](const Counts &c) { return c.articles >= 7 + stored; });
            killed += wasKilled ? 1 : 0;
            verifyLibrary(floor);
            if (QTest::currentTestFailed())
                return;
            floor = counts().articles;
        }
        qInfo("%d of 12 imports were killed while storing", killed);
        QVERIFY2(killed >= 8,
                 qPrintable(QStringLiteral("only %1 imports were killed mid-way").arg(killed)));
    }

    void killedWhileIndexing()
    {
        int killed = 0;
        for (const int polls : { 2, 6, 12, 20, 30, 45, 70, 100 }) {
            // Everything is stored; the kill lands in the indexing pass, at a later moment
            // each round (polls of 5 ms after the pass is seen running).
            int seen = 0;
            killed += importAndKill([&](const Counts &c) {
                return c.articles == m_total + 7 && c.indexed < m_total + 7 && ++seen > polls;
            })
                ? 1
                : 0;
            verifyLibrary(m_total + 7);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d of 8 imports were killed while indexing", killed);
        QVERIFY(killed >= 4);
    }

    // A process adding highlights with notes, each in its own transaction, killed mid-way:
    // every highlight it reported as written is there with its note.
    void killedWhileWritingHighlights()
    {
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(),
                     { QStringLiteral("--write-highlights"), m_library });
        QVERIFY(writer.waitForStarted());
        QStringList written;
        QElapsedTimer clock;
        clock.start();
        while (written.size() < 150 && clock.elapsed() < 30000
               && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(50);
            while (writer.canReadLine())
                written << QString::fromLatin1(writer.readLine()).trimmed();
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished();
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        while (writer.canReadLine())
            written << QString::fromLatin1(writer.readLine()).trimmed();
        QVERIFY2(written.size() >= 150, qPrintable(QString::number(written.size())));
        qInfo("killed after %lld highlights were written", static_cast<long long>(written.size()));

        Database::OpenResult opened = Database::open(m_library);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QSqlQuery q(opened.database->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        for (const QString &id : std::as_const(written)) {
            QVERIFY(q.exec(
                QStringLiteral("SELECT note FROM highlights WHERE id = %1").arg(id.toLongLong())));
            QVERIFY2(q.next(), qPrintable(id));
            QCOMPARE(q.value(0).toString(), QStringLiteral("笔记 %1").arg(id));
        }
        // The search index of notes agrees with the table.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO highlights_fts(highlights_fts) VALUES ('integrity-check')")));
        // Clean up for the checks that follow: only the first three highlights stay. (A kill
        // between a highlight's insert and its note leaves one with no note yet: it goes too.)
        QVERIFY(q.exec(QStringLiteral("DELETE FROM highlights WHERE id NOT IN "
                                      "(SELECT id FROM highlights ORDER BY id LIMIT 3)")));
    }

    void nextImportCompletesTheLibrary()
    {
        QProcess process;
        process.start(
            QStringLiteral(GLOSS_EXECUTABLE),
            { QStringLiteral("import"), m_posts, QStringLiteral("--library"), m_library });
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(u", failed 0, "), qPrintable(out));
        const Counts c = counts();
        QCOMPARE(c.articles, m_total + 7);
        QCOMPARE(c.indexed, m_total + 7);
        verifyLibrary(m_total + 7);
    }
};

// The child that writes highlights until it is killed: one per transaction, each id printed
// once its transaction has committed.
int writeHighlights(const QString &library)
{
    Database::OpenResult opened = Database::open(library);
    if (!opened.database)
        return 1;
    HighlightRepository highlights(*opened.database);
    for (int i = 0;; ++i) {
        Highlight h;
        h.articleId = 1 + i % 7;
        h.color = QStringLiteral("yellow");
        h.selector.exact = QStringLiteral("words %1").arg(i);
        h.selector.start = 0;
        h.selector.end = int(h.selector.exact.size());
        QString error;
        const qint64 id = highlights.add(h, &error);
        if (id <= 0 || !highlights.setNote(id, QStringLiteral("笔记 %1").arg(id), &error))
            return 1;
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--write-highlights") == 0) {
        QCoreApplication app(argc, argv);
        return writeHighlights(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crashsafety.moc"
