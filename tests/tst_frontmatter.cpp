#include "article/frontmatter.h"

#include <QTest>

using namespace gloss;

using Paths = QList<QStringList>;

class TestFrontMatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splits()
    {
        const FrontMatterParser::Split split
            = FrontMatterParser::split(QStringLiteral("\n\n---\ntitle: x\n---\n\n<p>body</p>\n"));
        QVERIFY2(split.error.isEmpty(), qPrintable(split.error));
        QCOMPARE(split.yaml, QStringLiteral("title: x\n"));
        QCOMPARE(split.body, QStringLiteral("\n<p>body</p>\n"));
        QCOMPARE(split.yamlFirstLine, 4);
    }

    void splitsMarkersWithTrailingSpaces()
    {
        const FrontMatterParser::Split split
            = FrontMatterParser::split(QStringLiteral("---  \ntitle: x\n--- \nbody"));
        QVERIFY(split.error.isEmpty());
        QCOMPARE(split.body, QStringLiteral("body"));
    }

    void splitsEmptyFrontMatterAndEmptyBody()
    {
        const FrontMatterParser::Split split = FrontMatterParser::split(QStringLiteral("---\n---"));
        QVERIFY(split.error.isEmpty());
        QCOMPARE(split.yaml, QString());
        QCOMPARE(split.body, QString());
    }

    void splitErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << QStringLiteral("empty file");
        QTest::newRow("blank") << QStringLiteral("\n  \n") << QStringLiteral("empty file");
        QTest::newRow("no marker") << QStringLiteral("\n# Title\n")
                                   << QStringLiteral("no front matter: line 2 should be '---'");
        QTest::newRow("unclosed")
            << QStringLiteral("---\ntitle: x\n")
            << QStringLiteral("front matter opened on line 1 is never closed with '---'");
        QTest::newRow("four dashes") << QStringLiteral("----\ntitle: x\n----\n")
                                     << QStringLiteral("no front matter: line 1 should be '---'");
    }
    void splitErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QCOMPARE(FrontMatterParser::split(text).error, error);
    }

    void categories_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<Paths>("paths");
        QTest::newRow("list is one path")
            << QStringLiteral("categories:\n - 新媒体\n - 虎嗅\n - 首页资讯\n")
            << Paths { { QStringLiteral("新媒体"), QStringLiteral("虎嗅"),
                         QStringLiteral("首页资讯") } };
        QTest::newRow("flow list") << QStringLiteral("categories: [a, b]")
                                   << Paths { { QStringLiteral("a"), QStringLiteral("b") } };
        QTest::newRow("list of lists")
            << QStringLiteral("categories:\n - [a, b]\n - [c]\n")
            << Paths { { QStringLiteral("a"), QStringLiteral("b") }, { QStringLiteral("c") } };
        QTest::newRow("nested list written inline")
            << QStringLiteral("categories:\n- [人工智能,深度学习,框架,tensorflow]\n")
            << Paths { { QStringLiteral("人工智能"), QStringLiteral("深度学习"),
                         QStringLiteral("框架"), QStringLiteral("tensorflow") } };
        QTest::newRow("mixed: scalars become paths of their own")
            << QStringLiteral("categories: [[a, b], c]")
            << Paths { { QStringLiteral("a"), QStringLiteral("b") }, { QStringLiteral("c") } };
        QTest::newRow("scalar") << QStringLiteral("categories: Essays")
                                << Paths { { QStringLiteral("Essays") } };
        QTest::newRow("absent") << QStringLiteral("title: x") << Paths {};
        QTest::newRow("empty") << QStringLiteral("categories:") << Paths {};
        QTest::newRow("empty items dropped")
            << QStringLiteral("categories: [a, '', b]")
            << Paths { { QStringLiteral("a"), QStringLiteral("b") } };
        QTest::newRow("numbers are names")
            << QStringLiteral("categories: [2022, 04]")
            << Paths { { QStringLiteral("2022"), QStringLiteral("04") } };
    }
    void categories()
    {
        QFETCH(QString, yaml);
        QFETCH(Paths, paths);
        const FrontMatterParser::Result result = FrontMatterParser::parse(yaml);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.value.categoryPaths, paths);
    }

    void fields()
    {
        const FrontMatterParser::Result result = FrontMatterParser::parse(
            QStringLiteral("title: 'AI芯片，撑得过明年吗？'\nauthor: 虎嗅\ncomments: false\n"
                           "date: Mon, 11 Apr 2022 08:56:00 GMT\nupdated: 2022-04-12 10:00:00\n"
                           "tags: [a, b, a]\nthumbnail: 'https://t.example/t.png'\nheadimg: "
                           "'https://h.example/h.png'\n"));
        QVERIFY(result.error.isEmpty());
        const FrontMatter &fm = result.value;
        QCOMPARE(fm.title, QStringLiteral("AI芯片，撑得过明年吗？"));
        QCOMPARE(fm.author, QStringLiteral("虎嗅"));
        QCOMPARE(fm.date, QStringLiteral("Mon, 11 Apr 2022 08:56:00 GMT"));
        QCOMPARE(fm.updated, QStringLiteral("2022-04-12 10:00:00"));
        QCOMPARE(fm.tags, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(fm.headerImage, QStringLiteral("https://h.example/h.png"));
    }

    void headerImagePriority_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("image");
        QTest::newRow("cover wins")
            << QStringLiteral("thumbnail: t\nheadimg: h\ncover: c") << QStringLiteral("c");
        QTest::newRow("headimg over thumbnail")
            << QStringLiteral("thumbnail: t\nheadimg: h") << QStringLiteral("h");
        QTest::newRow("thumbnail alone") << QStringLiteral("thumbnail: t") << QStringLiteral("t");
        QTest::newRow("empty cover ignored")
            << QStringLiteral("cover: ''\nthumbnail: t") << QStringLiteral("t");
        QTest::newRow("none") << QStringLiteral("title: x") << QString();
    }
    void headerImagePriority()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, image);
        QCOMPARE(FrontMatterParser::parse(yaml).value.headerImage, image);
    }

    void tagsScalarAndNested()
    {
        QCOMPARE(FrontMatterParser::parse(QStringLiteral("tags: solo")).value.tags,
                 QStringList { QStringLiteral("solo") });
        QCOMPARE(FrontMatterParser::parse(QStringLiteral("tags:\n - x\n - [y, z]")).value.tags,
                 QStringList({ QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") }));
    }

    void authorAsMap()
    {
        QCOMPARE(FrontMatterParser::parse(QStringLiteral("author:\n  name: Ada\n  link: x"))
                     .value.author,
                 QStringLiteral("Ada"));
    }

    void brokenYamlNamesTheLine()
    {
        const FrontMatterParser::Result result = FrontMatterParser::parse(
            QStringLiteral("title: ok\ncategories: [a, b\ntags: x\n"), 3);
        QVERIFY(result.error.startsWith(u"broken front matter at line"));
        // The flow list opened on the second YAML line (file line 4) is reported near there.
        QVERIFY2(result.error.contains(u"line 4") || result.error.contains(u"line 5")
                     || result.error.contains(u"line 6"),
                 qPrintable(result.error));
    }

    void notAMap()
    {
        QCOMPARE(FrontMatterParser::parse(QStringLiteral("- a\n- b")).error,
                 QStringLiteral("front matter is not a list of 'field: value' lines"));
    }

    void nonScalarTitleWarns()
    {
        const FrontMatterParser::Result result
            = FrontMatterParser::parse(QStringLiteral("title: [a, b]"));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.value.title, QString());
        QCOMPARE(result.warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
