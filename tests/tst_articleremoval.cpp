#include "import/articleremoval.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

// Remove from Library takes an article out with its highlights and notes in one transaction,
// and its undo puts every row and search entry back with the same ids.
class TestArticleRemoval : public QObject
{
    Q_OBJECT

    // Everything a removal touches, as text to compare before and after.
    static QString state(const Database &db)
    {
        return QStringList {
            dump(db, QStringLiteral("SELECT * FROM articles ORDER BY id")),
            dump(db,
                 QStringLiteral("SELECT article_id, length(html), substr(html, 1, 200)"
                                " FROM article_html ORDER BY article_id")),
            dump(db, QStringLiteral("SELECT * FROM article_categories ORDER BY 1, 2")),
            dump(db, QStringLiteral("SELECT * FROM article_tags ORDER BY 1, 2")),
            dump(db, QStringLiteral("SELECT * FROM highlights ORDER BY id")),
            dump(db, QStringLiteral("SELECT * FROM highlight_tags ORDER BY 1, 2")),
        }
            .join(QStringLiteral("\n--\n"));
    }

private Q_SLOTS:
    void removesWithAnnotationsAndRestoresEverything()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        copyTree(fixture(QStringLiteral("library")), posts);
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        QVERIFY(Importer(db).run(posts).indexComplete);
        const qint64 id = articleIdOf(db, posts + QStringLiteral("/chinese.md"));
        QVERIFY(id > 0);

        HighlightRepository highlights(db);
        Highlight h;
        h.articleId = id;
        h.selector.exact = QStringLiteral("资本冷却");
        h.selector.start = 0;
        h.selector.end = 4;
        h.note = QStringLiteral("要记住 zebranote");
        h.createdAt = h.updatedAt = QDateTime::currentDateTimeUtc();
        const qint64 first = highlights.add(h, nullptr);
        QVERIFY(first > 0);
        QVERIFY(highlights.addTag(first, QStringLiteral("keep"), nullptr));
        h.note.clear();
        QVERIFY(highlights.add(h, nullptr) > 0);
        QVERIFY(ArticleRepository(db).setNote(id, QStringLiteral("whole giraffenote")));

        ArticleRemoval removal(db);
        const ArticleRemoval::Annotations annotations = removal.annotations({ id });
        QCOMPARE(annotations.highlights, 2);
        QCOMPARE(annotations.notes, 2);

        const QString before = state(db);
        const QString articleMatch = QStringLiteral(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '芯片与资本'");
        const QString highlightMatch = QStringLiteral(
            "SELECT count(*) FROM highlights_fts WHERE highlights_fts MATCH 'zebranote'");
        const QString noteMatch = QStringLiteral(
            "SELECT count(*) FROM article_notes_fts WHERE article_notes_fts MATCH 'giraffenote'");
        QCOMPARE(scalar(db, articleMatch), 1);
        QCOMPARE(scalar(db, highlightMatch), 1);
        QCOMPARE(scalar(db, noteMatch), 1);

        QString error;
        const std::optional<QList<RemovedArticle>> removed = removal.remove({ id }, &error);
        QVERIFY2(removed, qPrintable(error));
        QCOMPARE(removed->size(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM highlights")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM highlight_tags")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM article_html")), 6);
        QCOMPARE(scalar(db, articleMatch), 0);
        QCOMPARE(scalar(db, highlightMatch), 0);
        QCOMPARE(scalar(db, noteMatch), 0);
        QVERIFY(!ArticleRepository(db).find(id));
        // The search index is still consistent with its table.
        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral("INSERT INTO articles_fts(articles_fts, rank)"
                                         " VALUES ('integrity-check', 1)")));

        QVERIFY2(removal.restore(*removed, &error), qPrintable(error));
        QCOMPARE(state(db), before);
        QCOMPARE(scalar(db, articleMatch), 1);
        QCOMPARE(scalar(db, highlightMatch), 1);
        QCOMPARE(scalar(db, noteMatch), 1);
        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral("INSERT INTO articles_fts(articles_fts, rank)"
                                         " VALUES ('integrity-check', 1)")));
        QCOMPARE(highlights.find(first)->tags, QStringList { QStringLiteral("keep") });

        // Removed again and restored again: the same ids each time.
        const std::optional<QList<RemovedArticle>> again = removal.remove({ id }, &error);
        QVERIFY(again);
        QVERIFY(removal.restore(*again, &error));
        QCOMPARE(state(db), before);
    }

    void missingListsArticlesWhoseFileIsGone()
    {
        QTemporaryDir dir;
        const QString posts = dir.filePath(QStringLiteral("posts"));
        copyTree(fixture(QStringLiteral("library")), posts);
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("lib.gloss")));
        const Database &db = *opened.database;
        Importer(db).run(posts);
        const qint64 id = articleIdOf(db, posts + QStringLiteral("/root.md"));
        QVERIFY(QFile::remove(posts + QStringLiteral("/root.md")));
        Importer(db).run(posts);
        ArticleRemoval removal(db);
        QCOMPARE(removal.missing(), QList<qint64> { id });
        QCOMPARE(removal.annotations(removal.missing()).isEmpty(), true);
        QString error;
        QVERIFY(removal.remove(removal.missing(), &error));
        QVERIFY(removal.missing().isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 6);
    }
};

QTEST_GUILESS_MAIN(TestArticleRemoval)
#include "tst_articleremoval.moc"
