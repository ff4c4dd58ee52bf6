#include "library/glosslink.h"

#include <QTest>

#include <limits>

using namespace gloss;

// Links back into Gloss are made by exports and pasted back by people, or come from anyone who
// can put a link in front of them: each one is taken apart strictly, with a reason for a refusal.
class TestGlossLink : public QObject
{
    Q_OBJECT

    static constexpr char16_t library[] = u"6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f";

    static QString link(const QString &path) { return QStringLiteral("gloss://open/") + path; }
    static QString ofLibrary(const QString &rest)
    {
        return link(QString::fromUtf16(library) + rest);
    }

private Q_SLOTS:
    void builds()
    {
        const QUuid id = QUuid::fromString(QStringView(library));
        QCOMPARE(GlossLink(id, 12).toString(), ofLibrary(QStringLiteral("/article/12")));
        QCOMPARE(GlossLink(id, 12, 345).toString(),
                 ofLibrary(QStringLiteral("/article/12?highlight=345")));
        const qint64 largest = std::numeric_limits<qint64>::max();
        QCOMPARE(GlossLink(id, largest, largest).toString(),
                 ofLibrary(QStringLiteral("/article/9223372036854775807"
                                          "?highlight=9223372036854775807")));
        QVERIFY(GlossLink(id, largest, largest).toString().size() <= GlossLink::maxLength);
        // Nothing to link to: no text at all.
        QVERIFY(!GlossLink().isValid());
        QCOMPARE(GlossLink().toString(), QString());
        QCOMPARE(GlossLink(QUuid(), 12).toString(), QString());
        QCOMPARE(GlossLink(id, 0).toString(), QString());
        QCOMPARE(GlossLink(id, -3).toString(), QString());
        QCOMPARE(GlossLink(id, 12, 0).toString(), QString());
    }

