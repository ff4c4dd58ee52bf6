#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/librarybackup.h"
#include "library/librarylock.h"
#include "library/settingsrepository.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace gloss;
using namespace gloss::test;

// Runs the real `gloss` executable, as a person would from a shell.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Run gloss(const QStringList &arguments,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcessEnvironment clean = env;
        clean.remove(QStringLiteral("GLOSS_LIBRARY"));
        if (env.contains(QStringLiteral("GLOSS_LIBRARY")))
            clean.insert(QStringLiteral("GLOSS_LIBRARY"),
                         env.value(QStringLiteral("GLOSS_LIBRARY")));
        return run(QStringLiteral(GLOSS_EXECUTABLE), arguments, clean, 60000);
    }

    QString library() const { return m_dir.filePath(QStringLiteral("cli.gloss")); }

private Q_SLOTS:
    void help()
    {
        const Run run = gloss({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"import FOLDER"));
        QVERIFY(run.out.contains(u"--library FILE"));
        const Run version = gloss({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"gloss 0."));
    }

    void helpOnEverySubcommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("import") << QStringLiteral("import");
        QTest::newRow("list") << QStringLiteral("list");
        QTest::newRow("show") << QStringLiteral("show");
        QTest::newRow("highlights") << QStringLiteral("highlights");
        QTest::newRow("export") << QStringLiteral("export");
    }
    void helpOnEverySubcommand()
    {
        QFETCH(QString, command);
        const Run run = gloss({ command, QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"--library <FILE>"), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("gloss ") + command));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") }
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("import without folder")
            << QStringList { QStringLiteral("import") } << QStringLiteral("give one folder");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("list"), QStringLiteral("--bogus") }
            << QStringLiteral("bogus");
        QTest::newRow("show without id")
            << QStringList { QStringLiteral("show") } << QStringLiteral("give one article id");
        QTest::newRow("show with a word")
            << QStringList { QStringLiteral("show"), QStringLiteral("abc") }
            << QStringLiteral("give one article id");
        QTest::newRow("bad sort") << QStringList { QStringLiteral("list"), QStringLiteral("--sort"),
                                                   QStringLiteral("size") }
                                  << QStringLiteral("unknown --sort 'size'");
        QTest::newRow("bad colour")
            << QStringList { QStringLiteral("highlights"), QStringLiteral("--color"),
                             QStringLiteral("red") }
            << QStringLiteral("unknown colour 'red'");
        QTest::newRow("export without --out")
            << QStringList { QStringLiteral("export"), QStringLiteral("--all") }
            << QStringLiteral("give --out DIR");
        QTest::newRow("export with two scopes")
            << QStringList { QStringLiteral("export"),    QStringLiteral("--out"),
                             QStringLiteral("/tmp/x"),    QStringLiteral("--all"),
                             QStringLiteral("--article"), QStringLiteral("1") }
            << QStringLiteral("at most one of");
        QTest::newRow("annotations without an action")
            << QStringList { QStringLiteral("annotations") }
            << QStringLiteral("say export or import");
        QTest::newRow("annotations export without a file")
            << QStringList { QStringLiteral("annotations"), QStringLiteral("export") }
            << QStringLiteral("give one FILE");
        QTest::newRow("annotations import of two files")
            << QStringList { QStringLiteral("annotations"), QStringLiteral("import"),
                             QStringLiteral("a"), QStringLiteral("b") }
            << QStringLiteral("give one FILE");
        QTest::newRow("bad limit")
            << QStringList { QStringLiteral("list"), QStringLiteral("--limit"),
                             QStringLiteral("many") }
            << QStringLiteral("--limit needs a number");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = gloss(arguments + QStringList { QStringLiteral("--library"), library() });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void importReportsAndIsIdempotent()
    {
        const QString lib = m_dir.filePath(QStringLiteral("posts.gloss"));
        const Run run = gloss({ QStringLiteral("import"), fixture(QStringLiteral("posts")),
                                QStringLiteral("--library"), lib });
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression summary(
            QStringLiteral("^imported 10, updated 0, unchanged 0, failed 6, in \\d+\\.\\d\\d s "
                           "\\(\\d+ articles/s\\)\n$"));
        QVERIFY2(summary.match(run.out).hasMatch(), qPrintable(run.out));
        QVERIFY2(run.err.contains(fixture(QStringLiteral("posts/binary.md"))
                                  + QStringLiteral(": binary file")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(fixture(QStringLiteral("posts/broken-yaml.md"))
                                 + QStringLiteral(": broken front matter at line")));
        QVERIFY(run.err.contains(
            fixture(QStringLiteral("posts/invalid-date.md"))
            + QStringLiteral(": warning: date 'Invalid Date' is not a date Gloss understands")));

        const Run again = gloss({ QStringLiteral("import"), fixture(QStringLiteral("posts")),
                                  QStringLiteral("--library"), lib });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith(u"imported 0, updated 0, unchanged 10, failed 6, in "),
                 qPrintable(again.out));
    }

    // Stray bytes are a warning on stderr that names the file and the offsets; a binary
    // file is a failure that names what it is.
    void importWarnsAboutStrayBytes()
    {
        const QString posts = m_dir.filePath(QStringLiteral("stray"));
        const QByteArray seed = readFile(seedPath());
        const StrayBytes nul = insertStrayBytes(seed, { { 2000, QByteArray(1, '\0') } });
        const StrayBytes bad = insertStrayBytes(seed, { { 1000, "\xFF\x80" }, { 9000, "\xC3" } });
        QVERIFY(writeFile(posts + QStringLiteral("/nul.md"), nul.bytes));
        QVERIFY(writeFile(posts + QStringLiteral("/bad.md"), bad.bytes));
        QVERIFY(writeFile(posts + QStringLiteral("/picture.md"),
                          QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16) + seed));
        const QString root = QFileInfo(posts).canonicalFilePath();
        const Run run = gloss({ QStringLiteral("import"), posts, QStringLiteral("--library"),
                                m_dir.filePath(QStringLiteral("stray.gloss")) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"imported 2, updated 0, unchanged 0, failed 1, in "),
                 qPrintable(run.out));
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(root
                                + QStringLiteral("/nul.md: warning: 1 NUL byte dropped at byte "
                                                 "offset %1")
                                      .arg(nul.offsets.at(0))),
                 qPrintable(run.err));
        QVERIFY2(lines.contains(root
                                + QStringLiteral("/bad.md: warning: 3 bytes that are not UTF-8 "
                                                 "replaced at byte offsets %1, %2, %3")
                                      .arg(bad.offsets.at(0))
                                      .arg(bad.offsets.at(1))
                                      .arg(bad.offsets.at(2))),
                 qPrintable(run.err));
        QVERIFY2(lines.contains(root + QStringLiteral("/picture.md: binary file (a PNG image)")),
                 qPrintable(run.err));
        QCOMPARE(lines.size(), 3);
    }

    void importCannotRun()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder"));
        const Run run
            = gloss({ QStringLiteral("import"), missing, QStringLiteral("--library"), library() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(missing + QStringLiteral(": no such folder")));
    }

    void listAndShowTheSeed()
    {
        const QString lib = m_dir.filePath(QStringLiteral("seed.gloss"));
        QCOMPARE(gloss({ QStringLiteral("import"), corpusDir() + QStringLiteral("/seed"),
                         QStringLiteral("--library"), lib })
                     .exitCode,
                 0);
        QCOMPARE(gloss({ QStringLiteral("import"), fixture(QStringLiteral("library")),
                         QStringLiteral("--library"), lib })
                     .exitCode,
                 0);

        const Run tree = gloss({ QStringLiteral("list"), QStringLiteral("--categories"),
                                 QStringLiteral("--library"), lib });
        QCOMPARE(tree.exitCode, 0);
        QVERIFY2(tree.out.startsWith(u"All articles (8)\n"), qPrintable(tree.out));
        QVERIFY(
            tree.out.contains(u"\n  新媒体 (2)\n    科技 (1)\n    虎嗅 (1)\n      首页资讯 (1)\n"));
        QVERIFY(tree.out.contains(u"\n  Tech (4)\n    Qt (3)\n      Models (1)\n"));

        const Run list = gloss({ QStringLiteral("list"), QStringLiteral("--category"),
                                 QStringLiteral("新媒体/虎嗅"), QStringLiteral("--library"), lib });
        QCOMPARE(list.exitCode, 0);
        const QStringList rows = list.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1);
        static const QRegularExpression row(
            QStringLiteral("^\\s*(\\d+)  2022-04-11  AI芯片，撑得过明年吗？  \\(虎嗅\\)$"));
        const QRegularExpressionMatch match = row.match(rows.first());
        QVERIFY2(match.hasMatch(), qPrintable(rows.first()));

        const Run show = gloss(
            { QStringLiteral("show"), match.captured(1), QStringLiteral("--library"), lib });
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(u"Title:      AI芯片，撑得过明年吗？\n"));
        QVERIFY(show.out.contains(u"Author:     虎嗅\n"));
        QVERIFY(show.out.contains(u"Date:       2022-04-11T08:56:00Z\n"));
        QVERIFY(show.out.contains(u"Categories: 新媒体 > 虎嗅 > 首页资讯\n"));
        QVERIFY(show.out.contains(u"Header:     https://picsum.photos/400/300?random=3369\n"));
        QVERIFY(show.out.contains(u"\n\n本文来自微信公众号：技术大院（ID：frankwsh），作者：技术大"
                                  u"院，头图来自：视觉中国\n往日的热闹逝去已久"));

        const Run sorted = gloss({ QStringLiteral("list"), QStringLiteral("--sort"),
                                   QStringLiteral("title"), QStringLiteral("--limit"),
                                   QStringLiteral("2"), QStringLiteral("--library"), lib });
        QCOMPARE(sorted.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
        QVERIFY(sorted.out.contains(u"AI芯片"));

        const Run none = gloss({ QStringLiteral("list"), QStringLiteral("--category"),
                                 QStringLiteral("Nope"), QStringLiteral("--library"), lib });
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(u"no category 'Nope'"));
        const Run missing = gloss(
            { QStringLiteral("show"), QStringLiteral("99999"), QStringLiteral("--library"), lib });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"no article 99999"));
    }

    // The posts' tags: every tag with its article count, and the articles of one or several.
    void listsTags()
    {
        const QString lib = m_dir.filePath(QStringLiteral("posttags.gloss"));
        QCOMPARE(gloss({ QStringLiteral("import"),
                         corpusDir() + QStringLiteral("/hexo-site/source/_posts"),
                         QStringLiteral("--library"), lib })
                     .exitCode,
                 0);
        const Run tags = gloss(
            { QStringLiteral("list"), QStringLiteral("--tags"), QStringLiteral("--library"), lib });
        QCOMPARE(tags.exitCode, 0);
        const QStringList lines = tags.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(u"basis (4)"), qPrintable(tags.out));
        QVERIFY(lines.contains(u"Django (2)"));
        QVERIFY(lines.contains(u"正态分布 (1)"));
        QVERIFY(lines.indexOf(u"basis (4)") < lines.indexOf(u"Django (2)")); // by name, any case
        QList<qint64> mathAndBasis;
        {
            Database::OpenResult opened = Database::open(lib);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT tag_id) FROM article_tags")));
            QVERIFY(q.next());
            QCOMPARE(lines.size(), q.value(0).toInt());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id"
                " WHERE t.name_key = 'basis' INTERSECT SELECT at.article_id FROM article_tags at"
                " JOIN tags t ON t.id = at.tag_id WHERE t.name_key = 'math'")));
            while (q.next())
                mathAndBasis << q.value(0).toLongLong();
        }
        QVERIFY(!mathAndBasis.isEmpty());

        const auto ids = [](const Run &run) {
            QList<qint64> list;
            for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts))
                list << line.trimmed().section(u' ', 0, 0).toLongLong();
            std::sort(list.begin(), list.end());
            return list;
        };
        const Run basis = gloss({ QStringLiteral("list"), QStringLiteral("--tag"),
                                  QStringLiteral("BASIS"), QStringLiteral("--library"), lib });
        QCOMPARE(basis.exitCode, 0);
        QCOMPARE(ids(basis).size(), 4);
        const Run both = gloss({ QStringLiteral("list"), QStringLiteral("--tag"),
                                 QStringLiteral("basis"), QStringLiteral("--tag"),
                                 QStringLiteral("Math"), QStringLiteral("--library"), lib });
        QCOMPARE(both.exitCode, 0);
        QCOMPARE(ids(both), mathAndBasis);
        const Run none = gloss({ QStringLiteral("list"), QStringLiteral("--tag"),
                                 QStringLiteral("basis"), QStringLiteral("--tag"),
                                 QStringLiteral("no-such-tag"), QStringLiteral("--library"), lib });
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QString());
    }

    void listMarksMissingFiles()
    {
        const QString lib = m_dir.filePath(QStringLiteral("missing.gloss"));
        const QString posts = m_dir.filePath(QStringLiteral("missing-posts"));
        copyTree(fixture(QStringLiteral("library")), posts);
        QCOMPARE(
            gloss({ QStringLiteral("import"), posts, QStringLiteral("--library"), lib }).exitCode,
            0);
        QVERIFY(QFile::remove(posts + QStringLiteral("/root.md")));
        const Run again
            = gloss({ QStringLiteral("import"), posts, QStringLiteral("--library"), lib });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"; 1 missing"), qPrintable(again.out));

        const Run all = gloss({ QStringLiteral("list"), QStringLiteral("--library"), lib });
        QCOMPARE(all.exitCode, 0);
        const QStringList rows = all.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.filter(QStringLiteral("  [file missing]")).size(), 1);

        const Run missing = gloss({ QStringLiteral("list"), QStringLiteral("--missing"),
                                    QStringLiteral("--library"), lib });
        QCOMPARE(missing.exitCode, 0);
        const QStringList missingRows = missing.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(missingRows.size(), 1);
        QVERIFY2(missingRows.first().endsWith(u"  [file missing]"), qPrintable(missing.out));
        QCOMPARE(missingRows.first(), rows.filter(QStringLiteral("[file missing]")).first());
    }

    void listsHighlights()
    {
        const QString lib = m_dir.filePath(QStringLiteral("highlights.gloss"));
        QCOMPARE(gloss({ QStringLiteral("import"), fixture(QStringLiteral("library")),
                         QStringLiteral("--library"), lib })
                     .exitCode,
                 0);
        {
            Database::OpenResult opened = Database::open(lib);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO highlights(article_id, color, exact, note, "
                               "start_offset, end_offset, created_at, updated_at)"
                               " VALUES (1, 'yellow', 'Signals connect', '记住这句', 0, 15, 0, 0),"
                               " (2, 'blue', 'A model', '', 0, 7, 0, 0)")));
        }
        const Run all = gloss({ QStringLiteral("highlights"), QStringLiteral("--library"), lib });
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out,
                 QStringLiteral("#1  article 1  yellow  ok\n  > Signals connect\n  记住这句\n"
                                "#2  article 2  blue  ok\n  > A model\n"));
        const Run blue = gloss({ QStringLiteral("highlights"), QStringLiteral("--color"),
                                 QStringLiteral("blue"), QStringLiteral("--library"), lib });
        QCOMPARE(blue.out, QStringLiteral("#2  article 2  blue  ok\n  > A model\n"));
        const Run first = gloss({ QStringLiteral("highlights"), QStringLiteral("--article"),
                                  QStringLiteral("1"), QStringLiteral("--library"), lib });
        QVERIFY(first.out.startsWith(u"#1  article 1"));
        QVERIFY(!first.out.contains(u"#2"));
    }

    // Tags on highlights: listed, filtered (all of them), searched.
    void highlightTags()
    {
        const QString lib = m_dir.filePath(QStringLiteral("tags.gloss"));
        QCOMPARE(gloss({ QStringLiteral("import"), fixture(QStringLiteral("library")),
                         QStringLiteral("--library"), lib })
                     .exitCode,
                 0);
        {
            Database::OpenResult opened = Database::open(lib);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO highlights(article_id, color, exact, note, "
                               "start_offset, end_offset, created_at, updated_at)"
                               " SELECT id, 'green', '资本冷却之后', '', 0, 6, 0, 0 FROM articles"
                               " WHERE title = '芯片与资本'")));
            const qint64 id = q.lastInsertId().toLongLong();
            QString error;
            QVERIFY(HighlightRepository(*opened.database)
                        .setNote(id, QStringLiteral("冷却 #问题"), &error));
            QVERIFY(HighlightRepository(*opened.database)
                        .addTag(id, QStringLiteral("reading"), &error));
        }
        const Run tagged = gloss({ QStringLiteral("highlights"), QStringLiteral("--tag"),
                                   QStringLiteral("READING"), QStringLiteral("--library"), lib });
        QCOMPARE(tagged.exitCode, 0);
        QCOMPARE(tagged.out,
                 QStringLiteral("#1  article 1  green  ok  tags: reading, 问题\n  > 资本冷却之后\n"
                                "  冷却 #问题\n"));
        const Run both = gloss({ QStringLiteral("highlights"), QStringLiteral("--tag"),
                                 QStringLiteral("reading"), QStringLiteral("--tag"),
                                 QStringLiteral("问题"), QStringLiteral("--library"), lib });
        QCOMPARE(both.out, tagged.out);
        const Run none = gloss({ QStringLiteral("highlights"), QStringLiteral("--tag"),
                                 QStringLiteral("reading"), QStringLiteral("--tag"),
                                 QStringLiteral("other"), QStringLiteral("--library"), lib });
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QString());

        const Run search = gloss({ QStringLiteral("search"), QStringLiteral("tag:问题 芯片"),
                                   QStringLiteral("--library"), lib });
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(search.out.startsWith(u"      1  芯片与资本\n"), qPrintable(search.out));
        const Run missing = gloss({ QStringLiteral("search"), QStringLiteral("tag:问题 signals"),
                                    QStringLiteral("--library"), lib });
        QCOMPARE(missing.out, QString());

        // The colours' names are the library's: gloss export tags with them as the window does.
        {
            Database::OpenResult opened = Database::open(lib);
            QString error;
            QVERIFY2(SettingsRepository(*opened.database)
                         .setColorNames({ { QStringLiteral("green"), QStringLiteral("to check") } },
                                        &error),
                     qPrintable(error));
        }
        const QString out = m_dir.filePath(QStringLiteral("named-colours"));
        const Run exported = gloss({ QStringLiteral("export"), QStringLiteral("--out"), out,
                                     QStringLiteral("--library"), lib });
        QCOMPARE(exported.exitCode, 0);
        QDirIterator files(out, { QStringLiteral("*.md") }, QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY(files.hasNext());
        const QString markdown = QString::fromUtf8(readFile(files.next()));
        QVERIFY2(markdown.contains(u"> #gloss/green #gloss/to-check #reading #问题 ["),
                 qPrintable(markdown));
    }

    // The tagged library's annotations out to a file, into a library made afresh from the same
    // posts, twice.
    void annotationsExportAndImport()
    {
        const QString lib = m_dir.filePath(QStringLiteral("tags.gloss"));
        const Run tagged
            = gloss({ QStringLiteral("highlights"), QStringLiteral("--library"), lib });
        QVERIFY(tagged.out.contains(u"tags: reading, 问题"));

        const QString file = m_dir.filePath(QStringLiteral("notes.jsonld"));
        const Run exported = gloss({ QStringLiteral("annotations"), QStringLiteral("export"), file,
                                     QStringLiteral("--library"), lib });
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out,
                 QStringLiteral("exported 1 highlight(s), 0 article note(s) to %1\n").arg(file));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.gloss"));
        QCOMPARE(gloss({ QStringLiteral("import"), fixture(QStringLiteral("library")),
                         QStringLiteral("--library"), fresh })
                     .exitCode,
                 0);
        // It writes as an import does: not while another writer holds the library...
        {
            LibraryLock lock(fresh);
            QVERIFY(lock.tryLock());
            const Run busy = gloss({ QStringLiteral("annotations"), QStringLiteral("import"), file,
                                     QStringLiteral("--library"), fresh });
            QCOMPARE(busy.exitCode, 1);
            QVERIFY2(busy.err.contains(fresh) && busy.err.contains(u"is in use by process"),
                     qPrintable(busy.err));
            QVERIFY(LibraryBackup::list(fresh).isEmpty());
        }
        const Run imported = gloss({ QStringLiteral("annotations"), QStringLiteral("import"), file,
                                     QStringLiteral("--library"), fresh });
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out,
                 QStringLiteral("added 1, updated 0, unchanged 0, moved 0, orphaned 0, "
                                "skipped 0\n"));
        // ...and after the day's backup of the library as it was.
        const QStringList backups = LibraryBackup::list(fresh);
        QCOMPARE(backups.size(), 1);
        sqlite3 *backup = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(backups.constFirst()).constData(), &backup,
                                 SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *count = nullptr;
        QCOMPARE(sqlite3_prepare_v2(backup, "SELECT count(*) FROM highlights", -1, &count, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(count), SQLITE_ROW);
        const int highlightsBefore = sqlite3_column_int(count, 0);
        sqlite3_finalize(count);
        sqlite3_close(backup);
        QCOMPARE(highlightsBefore, 0);
        const Run again = gloss({ QStringLiteral("annotations"), QStringLiteral("import"), file,
                                  QStringLiteral("--library"), fresh });
        QCOMPARE(again.out,
                 QStringLiteral("added 0, updated 0, unchanged 1, moved 0, orphaned 0, "
                                "skipped 0\n"));
        QCOMPARE(gloss({ QStringLiteral("highlights"), QStringLiteral("--library"), fresh }).out,
                 tagged.out);

        // A file that is not one: exit 1, the file named, nothing imported.
        const QString bad = m_dir.filePath(QStringLiteral("bad.jsonld"));
        QVERIFY(writeFile(bad,
                          "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", "
                          "\"type\": \"Annotation\", \"id\": \"urn:uuid:nope\"}"));
        const Run refused = gloss({ QStringLiteral("annotations"), QStringLiteral("import"), bad,
                                    QStringLiteral("--library"), fresh });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith(QStringLiteral("gloss annotations import: ") + bad),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"not a urn:uuid"));
        QCOMPARE(gloss({ QStringLiteral("highlights"), QStringLiteral("--library"), fresh }).out,
                 tagged.out);
        QVERIFY(gloss({ QStringLiteral("--help") }).out.contains(u"annotations import FILE"));
        const Run help = gloss(
            { QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"--category <PATH>"), qPrintable(help.out));
    }

    void refusesNewerLibrary()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.gloss"));
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        const QByteArray sql
            = "PRAGMA application_id = " + QByteArray::number(Database::applicationId)
            + "; PRAGMA user_version = 99; CREATE TABLE t(x);";
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        const QByteArray before = readFile(path);
        const Run run = gloss({ QStringLiteral("import"), fixture(QStringLiteral("library")),
                                QStringLiteral("--library"), path });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"newer Gloss"), qPrintable(run.err));
        QCOMPARE(readFile(path), before);
    }

    // A library whose tables are gone: the commands that read it fail and say why, naming it.
    void reportsAnUnreadableLibrary_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list") << QStringList { QStringLiteral("list") };
        QTest::newRow("categories")
            << QStringList { QStringLiteral("list"), QStringLiteral("--categories") };
        QTest::newRow("show") << QStringList { QStringLiteral("show"), QStringLiteral("1") };
        QTest::newRow("highlights") << QStringList { QStringLiteral("highlights") };
    }
    void reportsAnUnreadableLibrary()
    {
        QFETCH(QStringList, arguments);
        const QString path = m_dir.filePath(QStringLiteral("unreadable.gloss"));
        if (!QFileInfo::exists(path)) {
            QCOMPARE(gloss({ QStringLiteral("import"), fixture(QStringLiteral("library")),
                             QStringLiteral("--library"), path })
                         .exitCode,
                     0);
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db,
                                  "DROP TABLE highlights; DROP TABLE article_categories;"
                                  " DROP TABLE articles;",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        const Run run = gloss(arguments + QStringList { QStringLiteral("--library"), path });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path) && run.err.contains(u"no such table"), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    // Under a Chinese locale the command line speaks Chinese; its record formats stay as they are.
    void chineseMessages()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("zh-config")));
        const Run bad = gloss({ QStringLiteral("list"), QStringLiteral("--sort"),
                                QStringLiteral("bogus"), QStringLiteral("--library"), library() },
                              env);
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err,
                 QStringLiteral("gloss list: 未知的 --sort“bogus”（可用 newest、oldest 或 title）\n"
                                "运行“gloss list --help”查看用法。\n"));
        const Run help = gloss({ QStringLiteral("--help") }, env);
        QVERIFY2(help.out.startsWith(u"用法：gloss"), qPrintable(help.out));
        const Run version = gloss({ QStringLiteral("--version") }, env);
        QVERIFY(version.out.startsWith(u"gloss 0."));
    }

    void defaultLibraryLocations()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.remove(QStringLiteral("GLOSS_LIBRARY"));
        QCOMPARE(
            gloss({ QStringLiteral("import"), fixture(QStringLiteral("library")) }, env).exitCode,
            0);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("xdg/gloss/library.gloss"))));

        env.insert(QStringLiteral("GLOSS_LIBRARY"),
                   m_dir.filePath(QStringLiteral("from-env.gloss")));
        QCOMPARE(
            gloss({ QStringLiteral("import"), fixture(QStringLiteral("library")) }, env).exitCode,
            0);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("from-env.gloss"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
