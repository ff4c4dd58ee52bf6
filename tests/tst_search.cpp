#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/categoryrepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "search/searchquery.h"
#include "search/searchrepository.h"
#include "search/textmatcher.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
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
        // Found by fuzz_searchquery: a NUL inside a term ended the FTS5 string early.
        QTest::newRow("control characters")
            << QString::fromLatin1("c2f\x13\0\0e", 7) << QStringLiteral("\"c2f\" AND \"e\"");
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
        const QString snippet
            = result.hits.first().snippet.marked(QStringLiteral("["), QStringLiteral("]"));
        QVERIFY2(snippet.contains(u"[芯片]"), qPrintable(snippet));
        QCOMPARE(result.notIndexed, 0);
    }

    // The reader and the snippets mark what the index matched, and only that.
    void marksMatches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("marked");
        QTest::newRow("one cjk character") << QStringLiteral("片") << QStringLiteral("图片和片子")
                                           << QStringLiteral("图[片]和[片]子");
        QTest::newRow("cjk word") << QStringLiteral("芯片") << QStringLiteral("AI芯片，芯 片")
                                  << QStringLiteral("AI[芯片]，[芯 片]");
        QTest::newRow("mixed") << QStringLiteral("AI芯片") << QStringLiteral("看AI芯片与ai芯")
                               << QStringLiteral("看[AI芯片]与ai芯");
        QTest::newRow("case and diacritics")
            << QStringLiteral("cafe") << QStringLiteral("Café, CAFE and cafeteria")
            << QStringLiteral("[Café], [CAFE] and cafeteria");
        QTest::newRow("whole words") << QStringLiteral("git") << QStringLiteral("digit git_x git.")
                                     << QStringLiteral("digit git_x [git].");
        QTest::newRow("prefix") << QStringLiteral("trans*")
                                << QStringLiteral("Transformers transit atrans")
                                << QStringLiteral("[Transformers] [transit] atrans");
        QTest::newRow("phrase") << QStringLiteral("\"gene expression\"")
                                << QStringLiteral("gene\n  expression, gene or expression")
                                << QStringLiteral("[gene\n  expression], gene or expression");
        QTest::newRow("two terms")
            << QStringLiteral("docker 安装") << QStringLiteral("安装 Docker，再安装")
            << QStringLiteral("[安装] [Docker]，再[安装]");
        QTest::newRow("excluded words are not marked")
            << QStringLiteral("docker -compose") << QStringLiteral("docker compose")
            << QStringLiteral("[docker] compose");
        QTest::newRow("astral cjk")
            << QStringLiteral("𠀀") << QStringLiteral("a𠀀b") << QStringLiteral("a[𠀀]b");
    }
    void marksMatches()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(QString, marked);
        const TextMatcher matcher(SearchQuery::parse(query).terms);
        Snippet all { text, matcher.find(text) };
        QCOMPARE(all.marked(QStringLiteral("["), QStringLiteral("]")), marked);
    }

    void snippetIsOneLineAroundTheFirstMatch()
    {
        const TextMatcher matcher(SearchQuery::parse(QStringLiteral("needle")).terms);
        const QString text = QString(500, u'x') + QStringLiteral(" lead\n\nthe Needle\tand more ")
            + QString(500, u'y');
        const Snippet snippet = matcher.snippet(text, 60);
        QVERIFY(snippet.text.startsWith(u'…'));
        QVERIFY(snippet.text.endsWith(u'…'));
        QVERIFY(!snippet.text.contains(u'\n'));
        QVERIFY2(snippet.marked(QStringLiteral("["), QStringLiteral("]"))
                     .contains(u"lead the [Needle] and more"),
                 qPrintable(snippet.marked(QStringLiteral("["), QStringLiteral("]"))));
        QCOMPARE(snippet.marks.size(), 1);
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

    // Notes are found as soon as they are written, and not after they are changed or removed.
    void notesIndexFollowsEdits()
    {
        const auto inNotes = [&](const QString &query) {
            QSet<qint64> ids;
            for (const SearchHit &hit : SearchRepository(*m_db).search(query).hits)
                if (hit.inNotes)
                    ids.insert(hit.articleId);
            return ids;
        };
        const QList<qint64> ids = m_texts.keys();
        const qint64 article = ids.at(7);
        ArticleRepository articles(*m_db);
        QVERIFY(articles.setNote(article, QStringLiteral("读后感：鹦鹉螺 nautilus")));
        QCOMPARE(inNotes(QStringLiteral("鹦鹉螺")), QSet<qint64> { article });
        QCOMPARE(inNotes(QStringLiteral("Nautilus")), QSet<qint64> { article });
        QVERIFY(articles.setNote(article, QStringLiteral("改成了海星")));
        QVERIFY(inNotes(QStringLiteral("鹦鹉螺")).isEmpty());
        QCOMPARE(inNotes(QStringLiteral("海星")), QSet<qint64> { article });
        QVERIFY(articles.setNote(article, QString()));
        QVERIFY(inNotes(QStringLiteral("海星")).isEmpty());

        HighlightRepository highlights(*m_db);
        const qint64 other = ids.at(9);
        Highlight h;
        h.articleId = other;
        h.selector = Anchor::select(m_texts.value(other), 0, 6);
        h.note = QStringLiteral("珊瑚礁");
        QString error;
        const qint64 highlight = highlights.add(h, &error);
        QVERIFY2(highlight > 0, qPrintable(error));
        const SearchRepository::Result found
            = SearchRepository(*m_db).search(QStringLiteral("珊瑚"));
        QCOMPARE(found.hits.size(), 1);
        QCOMPARE(found.hits.first().highlightId, highlight);
        QVERIFY(highlights.setNote(highlight, QStringLiteral("海葵"), &error));
        QVERIFY(inNotes(QStringLiteral("珊瑚")).isEmpty());
        QCOMPARE(inNotes(QStringLiteral("海葵")), QSet<qint64> { other });
        QVERIFY(highlights.remove(highlight, &error));
        QVERIFY(inNotes(QStringLiteral("海葵")).isEmpty());
    }

    void tagsInQueries_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fts");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("error");
        QTest::newRow("a tag") << QStringLiteral("tag:reading") << QString()
                               << QStringList { QStringLiteral("reading") } << QString();
        QTest::newRow("tag and words")
            << QStringLiteral("芯片 TAG:问题 资本") << QStringLiteral("\"芯片\" AND \"资本\"")
            << QStringList { QStringLiteral("问题") } << QString();
        QTest::newRow("quoted tag")
            << QStringLiteral("tag:\"two words\" tag:#x") << QString()
            << QStringList { QStringLiteral("two words"), QStringLiteral("x") } << QString();
        QTest::newRow("tag without a name") << QStringLiteral("tag: x") << QString()
                                            << QStringList() << QStringLiteral("needs a tag name");
        QTest::newRow("left-out tag") << QStringLiteral("x -tag:y") << QString() << QStringList()
                                      << QStringLiteral("cannot leave out a tag");
        QTest::newRow("a word that starts like one")
            << QStringLiteral("tags:x") << QStringLiteral("\"tags:x\"") << QStringList()
            << QString();
    }
    void tagsInQueries()
    {
        QFETCH(QString, input);
        QFETCH(QString, fts);
        QFETCH(QStringList, tags);
        QFETCH(QString, error);
        const SearchQuery::Parsed parsed = SearchQuery::parse(input);
        QCOMPARE(parsed.error.isEmpty(), error.isEmpty());
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        if (error.isEmpty()) {
            QCOMPARE(parsed.fts, fts);
            QCOMPARE(parsed.tags, tags);
        }
    }

    void tagsKeepToTaggedHighlights()
    {
        // Two articles about docker; one carries a highlight tagged 鲸鱼 (with a note), one a
        // highlight without the tag.
        const QList<qint64> docker = found(QStringLiteral("docker")).values();
        QVERIFY(docker.size() >= 2);
        const qint64 tagged = docker.at(0);
        const qint64 untagged = docker.at(1);
        HighlightRepository highlights(*m_db);
        QString error;
        Highlight h;
        h.articleId = tagged;
        h.selector = Anchor::select(m_texts.value(tagged), 0, 4);
        h.tags = { QStringLiteral("鲸鱼"), QStringLiteral("Deep Sea") };
        h.note = QStringLiteral("标记过的 narwhalnote");
        const qint64 first = highlights.add(h, &error);
        QVERIFY2(first, qPrintable(error));
        h.articleId = untagged;
        h.tags = {};
        h.note = QStringLiteral("没有标记 narwhalnote");
        const qint64 second = highlights.add(h, &error);
        QVERIFY2(second, qPrintable(error));

        SearchRepository::Options options;
        options.limit = 1000;
        // Tags alone: the articles of the tagged highlights, shown by the highlight.
        SearchRepository::Result result
            = SearchRepository(*m_db).search(QStringLiteral("tag:鲸鱼"), options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().articleId, tagged);
        QCOMPARE(result.hits.first().highlightId, first);
        QVERIFY(result.hits.first().inNotes);
        // Any case; several tags are AND-ed.
        QCOMPARE(
            SearchRepository(*m_db).search(QStringLiteral("tag:\"deep sea\" tag:鲸鱼")).hits.size(),
            1);
        QVERIFY(
            SearchRepository(*m_db).search(QStringLiteral("tag:鲸鱼 tag:nothing")).hits.isEmpty());
        // With words: the words AND the tag, in the article or in the tagged highlight's note.
        result = SearchRepository(*m_db).search(QStringLiteral("docker tag:鲸鱼"), options);
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().articleId, tagged);
        QVERIFY(!result.hits.first().inNotes);
        result = SearchRepository(*m_db).search(QStringLiteral("narwhalnote tag:鲸鱼"), options);
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().highlightId, first);
        QCOMPARE(SearchRepository(*m_db).search(QStringLiteral("narwhalnote"), options).hits.size(),
                 2);
        QVERIFY(SearchRepository(*m_db)
                    .search(QStringLiteral("独一无二的词 tag:鲸鱼"), options)
                    .hits.isEmpty());

        QVERIFY(highlights.remove(first, &error));
        QVERIFY(highlights.remove(second, &error));
        QVERIFY(SearchRepository(*m_db).search(QStringLiteral("tag:鲸鱼")).hits.isEmpty());
    }

    // tag:NAME also finds the articles whose posts carry the tag (hexo-markdown's posts have
    // tags), alone or with words, in any case; and still the articles of tagged highlights.
    void tagsMatchThePostsTags()
    {
        QSqlQuery sql(m_db->connection());
        const auto carrying = [&](const QString &key) {
            QSet<qint64> ids;
            sql.prepare(QStringLiteral("SELECT at.article_id FROM article_tags at JOIN tags t"
                                       " ON t.id = at.tag_id WHERE t.name_key = ?"));
            sql.addBindValue(key);
            sql.exec();
            while (sql.next())
                ids.insert(sql.value(0).toLongLong());
            return ids;
        };
        const QSet<qint64> tensorflow = carrying(QStringLiteral("tensorflow"));
        QVERIFY(tensorflow.size() >= 3);

        SearchRepository::Options options;
        options.limit = 1000;
        SearchRepository::Result result
            = SearchRepository(*m_db).search(QStringLiteral("tag:TensorFlow"), options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QSet<qint64> ids;
        for (const SearchHit &hit : result.hits) {
            QVERIFY(!hit.inNotes);
            QVERIFY(!hit.title.isEmpty());
            QVERIFY(!hit.snippet.text.isEmpty());
            ids.insert(hit.articleId);
        }
        QCOMPARE(ids, tensorflow);
        QCOMPARE(int(result.hits.size()), int(tensorflow.size())); // each article once

        // Words and the tag: the articles with the words that carry the tag.
        const QSet<qint64> variables = found(QStringLiteral("变量"));
        const QSet<qint64> both = variables & tensorflow;
        QVERIFY(!both.isEmpty());
        QVERIFY(both.size() < variables.size());
        QCOMPARE(found(QStringLiteral("变量 tag:tensorflow")), both);
        // Two post tags: the articles that carry both.
        const QSet<qint64> withVariable = carrying(QStringLiteral("变量"));
        QVERIFY(!withVariable.isEmpty());
        QCOMPARE(found(QStringLiteral("tag:变量 tag:tensorflow")), withVariable & tensorflow);
        QVERIFY(found(QStringLiteral("tag:tensorflow tag:nothing-like-it")).isEmpty());

        // Notes of an article that carries the tag are found with it; others are not.
        ArticleRepository articles(*m_db);
        const qint64 inside = *tensorflow.cbegin();
        qint64 outside = 0;
        for (auto it = m_texts.cbegin(); it != m_texts.cend() && !outside; ++it)
            if (!tensorflow.contains(it.key()))
                outside = it.key();
        QVERIFY(articles.setNote(inside, QStringLiteral("quokkanote one")));
        QVERIFY(articles.setNote(outside, QStringLiteral("quokkanote two")));
        result
            = SearchRepository(*m_db).search(QStringLiteral("quokkanote tag:tensorflow"), options);
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().articleId, inside);
        QVERIFY(result.hits.first().inNotes);

        // A highlight tagged tensorflow brings its article too, shown by the highlight first.
        HighlightRepository highlights(*m_db);
        QString error;
        Highlight h;
        h.articleId = outside;
        h.selector = Anchor::select(m_texts.value(outside), 0, 4);
        h.tags = { QStringLiteral("tensorflow") };
        const qint64 highlight = highlights.add(h, &error);
        QVERIFY2(highlight, qPrintable(error));
        result = SearchRepository(*m_db).search(QStringLiteral("tag:tensorflow"), options);
        QCOMPARE(result.hits.size(), tensorflow.size() + 1);
        QCOMPARE(result.hits.first().articleId, outside);
        QCOMPARE(result.hits.first().highlightId, highlight);

        QVERIFY(highlights.remove(highlight, &error));
        QVERIFY(articles.setNote(inside, QString()));
        QVERIFY(articles.setNote(outside, QString()));
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
