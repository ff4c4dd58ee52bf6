#include "article/articleparser.h"
#include "article/htmltext.h"
#include "testsupport.h"

#include <QTest>

using namespace gloss;
using namespace gloss::test;

class TestHtmlText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extracts_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs")
            << QStringLiteral("<p>one</p><p>two</p>") << QStringLiteral("one\ntwo");
        QTest::newRow("inline stays on the line")
            << QStringLiteral("<p>a <strong>bold</strong> <a href=x>link</a>.</p>")
            << QStringLiteral("a bold link.");
        QTest::newRow("white space collapses")
            << QStringLiteral("<div>   a \n\t  b   </div>") << QStringLiteral("a b");
        QTest::newRow("br") << QStringLiteral("<p>line<br>next</p>")
                            << QStringLiteral("line\nnext");
        QTest::newRow("heading with br")
            << QStringLiteral("<h3>title<br></h3><p>x</p>") << QStringLiteral("title\nx");
        QTest::newRow("script and style skipped")
            << QStringLiteral("<style>p{}</style><p>a</p><script>alert(1)</script><p>b</p>")
            << QStringLiteral("a\nb");
        QTest::newRow("entities") << QStringLiteral("<p>&lt;a&gt; &amp; &#123;x&#125; &nbsp;y</p>")
                                  << QStringLiteral("<a> & {x} \u00a0y");
        QTest::newRow("pre keeps spaces")
            << QStringLiteral("<pre><code>a  b\n  c</code></pre><p>d</p>")
            << QStringLiteral("a  b\n  c\nd");
        QTest::newRow("list items")
            << QStringLiteral("<ul><li>one</li><li>two</li></ul>") << QStringLiteral("one\ntwo");
        QTest::newRow("blockquote with list")
            << QStringLiteral("<blockquote><p>q</p><ul><li>i</li></ul></blockquote>")
            << QStringLiteral("q\ni");
        QTest::newRow("table cells")
            << QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
            << QStringLiteral("a b\nc");
        QTest::newRow("plain text without tags")
            << QStringLiteral("just text\nover lines") << QStringLiteral("just text over lines");
        QTest::newRow("cjk") << QStringLiteral("<p>芯片<b>资本</b>。</p>")
                             << QStringLiteral("芯片资本。");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comment") << QStringLiteral("<p>a<!-- hidden -->b</p>")
                                 << QStringLiteral("ab");
        // What EmbedFilter takes out of the page holds none of the article's text.
        QTest::newRow("frames and objects skipped")
            << QStringLiteral("<p>a<iframe>b</iframe>c<embed src=x>d</p>"
                              "<object data=x><p>fallback</p></object><p>e</p>")
            << QStringLiteral("acd\ne");
        QTest::newRow("frameset skipped")
            << QStringLiteral("<frameset><frame src=x><noframes>no frames</noframes></frameset>")
            << QString();
        QTest::newRow("unclosed tags")
            << QStringLiteral("<p>a<p>b<div>c") << QStringLiteral("a\nb\nc");
    }
    void extracts()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlText::extract(html), text);
    }

    void excerptBeforeMoreMarker()
    {
        QString excerpt;
        const QString text = HtmlText::extract(
            QStringLiteral("<p>intro</p>\n<!-- more -->\n<p>rest</p>"), &excerpt);
        QCOMPARE(text, QStringLiteral("intro\nrest"));
        QCOMPARE(excerpt, QStringLiteral("intro"));
    }

    void noExcerptWithoutMarker()
    {
        QString excerpt = QStringLiteral("stale");
        HtmlText::extract(QStringLiteral("<p>a</p><!-- note -->"), &excerpt);
        QCOMPARE(excerpt, QString());
    }

    // A large document is parsed in pieces; the text must be what one parse gives. With a
    // piece size of one byte the document is cut before every block start tag it can be.
    void piecesGiveTheSameText_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("text"); // empty: what one parse gives
        QTest::addColumn<int>("pieces");

        // Elements open across a cut are opened again in the next piece: their end tags there
        // still end a line.
        QTest::newRow("list item around a cut")
            << QByteArray("<ul><li>a<p>b</p> c</li> d</ul>") << QByteArray("a\nb\nc\nd") << 3;
        QTest::newRow("nested divs") << QByteArray("<div><div>a<div>b</div> c</div> d</div> e")
                                     << QByteArray("a\nb\nc\nd\ne") << 3;
        QTest::newRow("inline element around a cut")
            << QByteArray("<p><a href=x>a <b>b<div>c</div> d</b></a> e</p>")
            << QByteArray("a b\nc\nd e") << 2;
        QTest::newRow("custom element")
            << QByteArray("<my-card>a<p>b</p> c</my-card> d") << QByteArray("a\nb\nc d") << 2;
        QTest::newRow("stray end tags")
            << QByteArray("<li>a</li><p>b</p> c</li> d</p> e") << QByteArray("a\nb\nc d\ne") << 2;
        // No cut inside what a cut would change; the pieces around them still come.
        QTest::newRow("pre") << QByteArray("<p>x</p><pre>a\n<p>b</p>  c</pre><p>d</p>")
                             << QByteArray("x\na\nb\n  c\nd") << 3;
        QTest::newRow("table") << QByteArray(
            "<p>x</p><table><tr><td>a<p>b</p></td><td>c</td></tr></table><p>d</p>")
                               << QByteArray("x\na\nb\nc\nd") << 3;
        QTest::newRow("script and style")
            << QByteArray("<p>x</p><script>var s = '<p>no</p>';</script><style>p{}</style>"
                          "<p>d</p>")
            << QByteArray("x\nd") << 2;
        QTest::newRow("comment") << QByteArray("<p>x</p><!-- <p>no</p> --><p>d</p><!--><p>e</p>")
                                 << QByteArray("x\nd\ne") << 3;
        QTest::newRow("attribute with a tag in it")
            << QByteArray("<p title=\"<p>no\">x</p><p>d</p>") << QByteArray("x\nd") << 2;
        QTest::newRow("svg") << QByteArray("<p>x</p><svg><p>y</p></svg><svg/><p>d</p>")
                             << QByteArray() << 2;
        QTest::newRow("more marker in a later piece")
            << QByteArray("<div><p>a</p><p>b</p><!-- more --><p>c</p></div>")
            << QByteArray("a\nb\nc") << 4;
        // A body end tag: where the rest goes is the parser's business; no cut after it.
        QTest::newRow("body end tag")
            << QByteArray("<div>a</body><p>b</p><p>c</p></div>d") << QByteArray() << 1;

        const QByteArray seed = ArticleParser::parse(readFile(seedPath()), QStringLiteral("seed"))
                                    .article.html.toUtf8();
        QVERIFY(!seed.isEmpty());
        QTest::newRow("seed") << seed << QByteArray() << -1;
        for (const QString &path : corpusPosts()) {
            const ArticleParser::Result parsed
                = ArticleParser::parse(readFile(path), QFileInfo(path).fileName());
            QTest::newRow(qPrintable(QDir(corpusDir()).relativeFilePath(path)))
                << parsed.article.html.toUtf8() << QByteArray() << -1;
        }
    }
    void piecesGiveTheSameText()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, text);
        QFETCH(int, pieces);
        QByteArray wholeExcerpt;
        int one = 0;
        const QByteArray whole = HtmlText::extractUtf8(html, &wholeExcerpt, html.size() + 1, &one);
        QCOMPARE(one, 1);
        if (!text.isEmpty())
            QCOMPARE(whole, text);
        QByteArray excerpt;
        int parsed = 0;
        const QByteArray cut = HtmlText::extractUtf8(html, &excerpt, 1, &parsed);
        QCOMPARE(cut, whole);
        QCOMPARE(excerpt, wholeExcerpt);
        if (pieces > 0)
            QCOMPARE(parsed, pieces);
        else if (html.count("<p") > 2)
            QVERIFY2(parsed > 1, qPrintable(QString::number(parsed)));

        // Read as it comes, a few bytes at a time (every tag, comment and raw text element
        // runs past some part's end): the same pieces, the same text. (A token that runs past
        // a part is read again from its start: byte by byte only for the short cases.)
        const QList<qsizetype> parts
            = html.size() < 2000 ? QList<qsizetype> { 1, 7, 4096 } : QList<qsizetype> { 61, 4096 };
        for (const qsizetype part : parts) {
            qsizetype at = 0;
            const auto read = [&](QByteArray *buffer) {
                buffer->append(QByteArrayView(html).sliced(at, qMin(part, html.size() - at)));
                at = qMin(at + part, html.size());
                return at < html.size();
            };
            QByteArray streamedExcerpt;
            int streamedPieces = 0;
            const QByteArray streamed
                = HtmlText::extractUtf8(html.size(), read, &streamedExcerpt, 1, &streamedPieces);
            QCOMPARE(streamed, whole);
            QCOMPARE(streamedExcerpt, wholeExcerpt);
            QCOMPARE(streamedPieces, parsed);
        }
    }

    // A post of 20 MB: pieces of the default size, the same text as one parse.
    void largeDocumentInPieces()
    {
        const QByteArray seed = ArticleParser::parse(readFile(seedPath()), QStringLiteral("seed"))
                                    .article.html.toUtf8();
        QByteArray html = "<div>";
        while (html.size() < 20 * 1024 * 1024)
            html += seed;
        html += "<p>The last words.</p></div>";
        int parsed = 0;
        const QByteArray cut
            = HtmlText::extractUtf8(html, nullptr, HtmlText::defaultPieceSize, &parsed);
        QVERIFY2(parsed >= 20, qPrintable(QString::number(parsed)));
        QCOMPARE(cut, HtmlText::extractUtf8(html, nullptr, html.size() + 1));
        QVERIFY(cut.endsWith("\nThe last words."));

        // Read a megabyte at a time, as the importer reads a stored article: the same text,
        // and never more than about two pieces and a part of it at hand.
        qsizetype at = 0;
        qsizetype held = 0;
        const auto read = [&](QByteArray *buffer) {
            buffer->append(QByteArrayView(html).sliced(at, qMin(1 << 20, html.size() - at)));
            at = qMin(at + (1 << 20), html.size());
            held = qMax(held, buffer->size());
            return at < html.size();
        };
        int streamedPieces = 0;
        QCOMPARE(HtmlText::extractUtf8(html.size(), read, nullptr, HtmlText::defaultPieceSize,
                                       &streamedPieces),
                 cut);
        QCOMPARE(streamedPieces, parsed);
        QVERIFY2(held < 4 * HtmlText::defaultPieceSize, qPrintable(QString::number(held)));
    }

    void deepNesting()
    {
        // 20,000 nested elements: the walk is iterative, so this neither crashes nor loses text.
        const int depth = 20000;
        QString html;
        for (int i = 0; i < depth; ++i)
            html += QStringLiteral("<span>");
        html += QStringLiteral("deep");
        const QString text = HtmlText::extract(html);
        QCOMPARE(text, QStringLiteral("deep"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
