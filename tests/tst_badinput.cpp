// Bad input where a person can reach it, through the command line as they would run it: huge
// and broken posts, a truncated library, a library they may not write, a full disk, an export
// folder that cannot be written. Each case: a message naming the file, a non-zero exit when
// the command could not do its job, and nothing already stored lost or changed.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace gloss::test;

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs gloss through a shell line (for ulimit and setpriv); GLOSS stands for the program.
    // Runs gloss through a shell line (for ulimit and setpriv); GLOSS stands for the program.
    static Run shell(QString line)
    {
        line.replace(QStringLiteral("GLOSS"), QStringLiteral("'" GLOSS_EXECUTABLE "'"));
        return run(QStringLiteral("bash"), { QStringLiteral("-c"), line });
    }

    static QByteArray digest(const QString &path)
    {
        return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
    }

    QString library(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Run made = shell(QStringLiteral("GLOSS import '%1' --library '%2'")
                                   .arg(fixture(QStringLiteral("library")), path));
        return made.exitCode == 0 ? path : QString();
    }

private Q_SLOTS:
    // A 50 MB HTML body, a 20 MB Markdown one and broken posts beside good ones: the good ones
    // and the big ones are imported whole, a post with a few stray bytes is imported with a warning
    // that says where they were, each broken one is named with its reason, and the import carries
    // on.
    void hugeAndBrokenPosts()
    {
        const QString posts = m_dir.filePath(QStringLiteral("posts"));
        QByteArray huge = "---\ntitle: Fifty megabytes\n---\n\n<div>";
        const QByteArray paragraph
            = "<p>一段很长的文字，A paragraph repeated to make a big body.</p>\n";
        while (huge.size() < 50 * 1024 * 1024)
            huge += paragraph;
        huge += "<p>The last words.</p></div>\n";
        QVERIFY(writeFile(posts + QStringLiteral("/huge.md"), huge));
        QByteArray markdown = "---\ntitle: Twenty megabytes\n---\n";
        while (markdown.size() < 20 * 1024 * 1024)
            markdown += "一段很长的文字，*a paragraph* repeated to make a big body.\n\n";
        markdown += "The last *Markdown* words.\n";
        QVERIFY(writeFile(posts + QStringLiteral("/huge-markdown.md"), markdown));
        QVERIFY(writeFile(posts + QStringLiteral("/empty.md"), QByteArray()));
        QVERIFY(writeFile(posts + QStringLiteral("/nul.md"),
                          QByteArray("---\ntitle: x\n---\n\0\0\0", 20)));
        QVERIFY(writeFile(posts + QStringLiteral("/bad-utf8.md"),
                          "\xef\xbb\xbf---\ntitle: x\n---\n\xc3\x28 body after a BOM"));
        QVERIFY(writeFile(posts + QStringLiteral("/archive.md"),
                          QByteArray("\x1F\x8B\x08\0\0\0\0\0\0\x03", 10) + qCompress(huge)));
        QVERIFY(writeFile(posts + QStringLiteral("/no-front-matter.md"), "just text\n"));
        QVERIFY(writeFile(posts + QStringLiteral("/good.md"), "---\ntitle: Good\n---\nfine\n"));
        const QString lib = m_dir.filePath(QStringLiteral("huge.gloss"));
        const Run run = shell(QStringLiteral("GLOSS import '%1' --library '%2'").arg(posts, lib));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"imported 5, updated 0, unchanged 0, failed 3"),
                 qPrintable(run.out));
        for (const char *name : { "empty.md", "archive.md", "no-front-matter.md" })
            QVERIFY2(run.err.contains(posts + u'/' + QLatin1String(name) + u':'),
                     qPrintable(run.err));
        QVERIFY2(
            run.err.contains(posts + QStringLiteral("/archive.md: binary file (a gzip archive)")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(posts
                                  + QStringLiteral("/nul.md: warning: 3 NUL bytes dropped at "
                                                   "byte offsets 17, 18, 19\n")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(posts
                                  + QStringLiteral("/bad-utf8.md: warning: 1 byte that is not "
                                                   "UTF-8 replaced at byte offset 20\n")),
                 qPrintable(run.err));
        const Run show = shell(QStringLiteral("GLOSS search 'last words' --library '%1'").arg(lib));
        QVERIFY2(show.out.contains(u"Fifty megabytes"), qPrintable(show.out + show.err));
        QVERIFY2(show.out.contains(u"Twenty megabytes"), qPrintable(show.out + show.err));

        // What was stored: the HTML byte for byte, the text to its last line, both as TEXT.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(lib.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *select = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    "SELECT h.html, a.text, typeof(h.html), typeof(a.text), a.id"
                                    " FROM articles a JOIN article_html h"
                                    " ON h.article_id = a.id WHERE a.title = ?",
                                    -1, &select, nullptr),
                 SQLITE_OK);
        const auto column = [&](int i) {
            return QByteArray(static_cast<const char *>(sqlite3_column_blob(select, i)),
                              sqlite3_column_bytes(select, i));
        };
        const auto stored = [&](const char *title) {
            sqlite3_reset(select);
            sqlite3_bind_text(select, 1, title, -1, SQLITE_STATIC);
            return sqlite3_step(select) == SQLITE_ROW;
        };
        QVERIFY(stored("Fifty megabytes"));
        QCOMPARE(column(0), huge.sliced(huge.indexOf("---\n\n") + 4));
        QByteArray text = column(1);
        QCOMPARE(text.count('\n'), huge.count("<p>") - 1);
        QVERIFY(text.endsWith("\nThe last words."));
        QCOMPARE(column(2), QByteArray("blob")); // written in pieces, as below
        QCOMPARE(column(3), QByteArray("text"));
        QVERIFY(stored("Twenty megabytes"));
        QVERIFY(column(0).endsWith("<p>The last <em>Markdown</em> words.</p>\n"));
        text = column(1);
        QCOMPARE(text.count('\n'), markdown.count("\n\n"));
        QVERIFY(text.endsWith("\nThe last Markdown words."));
        // A large post's HTML (this one rendered into a file first) is written in pieces, which
        // SQLite can do only into a blob; what reads it takes the bytes as UTF-8 all the same.
        QCOMPARE(column(2), QByteArray("blob"));
        QCOMPARE(column(3), QByteArray("text"));
        const qint64 twenty = sqlite3_column_int64(select, 4);
        const Run html
            = shell(QStringLiteral("GLOSS show %1 --html --library '%2'").arg(twenty).arg(lib));
        QVERIFY2(html.out.contains(u"\n\n<p>一段很长的文字，<em>a paragraph</em>"),
                 qPrintable(html.err));
        QVERIFY(html.out.endsWith(u"<p>The last <em>Markdown</em> words.</p>\n\n"));
        sqlite3_finalize(select);
        sqlite3_close(db);
    }

    // Half a library file: refused with its name, and left as it was.
    void truncatedLibrary()
    {
        const QString lib = library(QStringLiteral("truncated.gloss"));
        QVERIFY(!lib.isEmpty());
        QFile file(lib);
        QVERIFY(file.resize(file.size() / 2));
        const QByteArray before = digest(lib);
        for (const QString &command :
             { QStringLiteral("list"),
               QStringLiteral("import '%1'").arg(fixture(QStringLiteral("library"))) }) {
            const Run run = shell(QStringLiteral("GLOSS %1 --library '%2'").arg(command, lib));
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(lib), qPrintable(run.err));
            QCOMPARE(digest(lib), before);
        }
    }

    // A library in a folder its user may not write (run as nobody: root may write anywhere).
    void readOnlyLibraryAndFolder()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty() || geteuid() != 0)
            QSKIP("needs root and setpriv to run gloss as a user without write access");
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const Run made = shell(QStringLiteral("GLOSS import '%1' --library '%2/lib.gloss'")
                                   .arg(fixture(QStringLiteral("library")), folder));
        QCOMPARE(made.exitCode, 0);
        const QString lib = folder + QStringLiteral("/lib.gloss");
        QVERIFY(QFile::setPermissions(lib, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(m_dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ExeOther | QFile::ExeGroup));
        const QByteArray before = digest(lib);
        const QString nobody = QStringLiteral("setpriv --reuid=65534 --regid=65534 --clear-groups "
                                              "env HOME=/tmp XDG_CONFIG_HOME=/tmp/gloss-nobody ");
        const Run import = shell(nobody
                                 + QStringLiteral("GLOSS import '%1' --library '%2'")
                                       .arg(fixture(QStringLiteral("posts")), lib));
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(lib + QStringLiteral(" cannot be written")),
                 qPrintable(import.err));
        // Reading it is refused the same way, and says so.
        const Run list = shell(nobody + QStringLiteral("GLOSS list --library '%1'").arg(lib));
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.contains(u"read-only"), qPrintable(list.err));
        QCOMPARE(digest(lib), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { QStringLiteral("lib.gloss") });
    }

    // The disk fills up (a file size limit) in the middle of an import: the import says where
    // it could not write, and the library keeps what it had; without the limit it completes.
    void fullDisk()
    {
        const QString lib = library(QStringLiteral("full.gloss"));
        QVERIFY(!lib.isEmpty());
        const Run full = shell(
            QStringLiteral("trap '' XFSZ; ulimit -f 1024; exec GLOSS import '%1' --library '%2'")
                .arg(corpusDir(), lib));
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(QStringLiteral("cannot write to %1").arg(lib)),
                 qPrintable(full.err));
        const Run check = shell(QStringLiteral("GLOSS list --library '%1'").arg(lib));
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.count(u'\n') >= 7);
        const Run again
            = shell(QStringLiteral("GLOSS import '%1' --library '%2'").arg(corpusDir(), lib));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"failed 0") || again.out.contains(u"imported"),
                 qPrintable(again.out));
    }

    // An export folder where no folder can be made: the path is named, nothing is written.
    void unwritableExportFolder()
    {
        const QString lib = library(QStringLiteral("export.gloss"));
        QVERIFY(!lib.isEmpty());
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeFile(blocker, "x"));
        const Run run = shell(
            QStringLiteral("GLOSS export --all --out '%1/notes' --library '%2'").arg(blocker, lib));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(blocker + QStringLiteral("/notes")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
