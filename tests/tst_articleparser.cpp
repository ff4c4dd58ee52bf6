#include "article/articleparser.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

using Paths = QList<QStringList>;

class TestArticleParser : public QObject
{
    Q_OBJECT

    static ArticleParser::Result parseFile(const QString &path, const QStringList &folders = {})
    {
        return ArticleParser::parse(readFile(path), QFileInfo(path).fileName(), folders);
    }

private Q_SLOTS:
    // Every real post of the corpus parses, with a title, a category and body text.
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList posts = corpusPosts();
        QVERIFY2(posts.size() >= 300,
                 qPrintable(QStringLiteral("corpus not found under %1").arg(corpusDir())));
        for (const QString &post : posts)
            QTest::newRow(qPrintable(QDir(corpusDir()).relativeFilePath(post))) << post;
    }
    void corpus()
    {
        QFETCH(QString, path);
        const ArticleParser::Result result = parseFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &a = result.article;
        QVERIFY(!a.title.trimmed().isEmpty());
        QVERIFY(!a.categoryPaths.isEmpty());
        for (const QStringList &p : a.categoryPaths)
            QVERIFY(!p.isEmpty());
        // A few real posts are front matter only; any body with words gives text.
        if (!a.html.trimmed().isEmpty() && !a.html.trimmed().startsWith(u"<!--"))
            QVERIFY2(!a.text.trimmed().isEmpty(), qPrintable(a.html.left(200)));
        QVERIFY(!a.text.contains(u'\r'));
        // Feed posts carry HTML bodies; the blog posts are Markdown.
        const bool markdownFolder = path.contains(u"/hexo-markdown/");
        QCOMPARE(a.bodyFormat, markdownFolder ? BodyFormat::Markdown : BodyFormat::Html);
        // A date is either understood or reported.
        if (!a.dateRaw.isEmpty() && !a.published.isValid())
            QVERIFY(!result.warnings.isEmpty());
    }

    void seed()
    {
        const ArticleParser::Result result = parseFile(seedPath());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        const Article &a = result.article;
        QCOMPARE(a.title, QStringLiteral("AI芯片，撑得过明年吗？"));
        QCOMPARE(a.categoryPaths,
                 Paths({ { QStringLiteral("新媒体"), QStringLiteral("虎嗅"),
                           QStringLiteral("首页资讯") } }));
        QCOMPARE(a.author, QStringLiteral("虎嗅"));
        QCOMPARE(a.published, QDateTime(QDate(2022, 4, 11), QTime(8, 56), Qt::UTC));
        QCOMPARE(a.published.toUTC().toString(Qt::ISODate), QStringLiteral("2022-04-11T08:56:00Z"));
        QCOMPARE(a.dateRaw, QStringLiteral("Mon, 11 Apr 2022 08:56:00 GMT"));
        QCOMPARE(a.headerImage, QStringLiteral("https://picsum.photos/400/300?random=3369"));
        QCOMPARE(a.bodyFormat, BodyFormat::Html);
        QVERIFY(a.tags.isEmpty());
        const QStringList lines = a.text.split(u'\n');
        QCOMPARE(lines.value(0),
                 QStringLiteral("本文来自微信公众号：技术大院（ID：frankwsh），作者：技术大院，头图"
                                "来自：视觉中国"));
        QCOMPARE(lines.value(1),
                 QStringLiteral("往日的热闹逝去已久，AI芯片这一行，已经快降温三年了。"));
        QCOMPARE(lines.value(4), QStringLiteral("繁荣背后的一地鸡毛"));
        QVERIFY(a.html.trimmed().startsWith(u"<div>"));
    }

    void skippingTextLeavesTheRest()
    {
        const ArticleParser::Result full = parseFile(seedPath());
        const ArticleParser::Result quick = ArticleParser::parse(
            readFile(seedPath()), QStringLiteral("seed.txt"), {}, ArticleParser::Text::Skip);
        QVERIFY(quick.ok());
        QVERIFY(quick.article.text.isEmpty());
        QCOMPARE(quick.article.title, full.article.title);
        QCOMPARE(quick.article.html, full.article.html);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QStringLiteral("empty.md") << QStringLiteral("empty file");
        // Every byte value four times: a NUL is no longer enough to refuse a file, but a
        // hundred control characters in a kilobyte are.
        QTest::newRow("binary") << QStringLiteral(
            "binary.md") << QStringLiteral("binary file (104 of its 1024 bytes are not text)");
        QTest::newRow("no front matter")
            << QStringLiteral("no-front-matter.md")
            << QStringLiteral("no front matter: line 1 should be '---'");
        QTest::newRow("unclosed")
            << QStringLiteral("unclosed-front-matter.md")
            << QStringLiteral("front matter opened on line 1 is never closed with '---'");
        QTest::newRow("broken yaml")
            << QStringLiteral("broken-yaml.md") << QStringLiteral("broken front matter at line");
        QTest::newRow("not a map")
            << QStringLiteral("not-a-map.md")
            << QStringLiteral("front matter is not a list of 'field: value' lines");
    }
    void rejected()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const ArticleParser::Result result = parseFile(fixture(QStringLiteral("posts/") + file));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    }

    void invalidDateIsKeptAndReported()
    {
        const ArticleParser::Result result
            = parseFile(fixture(QStringLiteral("posts/invalid-date.md")));
        QVERIFY(result.ok());
        QVERIFY(!result.article.published.isValid());
        QCOMPARE(result.article.dateRaw, QStringLiteral("Invalid Date"));
        QCOMPARE(result.warnings,
                 QStringList { QStringLiteral(
                     "date 'Invalid Date' is not a date Gloss understands; kept as text") });
    }

    // A stray NUL is dropped and reported before what the front matter has to say.
    void strayBytesAreReported()
    {
        const QByteArray seed = readFile(seedPath());
        const StrayBytes stray = insertStrayBytes(seed, { { 1000, QByteArray(1, '\0') } });
        const ArticleParser::Result result
            = ArticleParser::parse(stray.bytes, QStringLiteral("seed.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.warnings,
                 QStringList { QStringLiteral("1 NUL byte dropped at byte offset %1")
                                   .arg(stray.offsets.first()) });
        const ArticleParser::Result original = parseFile(seedPath());
        QCOMPARE(result.article.html, original.article.html);
        QCOMPARE(result.article.text, original.article.text);
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<Paths>("paths");
        QTest::addColumn<QString>("firstLine");
        QTest::addColumn<QDateTime>("date");

        QTest::newRow("scalar category")
            << QStringLiteral("scalar-category.md") << QStringLiteral("Scalar category")
            << Paths { { QStringLiteral("Essays") } }
            << QStringLiteral("A Markdown body in one paragraph.")
            << QDateTime(QDate(2021, 3, 4), QTime(5, 6, 7));
        QTest::newRow("list of lists")
            << QStringLiteral("list-of-lists.md") << QStringLiteral("Two paths")
            << Paths { { QStringLiteral("Tech"), QStringLiteral("Qt") },
                       { QStringLiteral("Reading") } }
            << QStringLiteral("Filed under two paths.")
            << QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5));
        QTest::newRow("no title") << QStringLiteral("no-title.md") << QStringLiteral("no-title")
                                  << Paths { { QStringLiteral("Misc") } }
                                  << QStringLiteral("The file name is the title.") << QDateTime();
        QTest::newRow("crlf") << QStringLiteral("crlf.md") << QStringLiteral("Windows line ends")
                              << Paths { { QStringLiteral("Reading") } }
                              << QStringLiteral("First paragraph.")
                              << QDateTime(QDate(2022, 4, 11), QTime(0, 56), Qt::UTC);
        QTest::newRow("utf-8 bom")
            << QStringLiteral("utf8-bom.md") << QStringLiteral("带 BOM 的文章")
            << Paths { { QStringLiteral("阅读") } } << QStringLiteral("正文第一段。")
            << QDateTime();
        QTest::newRow("utf-16le") << QStringLiteral("utf16le.md")
                                  << QStringLiteral("十六位编码的文章")
                                  << Paths { { QStringLiteral("阅读"), QStringLiteral("笔记") } }
                                  << QStringLiteral("这是一篇用 UTF-16 保存的文章。")
                                  << QDateTime();
        QTest::newRow("utf-16be") << QStringLiteral("utf16be.md") << QStringLiteral("大端序的文章")
                                  << Paths { { QStringLiteral("阅读"), QStringLiteral("笔记") } }
                                  << QStringLiteral("这是一篇用 UTF-16 保存的文章。")
                                  << QDateTime();
        QTest::newRow("gb18030")
            << QStringLiteral("gb18030.md") << QStringLiteral("国标编码的文章")
            << Paths { { QStringLiteral("阅读"), QStringLiteral("国标") } }
            << QStringLiteral("这篇文章用 GB18030 "
                              "编码保存，里面有足够多的中文字符，好让编码检测可以认出它来。资本市场"
                              "的冷却并不意味着技术的停滞，芯片行业仍在向前走。")
            << QDateTime(QDate(2019, 3, 5), QTime(2, 0), Qt::UTC);
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(Paths, paths);
        QFETCH(QString, firstLine);
        QFETCH(QDateTime, date);
        const ArticleParser::Result result = parseFile(fixture(QStringLiteral("posts/") + file));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, title);
        QCOMPARE(result.article.categoryPaths, paths);
        QCOMPARE(result.article.text.section(u'\n', 0, 0), firstLine);
        QCOMPARE(result.article.published.isValid(), date.isValid());
        if (date.isValid())
            QCOMPARE(result.article.published.toUTC(), date.toUTC());
    }

    void markdownBody()
    {
        const ArticleParser::Result result
            = parseFile(fixture(QStringLiteral("posts/markdown-body.md")));
        QVERIFY(result.ok());
        const Article &a = result.article;
        QCOMPARE(a.bodyFormat, BodyFormat::Markdown);
        QVERIFY(a.html.contains(u"<em>emphasis</em>"));
        QVERIFY(a.html.contains(u"<table>"));
        QVERIFY(a.html.contains(u"<h2>A table</h2>"));
        // Hexo tag plugins are plain text, never run.
        QVERIFY(a.text.contains(u"{% codeblock %}"));
        // <style> in Markdown stays in the HTML (the reader contains it) but not in the text.
        QVERIFY(!a.text.contains(u"color: red"));
        QCOMPARE(a.excerpt, QStringLiteral("The excerpt comes first, with emphasis."));
        QCOMPARE(a.tags, QStringList({ QStringLiteral("markdown"), QStringLiteral("tables") }));
        QCOMPARE(a.headerImage, QStringLiteral("/images/cover.png"));
        QCOMPARE(a.modified, QDateTime(QDate(2023, 6, 2), QTime(8, 30)));
        QCOMPARE(a.modifiedRaw, QStringLiteral("2023-06-02 08:30:00"));
    }

    void realPostWithoutCategoriesOrBody()
    {
        const QString path = corpusDir() + QStringLiteral("/hexo-markdown/python109.md");
        const ArticleParser::Result result = parseFile(path, { QStringLiteral("hexo-markdown") });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, QStringLiteral("python109"));
        QCOMPARE(result.article.categoryPaths, Paths({ { QStringLiteral("hexo-markdown") } }));
        QCOMPARE(result.article.published, QDateTime(QDate(2020, 5, 23), QTime(19, 32, 23)));
        QCOMPARE(result.article.text, QString());
    }

    void categoryFromFolders()
    {
        const QByteArray post("---\ntitle: x\n---\n\nbody\n");
        QCOMPARE(ArticleParser::parse(post, QStringLiteral("x.md"),
                                      { QStringLiteral("notes"), QStringLiteral("daily") })
                     .article.categoryPaths,
                 Paths({ { QStringLiteral("notes"), QStringLiteral("daily") } }));
        QCOMPARE(ArticleParser::parse(post, QStringLiteral("x.md")).article.categoryPaths,
                 Paths({ { ArticleParser::uncategorizedName() } }));
    }

    // 20 MB bodies, HTML and Markdown: parsed whole, text extracted, no crash. The importer's
    // path hands an HTML post's bytes on as its HTML, in the same buffer.
    void largeBody_data()
    {
        QTest::addColumn<QByteArray>("paragraph");
        QTest::addColumn<bool>("markdown");
        QTest::newRow("html") << QByteArray(
            "<p>芯片行业的资本冷却。Some Latin text in the same paragraph.</p>\n")
                              << false;
        QTest::newRow("markdown") << QByteArray(
            "芯片行业的资本*冷却*。Some Latin text in the same paragraph.\n\n")
                                  << true;
    }
    void largeBody()
    {
        QFETCH(QByteArray, paragraph);
        QFETCH(bool, markdown);
        const QByteArray head("---\ntitle: Large\ncategories: [Big]\n---\n\n");
        QByteArray post = head + (markdown ? "" : "<div>");
        while (post.size() < 20 * 1024 * 1024)
            post += paragraph;
        post += markdown ? "The last words.\n" : "<p>The last words.</p></div>";
        const qsizetype paragraphs = (post.size() - head.size()) / paragraph.size() + 1;

        const ArticleParser::Result result = ArticleParser::parse(post, QStringLiteral("large.md"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, QStringLiteral("Large"));
        QCOMPARE(result.article.bodyFormat, markdown ? BodyFormat::Markdown : BodyFormat::Html);
        const QStringList lines = result.article.text.split(u'\n');
        QCOMPARE(lines.size(), paragraphs);
        QCOMPARE(lines.first(),
                 QStringLiteral("芯片行业的资本冷却。Some Latin text in the same paragraph."));
        QCOMPARE(lines.last(), QStringLiteral("The last words."));

        QByteArray bytes = post;
        bytes.detach();
        const char *data = bytes.constData();
        ArticleParser::Utf8Result utf8
            = ArticleParser::parseUtf8(std::move(bytes), QStringLiteral("large.md"));
        QVERIFY2(utf8.ok(), qPrintable(utf8.error));
        QCOMPARE(utf8.article.title, QStringLiteral("Large"));
        QVERIFY(utf8.article.html.isEmpty());
        // A large Markdown body is rendered into a temporary file, not into memory.
        QCOMPARE(utf8.html.isSpooled(), markdown);
        // The body starts after the closing marker's line end: with the blank line before <div>.
        if (!markdown)
            QCOMPARE(static_cast<const void *>(utf8.html.bytes().constData()),
                     static_cast<const void *>(data + head.size() - 1));
        QString error;
        QCOMPARE(QString::fromUtf8(utf8.html.take(&error)), result.article.html);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A Markdown body rendered into a file, a piece at a time, is the HTML rendered in memory
    // byte for byte, the blog's root-relative images marked in both: the real Hexo site's
    // posts, one after another until several pieces are written.
    void spooledMarkdown()
    {
        QByteArray body;
        const QDir posts(corpusDir() + QStringLiteral("/hexo-site/source/_posts"));
        const QStringList names = posts.entryList({ QStringLiteral("*.md") }, QDir::Files);
        QVERIFY(names.size() > 10);
        while (body.size() < 3 * HtmlBody::chunkSize) {
            for (const QString &name : names) {
                QFile file(posts.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray post = file.readAll();
                // The post's body, after its front matter.
                body += post.mid(post.indexOf("\n---", 3) + 4) + "\n\n";
            }
        }
        const QByteArray post = "---\ntitle: Whole blog\n---\n" + body;
        ArticleParser::Utf8Result memory
            = ArticleParser::parseUtf8(post, QStringLiteral("blog.md"), {}, post.size() + 1);
        ArticleParser::Utf8Result spooled
            = ArticleParser::parseUtf8(post, QStringLiteral("blog.md"), {}, 0);
        QVERIFY2(memory.ok() && spooled.ok(), qPrintable(memory.error + spooled.error));
        QVERIFY(!memory.html.isSpooled());
        QVERIFY(spooled.html.isSpooled());
        QCOMPARE(spooled.html.size(), memory.html.size());
        int pieces = 0;
        QString error;
        QVERIFY(spooled.html.read(
            [&](QByteArrayView) {
                ++pieces;
                return true;
            },
            &error));
        QVERIFY(pieces >= 3);
        const QByteArray expected = memory.html.take();
        QVERIFY(expected.count("?site\"") > 100);
        const QByteArray html = spooled.html.take(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(html == expected);
    }
};

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