    void parsesGoodLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("article");
        QTest::addColumn<qint64>("highlight"); // 0: none
        QTest::newRow("article") << ofLibrary(QStringLiteral("/article/1")) << qint64(1)
                                 << qint64(0);
        QTest::newRow("highlight")
            << ofLibrary(QStringLiteral("/article/42?highlight=7")) << qint64(42) << qint64(7);
        QTest::newRow("largest ids")
            << ofLibrary(QStringLiteral("/article/9223372036854775807"
                                        "?highlight=9223372036854775807"))
            << std::numeric_limits<qint64>::max() << std::numeric_limits<qint64>::max();
        QTest::newRow("ten") << ofLibrary(QStringLiteral("/article/10?highlight=100")) << qint64(10)
                             << qint64(100);
    }
    void parsesGoodLinks()
    {
        QFETCH(QString, text);
        QFETCH(qint64, article);
        QFETCH(qint64, highlight);
        QString error;
        const std::optional<GlossLink> parsed = GlossLink::parse(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->libraryId(), QUuid::fromString(QStringView(library)));
        QCOMPARE(parsed->articleId(), article);
        QCOMPARE(parsed->highlightId(),
                 highlight ? std::optional<qint64>(highlight) : std::optional<qint64>());
        QVERIFY(parsed->isValid());
        // The same text back: one spelling per link.
        QCOMPARE(parsed->toString(), text);
    }

    void roundTrips()
    {
        for (int i = 0; i < 200; ++i) {
            const GlossLink made(QUuid::createUuid(), 1 + i * 7919,
                                 i % 2 ? std::optional<qint64>(i + 1) : std::nullopt);
            QString error;
            const std::optional<GlossLink> parsed = GlossLink::parse(made.toString(), &error);
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(*parsed, made);
        }
    }

    void refusesHostileLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // a part of the message
        const QString uuid = QString::fromUtf16(library);

        QTest::newRow("empty") << QString() << QStringLiteral("the link is empty");
        QTest::newRow("10 kB") << ofLibrary(QStringLiteral("/article/1?highlight=")
                                            + QString(10 * 1024, u'1'))
                               << QStringLiteral("characters long; a Gloss link has at most 200");
        QTest::newRow("10 kB of path")
            << link(QStringLiteral("../").repeated(3500)) << QStringLiteral("at most 200");

        // Another scheme, or none.
        QTest::newRow("https") << QStringLiteral("https://open/%1/article/1").arg(uuid)
                               << QStringLiteral("scheme is 'https', not gloss");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd")
                              << QStringLiteral("scheme is 'file', not gloss");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)")
                                    << QStringLiteral("scheme is 'javascript', not gloss");
        QTest::newRow("capitals") << QStringLiteral("GLOSS://open/%1/article/1").arg(uuid)
                                  << QStringLiteral("scheme is 'GLOSS', not gloss");
        QTest::newRow("no scheme")
            << QStringLiteral("open/%1/article/1").arg(uuid) << QStringLiteral("it has no scheme");
        QTest::newRow("one slash") << QStringLiteral("gloss:/open/%1/article/1").arg(uuid)
                                   << QStringLiteral("starts with gloss://");
        QTest::newRow("the reader's scheme")
            << QStringLiteral("gloss://article/1") << QStringLiteral("host is 'article', not open");
        QTest::newRow("user and port")
            << QStringLiteral("gloss://me@open:80/%1/article/1").arg(uuid)
            << QStringLiteral("host is 'me@open:80', not open");
        QTest::newRow("no path") << QStringLiteral("gloss://open")
                                 << QStringLiteral("names no library");

        // Paths and dots where ids should be.
        QTest::newRow("../ as the library")
            << link(QStringLiteral("../article/1")) << QStringLiteral("'..' is not a library id");
        QTest::newRow("../ after the library")
            << ofLibrary(QStringLiteral("/../article/1"))
            << QStringLiteral("'..' follows the library id where 'article' should");
        QTest::newRow("../ as the article")
            << ofLibrary(QStringLiteral("/article/../1"))
            << QStringLiteral("article id '..': it is not a number");
        QTest::newRow("../ after the article")
            << ofLibrary(QStringLiteral("/article/1/../../etc/passwd"))
            << QStringLiteral("goes on after the article id ('/../../etc/passwd')");
        QTest::newRow("%2e%2e") << link(QStringLiteral("%2e%2e/article/1"))
                                << QStringLiteral("percent-encoded characters ('%2e')");
        QTest::newRow("%2F in an id") << ofLibrary(QStringLiteral("/article/1%2F..%2F2"))
                                      << QStringLiteral("percent-encoded characters ('%2F')");
        QTest::newRow("a path instead of a uuid")
            << link(QStringLiteral("home/me/library.gloss/article/1"))
            << QStringLiteral("'home' is not a library id");
        QTest::newRow("an absolute path instead of a uuid")
            << link(QStringLiteral("/etc/passwd/article/1"))
            << QStringLiteral("'' is not a library id");
        QTest::newRow("uuid in capitals") << link(uuid.toUpper() + QStringLiteral("/article/1"))
                                          << QStringLiteral("a UUID in lower case");
        QTest::newRow("uuid in braces") << link(u'{' + uuid + QStringLiteral("}/article/1"))
                                        << QStringLiteral("is not a library id");
        QTest::newRow("uuid without dashes")
            << link(QString(uuid).remove(u'-') + QStringLiteral("/article/1"))
            << QStringLiteral("is not a library id");
        QTest::newRow("nil uuid") << link(
            QStringLiteral("00000000-0000-0000-0000-000000000000/article/1"))
                                  << QStringLiteral("all zeros");
        QTest::newRow("no article") << ofLibrary(QString()) << QStringLiteral("names no article");
        QTest::newRow("another kind") << ofLibrary(QStringLiteral("/category/1"))
                                      << QStringLiteral("'category' follows the library id");
        QTest::newRow("trailing slash") << ofLibrary(QStringLiteral("/article/1/"))
                                        << QStringLiteral("goes on after the article id ('/')");
        QTest::newRow("double slash") << ofLibrary(QStringLiteral("//article/1"))
                                      << QStringLiteral("'' follows the library id");
        QTest::newRow("fragment") << ofLibrary(QStringLiteral("/article/1#x"))
                                  << QStringLiteral("no fragment ('#x')");

        // Numbers that are not ids.
        QTest::newRow("zero") << ofLibrary(QStringLiteral("/article/0"))
                              << QStringLiteral("article id '0': ids start at 1");
        QTest::newRow("negative") << ofLibrary(QStringLiteral("/article/-1"))
                                  << QStringLiteral("article id '-1': it has a sign");
        QTest::newRow("plus") << ofLibrary(QStringLiteral("/article/+1"))
                              << QStringLiteral("article id '+1': it has a sign");
        QTest::newRow("leading zeros") << ofLibrary(QStringLiteral("/article/007"))
                                       << QStringLiteral("article id '007': it has leading zeros");
        QTest::newRow("one past qint64")
            << ofLibrary(QStringLiteral("/article/9223372036854775808"))
            << QStringLiteral("article id '9223372036854775808': it is larger than any id");
        QTest::newRow("huge") << ofLibrary(QStringLiteral("/article/") + QString(60, u'9'))
                              << QStringLiteral("it is larger than any id");
        QTest::newRow("hexadecimal")
            << ofLibrary(QStringLiteral("/article/0x10")) << QStringLiteral("article id '0x10'");
        QTest::newRow("exponent") << ofLibrary(QStringLiteral("/article/1e3"))
                                  << QStringLiteral("it is not a number in the digits 0 to 9");
        QTest::newRow("empty id") << ofLibrary(QStringLiteral("/article/"))
                                  << QStringLiteral("article id '': it is missing");
        QTest::newRow("arabic-indic digits")
            << ofLibrary(QStringLiteral("/article/\u0661\u0662"))
            << QStringLiteral("cannot have (U+0661) at position 59");
        QTest::newRow("fullwidth digits")
            << ofLibrary(QStringLiteral("/article/1?highlight=\uff12"))
            << QStringLiteral("cannot have (U+ff12)");
        QTest::newRow("superscript digit") << ofLibrary(QStringLiteral("/article/\u00b9"))
                                           << QStringLiteral("cannot have (U+00b9)");
        QTest::newRow("space") << ofLibrary(QStringLiteral("/article/ 1"))
                               << QStringLiteral("cannot have (U+0020)");
        QTest::newRow("new line") << ofLibrary(QStringLiteral("/article/1\n"))
                                  << QStringLiteral("cannot have (U+000a)");
        QTest::newRow("nul") << ofLibrary(QStringLiteral("/article/1")) + QChar(0)
                             << QStringLiteral("cannot have (U+0000)");

        // The query: highlight=<id>, once, or nothing.
        QTest::newRow("empty query") << ofLibrary(QStringLiteral("/article/1?"))
                                     << QStringLiteral("'?' with nothing after it");
        QTest::newRow("other item") << ofLibrary(QStringLiteral("/article/1?path=/etc/passwd"))
                                    << QStringLiteral("asks for 'path=/etc/passwd'");
        QTest::newRow("other item first") << ofLibrary(QStringLiteral("/article/1?x=1&highlight=2"))
                                          << QStringLiteral("asks for 'x=1&highlight=2'");
        QTest::newRow("highlight twice")
            << ofLibrary(QStringLiteral("/article/1?highlight=2&highlight=3"))
            << QStringLiteral("asks for more than one thing");
        QTest::newRow("highlight and more")
            << ofLibrary(QStringLiteral("/article/1?highlight=2&open=file"))
            << QStringLiteral("asks for more than one thing");
        QTest::newRow("highlight zero") << ofLibrary(QStringLiteral("/article/1?highlight=0"))
                                        << QStringLiteral("highlight id '0': ids start at 1");
        QTest::newRow("highlight negative") << ofLibrary(QStringLiteral("/article/1?highlight=-5"))
                                            << QStringLiteral("highlight id '-5': it has a sign");
        QTest::newRow("highlight huge")
            << ofLibrary(QStringLiteral("/article/1?highlight=99999999999999999999"))
            << QStringLiteral("highlight id '99999999999999999999': it is larger than any id");
        QTest::newRow("highlight empty") << ofLibrary(QStringLiteral("/article/1?highlight="))
                                         << QStringLiteral("highlight id '': it is missing");
        QTest::newRow("highlight in capitals")
            << ofLibrary(QStringLiteral("/article/1?Highlight=2"))
            << QStringLiteral("asks for 'Highlight=2'");
        QTest::newRow("a second question mark")
            << ofLibrary(QStringLiteral("/article/1?highlight=2?x"))
            << QStringLiteral("highlight id '2?x': it is not a number");
    }
    void refusesHostileLinks()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        const std::optional<GlossLink> parsed = GlossLink::parse(text, &error);
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString() : QString()));
        QVERIFY2(error.contains(reason), qPrintable(error));
        // A message quotes at most 40 characters of the link, whatever its length.
        QVERIFY2(error.size() < 300, qPrintable(error));
        // A caller that needs no reason passes none.
        QVERIFY(!GlossLink::parse(text, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestGlossLink)
#include "tst_glosslink.moc"
