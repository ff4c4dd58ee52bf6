#include "import/articlewriter.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/categoryrepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/settingsrepository.h"
#include "search/searchindexer.h"
#include "search/searchrepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

class TestRepositories : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QStringList titles(const ArticleRepository::Query &query) const
    {
        QStringList list;
        for (const ArticleSummary &a : ArticleRepository(*m_db).list(query))
            list << a.title;
        return list;
    }

    // A library of the fixture posts, then without the given tables.
    std::unique_ptr<Database> broken(const QString &path, const QStringList &tables)
    {
        std::unique_ptr<Database> db = Database::open(path).database;
        if (!db || Importer(*db).run(fixture(QStringLiteral("library"))).imported != 7)
            return {};
        QSqlQuery query(db->connection());
        if (!query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
            return {};
        for (const QString &table : tables) {
            if (!query.exec(QStringLiteral("DROP TABLE ") + table))
                return {};
        }
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("lib.gloss"))).database;
        QVERIFY(m_db);
        const ImportReport report = Importer(*m_db).run(fixture(QStringLiteral("library")));
        QCOMPARE(report.imported, 7);
    }

    void treeWithCountsIncludingDescendants()
    {
        QStringList lines;
        QHash<qint64, int> depth;
        for (const CategoryNode &node : CategoryRepository(*m_db).tree()) {
            const int level = node.parentId == 0 ? 0 : depth.value(node.parentId) + 1;
            depth.insert(node.id, level);
            lines << QString(level * 2, u' ')
                    + QStringLiteral("%1 %2").arg(node.name).arg(node.articleCount);
        }
        // Tech holds cpp, signals, models and multi: 4, though only cpp is filed directly there.
        // multi sits under Tech > Qt and Reading and counts once in each.
        const QStringList expected {
            QStringLiteral("notes 1"),         QStringLiteral("  daily 1"),
            QStringLiteral("Reading 1"),       QStringLiteral("Tech 4"),
            QStringLiteral("  Qt 3"),          QStringLiteral("    Models 1"),
            QStringLiteral("Uncategorized 1"), QStringLiteral("新媒体 1"),
            QStringLiteral("  科技 1"),
        };
        QCOMPARE(lines, expected);
    }

    void findsPaths()
    {
        const CategoryRepository categories(*m_db);
        const std::optional<qint64> qt
            = categories.find({ QStringLiteral("Tech"), QStringLiteral("Qt") });
        QVERIFY(qt);
        QCOMPARE(categories.path(*qt),
                 QStringList({ QStringLiteral("Tech"), QStringLiteral("Qt") }));
        QVERIFY(!categories.find({ QStringLiteral("Qt") }));
        QVERIFY(!categories.find({ QStringLiteral("Tech"), QStringLiteral("Nope") }));
        QVERIFY(!categories.find({}));
    }

    void parsesPathText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("path");
        QTest::newRow("slashes") << QStringLiteral(
            "新媒体/虎嗅") << QStringList { QStringLiteral("新媒体"), QStringLiteral("虎嗅") };
        QTest::newRow("arrows") << QStringLiteral("新媒体 > 虎嗅 > 首页资讯")
                                << QStringList { QStringLiteral("新媒体"), QStringLiteral("虎嗅"),
                                                 QStringLiteral("首页资讯") };
        QTest::newRow("stray separators")
            << QStringLiteral("/Tech//Qt/")
            << QStringList { QStringLiteral("Tech"), QStringLiteral("Qt") };
        QTest::newRow("spaces inside names")
            << QStringLiteral("Brain wave / notes")
            << QStringList { QStringLiteral("Brain wave"), QStringLiteral("notes") };
    }
    void parsesPathText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, path);
        QCOMPARE(CategoryRepository::parsePath(text), path);
    }

    void listsArticlesUnderACategory()
    {
        const CategoryRepository categories(*m_db);
        ArticleRepository::Query query;
        query.categoryId = categories.find({ QStringLiteral("Tech") });
        QCOMPARE(
            titles(query),
            QStringList({ QStringLiteral("Two homes"), QStringLiteral("Item models"),
                          QStringLiteral("Signals and slots"), QStringLiteral("Value types") }));
        QCOMPARE(ArticleRepository(*m_db).count(query.categoryId), 4);
        query.categoryId = categories.find({ QStringLiteral("notes") });
        QCOMPARE(titles(query), QStringList { QStringLiteral("Monday") });
        query.categoryId = categories.find({ QStringLiteral("Uncategorized") });
        QCOMPARE(titles(query), QStringList { QStringLiteral("At the root") });
    }

    void sortsAndPages()
    {
        ArticleRepository::Query query;
        query.sort = ArticleRepository::Sort::OldestFirst;
        QCOMPARE(titles(query).first(), QStringLiteral("芯片与资本"));
        query.sort = ArticleRepository::Sort::Title;
        query.limit = 2;
        QCOMPARE(titles(query),
                 QStringList({ QStringLiteral("At the root"), QStringLiteral("Item models") }));
        query.offset = 2;
        QCOMPARE(titles(query),
                 QStringList({ QStringLiteral("Monday"), QStringLiteral("Signals and slots") }));
        QCOMPARE(ArticleRepository(*m_db).count(), 7);
    }

    void findsOneArticle()
    {
        ArticleRepository::Query query;
        query.categoryId = CategoryRepository(*m_db).find({ QStringLiteral("新媒体") });
        const QList<ArticleSummary> list = ArticleRepository(*m_db).list(query);
        QCOMPARE(list.size(), 1);
        const std::optional<ArticleRecord> record = ArticleRepository(*m_db).find(list.first().id);
        QVERIFY(record);
        const Article &a = record->article;
        QCOMPARE(a.title, QStringLiteral("芯片与资本"));
        QCOMPARE(a.author, QStringLiteral("编辑部"));
        QCOMPARE(a.published, QDateTime(QDate(2022, 4, 11), QTime(8, 56), Qt::UTC));
        QCOMPARE(a.categoryPaths,
                 QList<QStringList>({ { QStringLiteral("新媒体"), QStringLiteral("科技") } }));
        QCOMPARE(
            a.text,
            QStringLiteral("资本冷却之后，芯片公司开始重新思考。\n第二段：单字检索也要能找到片。"));
        QCOMPARE(a.bodyFormat, BodyFormat::Html);
        QVERIFY(record->indexed);
        QVERIFY(record->sourcePath.endsWith(u"/library/chinese.md"));
        QVERIFY(!ArticleRepository(*m_db).find(9999));
    }

    void readsTheArticleNoteAlone()
    {
        ArticleRepository articles(*m_db);
        const qint64 id = articles.list({}).first().id;
        QVERIFY(articles.note(id).has_value());
        QCOMPARE(*articles.note(id), QString());
        QString error;
        QVERIFY2(articles.setNote(id, QStringLiteral("读后记：a note"), &error), qPrintable(error));
        QCOMPARE(articles.note(id).value_or(QString()), QStringLiteral("读后记：a note"));
        QCOMPARE(articles.note(id).value_or(QString()), articles.find(id)->note);
        QVERIFY(articles.setNote(id, QString(), &error));
        QCOMPARE(articles.note(id).value_or(QStringLiteral("absent")), QString());
        QVERIFY(!articles.note(9999).has_value());
    }

    // A library that opens but whose tables are gone (damaged, or changed by another program):
    // every read gives nothing and says why, naming the file; every write is refused with the
    // reason; an import stops before writing anything.
    void failedStatementsAreReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("tables-gone.gloss"));
        std::unique_ptr<Database> db = broken(
            path,
            { QStringLiteral("highlights"), QStringLiteral("article_categories"),
              QStringLiteral("article_tags"), QStringLiteral("categories"), QStringLiteral("tags"),
              QStringLiteral("settings"), QStringLiteral("articles") });
        QVERIFY(db);
        QString error;
        const auto failed = [&](const char *table) {
            const bool named = error.contains(path)
                && error.contains(QStringLiteral("no such table: ") + QLatin1String(table));
            if (!named)
                qWarning("unexpected error: %s", qPrintable(error));
            error.clear();
            return named;
        };

        const ArticleRepository articles(*db);
        QVERIFY(!articles.find(1, ArticleRepository::Detail::Full, &error));
        QVERIFY(failed("articles"));
        QVERIFY(articles.list({}, &error).isEmpty());
        QVERIFY(failed("articles"));
        QCOMPARE(articles.count(std::nullopt, &error), 0);
        QVERIFY(failed("articles"));
        QCOMPARE(articles.title(1, &error), QString());
        QVERIFY(failed("articles"));
        QVERIFY(articles.annotated(std::nullopt, &error).isEmpty());
        QVERIFY(failed("articles"));

        const CategoryRepository categories(*db);
        QVERIFY(categories.tree(&error).isEmpty());
        QVERIFY(failed("categories"));
        QVERIFY(!categories.find({ QStringLiteral("Tech") }, &error));
        QVERIFY(failed("categories"));
        QVERIFY(categories.path(1, &error).isEmpty());
        QVERIFY(failed("categories"));

        HighlightRepository highlights(*db);
        QVERIFY(!highlights.find(1, &error));
        QVERIFY(failed("highlights"));
        QVERIFY(highlights.list({}, &error).isEmpty());
        QVERIFY(failed("highlights"));
        Highlight h;
        h.articleId = 1;
        h.selector.exact = QStringLiteral("x");
        QCOMPARE(highlights.add(h, &error), 0);
        QVERIFY(failed("highlights"));
        QVERIFY(!highlights.setColor(1, QStringLiteral("green"), &error));
        QVERIFY(failed("highlights"));
        QVERIFY(!highlights.setNote(1, QStringLiteral("n"), &error));
        QVERIFY(failed("highlights"));
        QVERIFY(!highlights.remove(1, &error));
        QVERIFY(failed("highlights"));
        QVERIFY(!highlights.reanchor(1, QStringLiteral("text"), &error));
        QVERIFY(failed("highlights"));

        SettingsRepository settings(*db);
        QCOMPARE(settings.value(QStringLiteral("k"), QStringLiteral("fallback"), &error),
                 QStringLiteral("fallback"));
        QVERIFY(failed("settings"));
        QVERIFY(!settings.setValue(QStringLiteral("k"), QStringLiteral("v"), &error));
        QVERIFY(failed("settings"));

        SearchIndexer indexer(*db);
        QVERIFY(indexer.pending(&error).isEmpty());
        QVERIFY(failed("articles"));
        QCOMPARE(indexer.pendingCount(&error), 0);
        QVERIFY(failed("articles"));
        QVERIFY(!indexer.store(SearchIndexer::prepare(1, {}, {}, "<p>x</p>"), &error));
        QVERIFY(failed("highlights"));
        QVERIFY(!indexer.forget(1, &error));
        QVERIFY(failed("articles"));
        error = SearchRepository(*db).search(QStringLiteral("Qt")).error;
        QVERIFY(failed("articles"));

        QVERIFY(ArticleWriter(*db).storedFiles(&error).isEmpty());
        QVERIFY(failed("articles"));
        const ImportReport report = Importer(*db).run(fixture(QStringLiteral("library")));
        QVERIFY(!report.ran());
        QCOMPARE(report.imported, 0);
        error = report.fatalError;
        QVERIFY(failed("articles"));

        // A caller that takes no error still hears of it: a warning naming the file.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QRegularExpression::escape(path)
                                                + QStringLiteral(".*no such table: articles")));
        QVERIFY(articles.list({}).isEmpty());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QRegularExpression::escape(path)
                                                + QStringLiteral(".*no such table: categories")));
        QVERIFY(categories.tree().isEmpty());
    }

    // One table gone: an article is not given without its categories, and an import that could
    // not store tags stops before it writes anything.
    void partOfARecordIsNoRecord()
    {
        const QString path = m_dir.filePath(QStringLiteral("tags-gone.gloss"));
        std::unique_ptr<Database> db = broken(path, { QStringLiteral("article_tags") });
        QVERIFY(db);
        QString error;
        QCOMPARE(ArticleRepository(*db).count(std::nullopt, &error), 7);
        QVERIFY(error.isEmpty());
        QVERIFY(!ArticleRepository(*db).find(1, ArticleRepository::Detail::Full, &error));
        QVERIFY2(error.contains(path) && error.contains(u"no such table: article_tags"),
                 qPrintable(error));
        const ImportReport report = Importer(*db).run(fixture(QStringLiteral("library")));
        QVERIFY2(report.fatalError.contains(u"no such table: article_tags"),
                 qPrintable(report.fatalError));
        QCOMPARE(report.failures.size(), 0);
    }

    // Writes on a connection that may only read are refused with SQLite's reason.
    void writesOnAReadOnlyConnection()
    {
        const QString path = m_dir.filePath(QStringLiteral("query-only.gloss"));
        std::unique_ptr<Database> db = broken(path, {});
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = ON")));
        QString error;
        Highlight h;
        h.articleId = 1;
        h.selector.exact = QStringLiteral("x");
        QCOMPARE(HighlightRepository(*db).add(h, &error), 0);
        QVERIFY2(error.contains(path) && error.contains(u"readonly"), qPrintable(error));
        error.clear();
        QVERIFY(!SettingsRepository(*db).setFlag(QStringLiteral("k"), true, &error));
        QVERIFY2(error.contains(path) && error.contains(u"readonly"), qPrintable(error));
        // Reads go on.
        QCOMPARE(ArticleRepository(*db).count(), 7);
        QVERIFY(ArticleRepository(*db).find(1));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
