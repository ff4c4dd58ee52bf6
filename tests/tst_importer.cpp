#include "article/articleparser.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

class TestImporter : public QObject
{
    Q_OBJECT

    static int searchCount(const Database &db, const QString &match)
    {
        QSqlQuery query(db.connection());
        query.prepare(
            QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"));
        query.addBindValue(match);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void importsCorpusIdempotently()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        const int files = copyTree(corpusDir() + QStringLiteral("/hexo-html"), posts)
            + copyTree(corpusDir() + QStringLiteral("/seed"), posts + QStringLiteral("/seed"));
        QCOMPARE(files, 16);

        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        QVERIFY(opened.database);
        const Database &db = *opened.database;

        QList<ImportProgress> progress;
        Importer first(db);
        first.setProgressHandler([&](const ImportProgress &p) { progress << p; });
        const ImportReport report = first.run(posts);
        QVERIFY2(report.ran(), qPrintable(report.fatalError));
        QCOMPARE(report.found, 16);
        QCOMPARE(report.imported, 16);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.unchanged, 0);
        QCOMPARE(report.failed(), 0);
        QVERIFY(report.indexComplete);
        QCOMPARE(report.warnings.size(), 1); // gameres: date 'Invalid Date'
        QVERIFY(report.warnings.first().path.endsWith(u"gameres-iles-abridged.md"));
        QVERIFY(report.summary().startsWith(u"imported 16, updated 0, unchanged 0, failed 0, in "));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().phase, ImportProgress::Phase::Finished);

        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 16);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE indexed = 0")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE text = ''")), 0);
        QCOMPARE(searchCount(db, QStringLiteral("芯片")), 1);
        QCOMPARE(searchCount(db, QStringLiteral("fastcfs")), 2);

        Importer second(db);
        const ImportReport again = second.run(posts);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 16);
        QCOMPARE(again.failed(), 0);
        QVERIFY(again.indexComplete);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 16);
    }

    void updatesChangedFileInPlaceAndKeepsHighlights()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        copyTree(fixture(QStringLiteral("library")), posts);
        const QString file = posts + QStringLiteral("/chinese.md");

        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        QCOMPARE(Importer(db).run(posts).imported, 7);
        const qint64 id = articleIdOf(db, file);
        QVERIFY(id > 0);

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO highlights(article_id, color, exact, note, start_offset,"
                           " end_offset, created_at, updated_at) VALUES (%1, 'yellow', '资本冷却',"
                           " '要记住', 0, 4, 0, 0)")
                .arg(id)));

        QByteArray bytes = readFile(file);
        bytes.replace("资本冷却之后", "市场回暖以前");
        bytes.replace("芯片与资本", "芯片与市场");
        QVERIFY(writeFile(file, bytes));

        const ImportReport report = Importer(db).run(posts);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.unchanged, 6);
        QCOMPARE(articleIdOf(db, file), id);

        const std::optional<ArticleRecord> record = ArticleRepository(db).find(id);
        QVERIFY(record);
        QCOMPARE(record->article.title, QStringLiteral("芯片与市场"));
        QVERIFY(record->article.text.startsWith(u"市场回暖以前"));
        QCOMPARE(
            scalar(db,
                   QStringLiteral(
                       "SELECT count(*) FROM highlights WHERE article_id = %1 AND note = '要记住'")
                       .arg(id)),
            1);
        // The index follows the new text: the old words are gone, the new ones found.
        QCOMPARE(searchCount(db, QStringLiteral("资本冷却")), 0);
        QCOMPARE(searchCount(db, QStringLiteral("回暖")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE indexed = 0")), 0);
    }

    void reimportReanchorsHighlights()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        copyTree(fixture(QStringLiteral("library")), posts);
        const QString file = posts + QStringLiteral("/chinese.md");
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        Importer(db).run(posts);
        const qint64 id = articleIdOf(db, file);
        const QString text = ArticleRepository(db).find(id)->article.text;

        // One highlight on words that stay, one on a sentence that will be deleted.
        HighlightRepository highlights(db);
        QString error;
        auto add = [&](const QString &quote, const QString &note) {
            const int start = int(text.indexOf(quote));
            Highlight h;
            h.articleId = id;
            h.color = QStringLiteral("green");
            h.selector = Anchor::select(text, start, start + int(quote.size()));
            h.note = note;
            return highlights.add(h, &error);
        };
        const qint64 kept = add(QStringLiteral("芯片公司开始重新思考"), QStringLiteral("留意"));
        const qint64 lost = add(QStringLiteral("单字检索也要能找到片"), QStringLiteral("会被删掉"));
        QVERIFY2(kept && lost, qPrintable(error));

        QByteArray bytes = readFile(file);
        bytes.replace("<p>资本冷却之后", "<p>新的第一段。</p><p>资本冷却之后");
        bytes.replace("第二段：单字检索也要能找到片。", "第二段换了内容。");
        QVERIFY(writeFile(file, bytes));
        QCOMPARE(Importer(db).run(posts).updated, 1);

        const Highlight moved = *highlights.find(kept);
        QCOMPARE(moved.state, AnchorState::Moved);
        const QString newText = ArticleRepository(db).find(id)->article.text;
        QCOMPARE(newText.mid(moved.selector.start, moved.selector.end - moved.selector.start),
                 QStringLiteral("芯片公司开始重新思考"));
        QCOMPARE(moved.note, QStringLiteral("留意"));
        const Highlight orphan = *highlights.find(lost);
        QCOMPARE(orphan.state, AnchorState::Orphaned);
        QCOMPARE(orphan.selector.exact, QStringLiteral("单字检索也要能找到片"));
        QCOMPARE(orphan.note, QStringLiteral("会被删掉"));

        // A second import of the same text finds the moved one where it now is.
        QVERIFY(writeFile(file, bytes + "\n"));
        Importer(db).run(posts);
        QCOMPARE(highlights.find(kept)->state, AnchorState::Ok);
        QCOMPARE(highlights.list().size(), 2);
    }

    void touchedButUnchangedFileIsNotUpdated()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        copyTree(fixture(QStringLiteral("library")), posts);
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        QCOMPARE(Importer(db).run(posts).imported, 7);

        const QString file = posts + QStringLiteral("/root.md");
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(1),
                              QFileDevice::FileModificationTime));
        f.close();
        const ImportReport report = Importer(db).run(posts);
        QCOMPARE(report.unchanged, 7);
        QCOMPARE(report.updated, 0);
    }

    void badFilesAreReportedAndTheRestImported()
    {
        QTemporaryDir dir;
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        const ImportReport report = Importer(db).run(fixture(QStringLiteral("posts")));
        QVERIFY(report.ran());
        QCOMPARE(report.found, 16);
        QCOMPARE(report.failed(), 6);
        QCOMPARE(report.imported, 10);
        QStringList failed;
        for (const ImportIssue &issue : report.failures) {
            failed << QFileInfo(issue.path).fileName();
            QVERIFY(!issue.message.isEmpty());
            QVERIFY(QFileInfo(issue.path).isAbsolute());
        }
        failed.sort();
        QCOMPARE(failed,
                 QStringList({ QStringLiteral("binary.md"), QStringLiteral("broken-yaml.md"),
                               QStringLiteral("empty.md"), QStringLiteral("no-front-matter.md"),
                               QStringLiteral("not-a-map.md"),
                               QStringLiteral("unclosed-front-matter.md") }));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM articles WHERE date_raw = 'Invalid "
                                       "Date' AND published_at IS NULL")),
                 1);
    }

    // A real post with a few stray bytes is imported with them dropped or replaced and a
    // warning naming the file and the offsets; binary files are still refused by name.
    void strayBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("clean"); // the bytes a tolerant import reads
        QTest::addColumn<QString>("warning");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("replaced"); // U+FFFD in the stored text

        const QByteArray seed = readFile(seedPath());
        QVERIFY(!seed.isEmpty());
        StrayBytes stray = insertStrayBytes(seed, { { 1000, QByteArray(1, '\0') } });
        QTest::newRow("one NUL")
            << stray.bytes << stray.clean
            << QStringLiteral("1 NUL byte dropped at byte offset %1").arg(stray.offsets.at(0))
            << QString() << 0;
        stray = insertStrayBytes(seed, { { 4000, "\x80" } });
        QTest::newRow("one byte not UTF-8")
            << stray.bytes << stray.clean
            << QStringLiteral("1 byte that is not UTF-8 replaced at byte offset %1")
                   .arg(stray.offsets.at(0))
            << QString() << 1;
        stray = insertStrayBytes(seed, { { 1000, "\xFF" }, { 6000, "\xC3" }, { 12000, "\xFE" } });
        QTest::newRow("three bytes not UTF-8")
            << stray.bytes << stray.clean
            << QStringLiteral("3 bytes that are not UTF-8 replaced at byte offsets %1, %2, %3")
                   .arg(stray.offsets.at(0))
                   .arg(stray.offsets.at(1))
                   .arg(stray.offsets.at(2))
            << QString() << 3;

        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16) + seed
                             << QByteArray() << QString()
                             << QStringLiteral("binary file (a PNG image)") << 0;
        QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\0\0\0\0\0\0\x03", 10) + qCompress(seed)
                              << QByteArray() << QString()
                              << QStringLiteral("binary file (a gzip archive)") << 0;
        QByteArray random(16 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : random)
            c = char(generator.bounded(256));
        QTest::newRow("random bytes")
            << random << QByteArray() << QString() << QStringLiteral("binary file (") << 0;
    }
    void strayBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, clean);
        QFETCH(QString, warning);
        QFETCH(QString, error);
        QFETCH(int, replaced);
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        const QString file = posts + QStringLiteral("/post.md");
        QVERIFY(writeFile(file, bytes));
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        const ImportReport report = Importer(db).run(posts);
        QVERIFY(report.ran());

        if (!error.isEmpty()) {
            QCOMPARE(report.imported, 0);
            QCOMPARE(report.failed(), 1);
            QCOMPARE(report.failures.first().path, QFileInfo(file).canonicalFilePath());
            QVERIFY2(report.failures.first().message.startsWith(error),
                     qPrintable(report.failures.first().message));
            QVERIFY(report.warnings.isEmpty());
            return;
        }
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.failed(), 0);
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(report.warnings.first().path, QFileInfo(file).canonicalFilePath());
        QCOMPARE(report.warnings.first().message, warning);
        QVERIFY(report.indexComplete);

        // What is stored is the post read with NULs left out and U+FFFD for the other bytes.
        const ArticleParser::Result expected = ArticleParser::parse(clean, QStringLiteral("x"));
        QVERIFY(expected.ok());
        const std::optional<ArticleRecord> record
            = ArticleRepository(db).find(articleIdOf(db, file));
        QVERIFY(record);
        QCOMPARE(record->article.title, QStringLiteral("AI芯片，撑得过明年吗？"));
        QCOMPARE(record->article.html, expected.article.html);
        QCOMPARE(record->article.text, expected.article.text);
        QCOMPARE(record->article.text.count(QChar(0xFFFD)), replaced);
        QCOMPARE(searchCount(db, QStringLiteral("芯片")), 1);
    }

    void missingFolderCannotRun()
    {
        QTemporaryDir dir;
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const ImportReport report
            = Importer(*opened.database).run(dir.filePath(QStringLiteral("nope")));
        QVERIFY(!report.ran());
        QVERIFY(report.fatalError.contains(dir.filePath(QStringLiteral("nope"))));
        QVERIFY(report.fatalError.contains(u"no such folder"));
    }

    void fileVanishedFromFolderKeepsItsArticle()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        copyTree(fixture(QStringLiteral("library")), posts);
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        Importer(db).run(posts);
        QVERIFY(QFile::remove(posts + QStringLiteral("/root.md")));
        const ImportReport report = Importer(db).run(posts);
        QCOMPARE(report.unchanged, 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 7);
    }

    void vanishedFileIsMarkedMissingUntilItIsBack()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        copyTree(fixture(QStringLiteral("library")), posts);
        const QString file = posts + QStringLiteral("/chinese.md");
        const QByteArray bytes = readFile(file);
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        QCOMPARE(Importer(db).run(posts).missing, 0);
        const qint64 id = articleIdOf(db, file);
        QVERIFY(id > 0);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO highlights(article_id, color, exact, note, start_offset,"
                           " end_offset, created_at, updated_at) VALUES (%1, 'yellow', '资本冷却',"
                           " '要记住', 0, 4, 0, 0)")
                .arg(id)));
        QVERIFY(ArticleRepository(db).setNote(id, QStringLiteral("whole note")));

        QVERIFY(QFile::remove(file));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        ImportReport report = Importer(db).run(posts);
        QCOMPARE(report.missing, 1);
        QCOMPARE(report.unchanged, 6);
        QVERIFY(report.summary().endsWith(u"; 1 missing"));
        ArticleRepository articles(db);
        std::optional<ArticleRecord> record = articles.find(id);
        QVERIFY(record);
        QVERIFY(record->missingSince.isValid());
        QVERIFY(record->missingSince.toSecsSinceEpoch() >= before);
        QCOMPARE(record->note, QStringLiteral("whole note"));
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT count(*) FROM highlights WHERE article_id = %1").arg(id)),
            1);
        QCOMPARE(articles.missingCount(), 1);
        ArticleRepository::Query missingOnly;
        missingOnly.missingOnly = true;
        const QList<ArticleSummary> rows = articles.list(missingOnly);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, id);
        QVERIFY(rows.first().missing);
        QCOMPARE(articles.list({}).size(), 7);

        // Still gone: the mark keeps the time it was first missed.
        const QDateTime since = record->missingSince;
        QCOMPARE(Importer(db).run(posts).missing, 1);
        QCOMPARE(articles.find(id)->missingSince, since);

        // A sibling folder with a name that starts alike is not under the root.
        copyTree(fixture(QStringLiteral("library")), posts + QStringLiteral("2"));
        QCOMPARE(Importer(db).run(posts + QStringLiteral("2")).missing, 0);
        QCOMPARE(articles.missingCount(), 1);

        QVERIFY(writeFile(file, bytes));
        report = Importer(db).run(posts);
        QCOMPARE(report.missing, 0);
        QCOMPARE(report.foundAgain, 1);
        record = articles.find(id);
        QVERIFY(!record->missingSince.isValid());
        QCOMPARE(articleIdOf(db, file), id);
        QCOMPARE(articles.missingCount(), 0);
    }

    void canceledImportMarksNothingMissing()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        copyTree(fixture(QStringLiteral("library")), posts);
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        Importer(db).run(posts);
        QVERIFY(QFile::remove(posts + QStringLiteral("/root.md")));
        Importer importer(db);
        importer.cancel();
        QCOMPARE(importer.run(posts).missing, 0);
        QCOMPARE(ArticleRepository(db).missingCount(), 0);
    }

    void cancelStopsAndTheNextImportCompletes()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        // Enough files that a cancel lands in the middle: each corpus post several times over.
        const QStringList sources = corpusPosts();
        for (int copy = 0; copy < 8; ++copy) {
            for (int i = 0; i < sources.size(); ++i) {
                QByteArray bytes = readFile(sources.at(i));
                bytes += "\n<p>copy " + QByteArray::number(copy) + "</p>\n";
                QVERIFY(writeFile(QStringLiteral("%1/c%2/%3-%4")
                                      .arg(posts)
                                      .arg(copy)
                                      .arg(i)
                                      .arg(QFileInfo(sources.at(i)).fileName()),
                                  bytes));
            }
        }
        const int total = int(sources.size()) * 8;

        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        Importer importer(db);
        importer.setProgressHandler([&](const ImportProgress &p) {
            if (p.phase == ImportProgress::Phase::Storing && p.done > 0)
                importer.cancel();
        });
        const ImportReport canceled = importer.run(posts);
        QVERIFY(canceled.ran());
        QVERIFY(canceled.canceled);
        QVERIFY(!canceled.indexComplete);
        const int stored = scalar(db, QStringLiteral("SELECT count(*) FROM articles"));
        QVERIFY2(stored > 0 && stored < total, qPrintable(QString::number(stored)));
        QVERIFY(canceled.summary().contains(u"canceled"));

        const ImportReport rest = Importer(db).run(posts);
        QVERIFY(!rest.canceled);
        QCOMPARE(rest.imported + rest.unchanged, total);
        QCOMPARE(rest.unchanged, stored);
        QVERIFY(rest.indexComplete);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), total);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE indexed = 0")), 0);
    }

    void cancelDuringIndexingLeavesIndexToFinishLater()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        copyTree(corpusDir() + QStringLiteral("/hexo-markdown"), posts);
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        Importer importer(db);
        importer.setProgressHandler([&](const ImportProgress &p) {
            if (p.phase == ImportProgress::Phase::Indexing)
                importer.cancel();
        });
        const ImportReport report = importer.run(posts);
        QVERIFY(report.canceled);
        QCOMPARE(report.imported, 298);
        QVERIFY(!report.indexComplete);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE indexed = 0")),
                 298);
        // Not yet indexed, but readable: the text is made on demand.
        QVERIFY(!ArticleRepository(db).find(1)->article.title.isEmpty());

        const ImportReport next = Importer(db).run(posts);
        QCOMPARE(next.unchanged, 298);
        QVERIFY(next.indexComplete);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE indexed = 0")), 0);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
