#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/categoryrepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "search/searchquery.h"
#include "search/searchrepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<qint64, QString> m_texts; // title, author and text of every article

    QSet<qint64> found(const QString &query, SearchRepository::Options options = {})
    {
        options.limit = 100000;
        const SearchRepository::Result result = SearchRepository(*m_db).search(query, options);
        QSet<qint64> ids;
        for (const SearchHit &hit : result.hits)
            if (!hit.inNotes)
                ids.insert(hit.articleId);
        return ids;
    }

    QSet<qint64> scan(const std::function<bool(const QString &)> &matches) const
    {
        QSet<qint64> ids;
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
            if (matches(it.value()))
                ids.insert(it.key());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("search.gloss"))).database;
        QVERIFY(m_db);
        const QString posts = m_dir.filePath(QStringLiteral("posts"));
        for (const QString &folder : { QStringLiteral("seed"), QStringLiteral("hexo-html"),
                                       QStringLiteral("hexo-markdown") })
            copyTree(corpusDir() + u'/' + folder, posts + u'/' + folder);
        QVERIFY(Importer(*m_db).run(posts).indexComplete);
        for (const ArticleSummary &a : ArticleRepository(*m_db).list({})) {
            const ArticleRecord r = *ArticleRepository(*m_db).find(a.id);
            m_texts.insert(a.id,
                           r.article.title + u'\n' + r.article.author + u'\n' + r.article.text);
        }
        QVERIFY(m_texts.size() >= 300);
    }

    void parsesQueries_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fts");
        QTest::newRow("one cjk character") << QStringLiteral("片") << QStringLiteral("\"片\"*");
        QTest::newRow("two") << QStringLiteral("芯片") << QStringLiteral("\"芯片\"");
        QTest::newRow("ends in a lone cjk character")
            << QStringLiteral("AI芯") << QStringLiteral("\"AI芯\"*");
        QTest::newRow("and") << QStringLiteral("芯片 资本")
                             << QStringLiteral("\"芯片\" AND \"资本\"");
        QTest::newRow("phrase and prefix") << QStringLiteral("\"gene expression\" trans*")
                                           << QStringLiteral("\"gene expression\" AND \"trans\"*");
        QTest::newRow("exclude") << QStringLiteral("docker -compose")
                                 << QStringLiteral("\"docker\" NOT \"compose\"");
        QTest::newRow("quotes inside") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("nothing") << QStringLiteral("   ") << QString();
    }
    void parsesQueries()
    {
        QFETCH(QString, input);
        QFETCH(QString, fts);
        QCOMPARE(SearchQuery::parse(input).fts, fts);
    }

    void onlyExclusionsIsAnError()
    {
        QVERIFY(!SearchQuery::parse(QStringLiteral("-docker")).error.isEmpty());
    }

    // Chinese queries find exactly what a substring scan of the stored text finds.
    void chineseMatchesSubstringScan_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : { "片", "芯片", "资本", "数据", "的", "资本冷却", "深度学习", "虎嗅",
                               "安装", "命令", "图" })
            QTest::newRow(q) << QString::fromUtf8(q);
    }
    void chineseMatchesSubstringScan()
    {
        QFETCH(QString, query);
        const QSet<qint64> expected
            = scan([&](const QString &text) { return text.contains(query); });
        QCOMPARE(found(query), expected);
    }

    // Latin words find the articles with that word, in any case, with diacritics folded.
    void latinWordsMatchWordScan_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : { "docker", "Python", "transformers", "git", "DNA" })
            QTest::newRow(q) << QString::fromUtf8(q);
    }
    void latinWordsMatchWordScan()
    {
        QFETCH(QString, query);
        const QRegularExpression word(
            QStringLiteral("(?<![A-Za-z0-9_])%1(?![A-Za-z0-9_])").arg(query),
            QRegularExpression::CaseInsensitiveOption);
        const QSet<qint64> expected
            = scan([&](const QString &text) { return word.match(text).hasMatch(); });
        QCOMPARE(found(query), expected);
        QVERIFY(!expected.isEmpty());
    }

    void andPrefixAndExclusion()
    {
        const QSet<qint64> docker = found(QStringLiteral("docker"));
        const QSet<qint64> install = found(QStringLiteral("安装"));
        QCOMPARE(found(QStringLiteral("docker 安装")), QSet<qint64>(docker).intersect(install));
        QCOMPARE(found(QStringLiteral("docker -安装")), QSet<qint64>(docker).subtract(install));
        const QRegularExpression prefix(QStringLiteral("(?<![A-Za-z0-9_])transf"),
                                        QRegularExpression::CaseInsensitiveOption);
        QCOMPARE(found(QStringLiteral("transf*")),
                 scan([&](const QString &t) { return prefix.match(t).hasMatch(); }));
    }

    void rankedWithMarkedSnippets()
    {
        SearchRepository::Options options;
        options.limit = 3;
        const SearchRepository::Result result
            = SearchRepository(*m_db).search(QStringLiteral("芯片"), options);
        QVERIFY(!result.hits.isEmpty());
        QCOMPARE(result.hits.first().title, QStringLiteral("AI芯片，撑得过明年吗？"));
        QVERIFY2(result.hits.first().snippet.contains(u"[芯片]"),
                 qPrintable(result.hits.first().snippet));
        QCOMPARE(result.notIndexed, 0);
    }

    void filtersAndNotes()
    {
        SearchRepository::Options options;
        options.categoryId = CategoryRepository(*m_db).find({ QStringLiteral("新媒体") });
        QVERIFY(options.categoryId);
        for (const qint64 id : found(QStringLiteral("的"), options))
            QVERIFY(ArticleRepository(*m_db).find(id)->article.categoryPaths.first().first()
                    == u"新媒体");

        // A note is found, and its article is marked as found in a note.
        const qint64 article = *found(QStringLiteral("docker")).begin();
        Highlight h;
        h.articleId = article;
        h.selector = Anchor::select(m_texts.value(article), 0, 4);
        h.note = QStringLiteral("一条关于 zqxwhale 的笔记");
        QString error;
        QVERIFY(HighlightRepository(*m_db).add(h, &error));
        const SearchRepository::Result result
            = SearchRepository(*m_db).search(QStringLiteral("zqxwhale"));
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().articleId, article);
        QVERIFY(result.hits.first().inNotes);
        options = {};
        options.withNotesOnly = true;
        QCOMPARE(found(QStringLiteral("docker"), options), QSet<qint64> { article });
    }

    void indexFollowsReimport()
    {
        const QString posts = m_dir.filePath(QStringLiteral("posts"));
        const QString seed = posts + QStringLiteral("/seed/000_ef5d5e89255a9b09.txt");
        QByteArray bytes = readFile(seed);
        bytes.replace("往日的热闹逝去已久", "独角鲸的热闹逝去已久");
        QVERIFY(writeFile(seed, bytes));
        QCOMPARE(Importer(*m_db).run(posts).updated, 1);
        QCOMPARE(found(QStringLiteral("独角鲸")).size(), 1);
        QVERIFY(found(QStringLiteral("往日的热闹")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
