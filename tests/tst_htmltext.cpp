#include "article/htmltext.h"

#include <QTest>

using namespace gloss;

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
