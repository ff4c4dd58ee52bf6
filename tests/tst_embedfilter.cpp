// EmbedFilter: frames and embedded objects out of article HTML, whatever shape the markup takes,
// with the text HtmlText extracts left exactly as it was.
#include "article/articleparser.h"
#include "article/embedfilter.h"
#include "article/htmltext.h"
#include "testsupport.h"

#include <QTest>

using namespace gloss;
using namespace gloss::test;

namespace {

QString frame(const QString &host = {}, const QString &source = {})
{
    return QStringLiteral("<span class=\"gloss-removed\" data-what=\"Embedded frame removed")
        + (host.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(host)) + u'"'
        + (source.isEmpty() ? QString() : QStringLiteral(" title=\"%1\"").arg(source))
        + QStringLiteral("></span>");
}

QString object(const QString &host = {}, const QString &source = {})
{
    return QStringLiteral("<span class=\"gloss-removed\" data-what=\"Embedded object removed")
        + (host.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(host)) + u'"'
        + (source.isEmpty() ? QString() : QStringLiteral(" title=\"%1\"").arg(source))
        + QStringLiteral("></span>");
}

} // namespace

class TestEmbedFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("removed");

        // Each kind of element.
        QTest::newRow("iframe") << QStringLiteral(
            "<p>a</p><iframe src=\"https://www.youtube.com/embed/x\"></iframe><p>b</p>")
                                << QStringLiteral("<p>a</p>")
                + frame(QStringLiteral("youtube.com"),
                        QStringLiteral("https://www.youtube.com/embed/x"))
                + QStringLiteral("<p>b</p>")
                                << 1;
        QTest::newRow("iframe srcdoc with an image")
            << QStringLiteral("<p>a</p><iframe srcdoc=\"&lt;img src=http://127.0.0.1/i.png&gt;"
                              "&lt;script&gt;x()&lt;/script&gt;\"></iframe>")
            << QStringLiteral("<p>a</p>") + frame() << 1;
        QTest::newRow("frameset") << QStringLiteral(
            "<frameset rows=\"50%,50%\"><frame src=\"http://a.example/1\">"
            "<frame src=\"http://b.example/2\"></frameset>")
                                  << frame() << 1;
        QTest::newRow("object with fallback")
            << QStringLiteral("<p>An <object data=\"https://example.com/a.swf\"><p>fallback</p>"
                              "<img src=x.png></object> object.</p>")
            << QStringLiteral("<p>An ")
                + object(QStringLiteral("example.com"), QStringLiteral("https://example.com/a.swf"))
                + QStringLiteral(" object.</p>")
            << 1;
        QTest::newRow("embed, a void element")
            << QStringLiteral(
                   "<p>x<embed src=\"movie.swf\" type=application/x-shockwave-flash>y</p>")
            << QStringLiteral("<p>x") + object() + QStringLiteral("y</p>") << 1;
        QTest::newRow("embed with a stray end tag")
            << QStringLiteral("<embed src=a.swf></embed><p>t</p>")
            << object() + QStringLiteral("</embed><p>t</p>") << 1;
        QTest::newRow("data: URL frame")
            << QStringLiteral("<iframe src=\"data:text/html,&lt;b&gt;x\"></iframe>") << frame()
            << 1;
        QTest::newRow("protocol-relative URL")
            << QStringLiteral("<iframe src=\"//player.vimeo.com/video/1\"></iframe>")
            << frame(QStringLiteral("player.vimeo.com"),
                     QStringLiteral("//player.vimeo.com/video/1"))
            << 1;
        QTest::newRow("hostile URL stays an attribute")
            << QStringLiteral("<iframe src='https://a.example/\"><b>x'></iframe>")
            << frame(QStringLiteral("a.example"),
                     QStringLiteral("https://a.example/&quot;&gt;&lt;b&gt;x"))
            << 1;

        // Case, quotes, white space, byte offsets.
        QTest::newRow("case and unquoted attributes")
            << QStringLiteral("<IFRAME SRC=http://A.example/v ></IfRaMe><p>t</p>")
            << frame(QStringLiteral("a.example"), QStringLiteral("http://A.example/v"))
                + QStringLiteral("<p>t</p>")
            << 1;
        QTest::newRow("slash as separator")
            << QStringLiteral("<iframe/src=x/srcdoc=y></iframe>t") << frame() + u't' << 1;
        QTest::newRow("CRLF inside the tag")
            << QStringLiteral("<p>a</p>\r\n<iframe\r\nsrc=x>\r\n</iframe>\r\n<p>b</p>")
            << QStringLiteral("<p>a</p>\r\n") + frame() + QStringLiteral("\r\n<p>b</p>") << 1;
        QTest::newRow("multi-byte text before and after") << QStringLiteral(
            "<p>芯片与资本</p><embed src=\"http://e.example/x\"><p>往日的热闹</p>")
                                                          << QStringLiteral("<p>芯片与资本</p>")
                + object(QStringLiteral("e.example"), QStringLiteral("http://e.example/x"))
                + QStringLiteral("<p>往日的热闹</p>") << 1;

        // Where the markup only looks like a frame: left byte for byte.
        QTest::newRow("in a comment")
            << QStringLiteral("<p>a<!-- <iframe src=x></iframe> --></p>")
            << QStringLiteral("<p>a<!-- <iframe src=x></iframe> --></p>") << 0;
        QTest::newRow("CDATA in HTML is a comment up to the first >")
            << QStringLiteral("<![CDATA[ <iframe src=x ]]><p>t</p>")
            << QStringLiteral("<![CDATA[ <iframe src=x ]]><p>t</p>") << 0;
        QTest::newRow("in script, style, textarea, title, xmp, noembed, noframes")
            << QStringLiteral("<script><iframe src=a></script><style><object></style>"
                              "<textarea><embed></textarea><title><frame></title>"
                              "<xmp><iframe></xmp><noembed><embed></noembed>"
                              "<noframes><frameset></noframes>")
            << QStringLiteral("<script><iframe src=a></script><style><object></style>"
                              "<textarea><embed></textarea><title><frame></title>"
                              "<xmp><iframe></xmp><noembed><embed></noembed>"
                              "<noframes><frameset></noframes>")
            << 0;
        QTest::newRow("escaped script data")
            << QStringLiteral("<script><!--<script></script><iframe></script>--></script>")
            << QStringLiteral("<script><!--<script></script><iframe></script>--></script>") << 0;
        QTest::newRow("in an attribute value")
            << QStringLiteral("<p title=\"<iframe srcdoc=x>\">t</p>")
            << QStringLiteral("<p title=\"<iframe srcdoc=x>\">t</p>") << 0;
        QTest::newRow("a word in the text")
            << QStringLiteral("<p>the srcdoc attribute and the &lt;iframe&gt; element</p>")
            << QStringLiteral("<p>the srcdoc attribute and the &lt;iframe&gt; element</p>") << 0;
        QTest::newRow("ignored inside select")
            << QStringLiteral("<select><iframe></iframe><option>o</select>")
            << QStringLiteral("<select><iframe></iframe><option>o</select>") << 0;
        QTest::newRow("frameset after text is ignored")
            << QStringLiteral("<p>a</p><frameset><frame src=x>")
            << QStringLiteral("<p>a</p><frameset><frame src=x>") << 0;
        QTest::newRow("mXSS noscript: an attribute")
            << QStringLiteral("<noscript><p title=\"</noscript><iframe srcdoc=x>\"></noscript>")
            << QStringLiteral("<noscript><p title=\"</noscript><iframe srcdoc=x>\"></noscript>")
            << 0;

        // Nested and unclosed.
        QTest::newRow("unclosed iframe takes the rest as its text")
            << QStringLiteral("<p>a</p><iframe src=x><p>b</p>")
            << QStringLiteral("<p>a</p>") + frame() << 1;
        QTest::newRow("unclosed object takes the rest")
            << QStringLiteral("<div><p>a</p><object data=x><p>fallback</div><p>after</p>")
            << QStringLiteral("<div><p>a</p>") + object() << 1;
        QTest::newRow("object closed by its cell")
            << QStringLiteral("<table><tr><td><object data=x>f</td><td>c</td></tr></table>")
            << QStringLiteral("<table><tr><td>") + object()
                + QStringLiteral("</td><td>c</td></tr></table>")
            << 1;
        QTest::newRow("nested: one placeholder")
            << QStringLiteral("<object><iframe></iframe><embed><object></object></object>t")
            << object() + u't' << 1;
        QTest::newRow("foster-parented out of a table")
            << QStringLiteral("<table><tr><iframe src=x></iframe><td>c</td></tr></table>")
            << QStringLiteral("<table><tr>") + frame() + QStringLiteral("<td>c</td></tr></table>")
            << 1;
        QTest::newRow("template") << QStringLiteral("<template><iframe></iframe></template>t")
                                  << QStringLiteral("<template>") + frame()
                + QStringLiteral("</template>t")
                                  << 1;
        QTest::newRow("two in a row")
            << QStringLiteral("<iframe></iframe><iframe></iframe>") << frame() + frame() << 2;

        // SVG and MathML.
        QTest::newRow("iframe in foreignObject: the svg goes")
            << QStringLiteral("<p>a</p><svg><foreignObject><iframe srcdoc=x></iframe>"
                              "</foreignObject></svg><p>b</p>")
            << QStringLiteral("<p>a</p>") + frame() + QStringLiteral("<p>b</p>") << 1;
        QTest::newRow("embed breaks out of svg")
            << QStringLiteral("<svg><rect/><embed src=x></svg>t")
            << QStringLiteral("<svg><rect/>") + object() + QStringLiteral("</svg>t") << 1;
        QTest::newRow("svg iframe")
            << QStringLiteral("<svg><iframe></iframe></svg>t") << frame() + u't' << 1;
        QTest::newRow("svg object")
            << QStringLiteral("<svg><object></object></svg>t") << object() + u't' << 1;
        QTest::newRow("CDATA in svg")
            << QStringLiteral("<svg><![CDATA[><iframe srcdoc=x>]]></svg>t") << frame() + u't' << 1;
        QTest::newRow("mXSS svg, </p> and style")
            << QStringLiteral("<svg></p><style><a id=\"</style><iframe srcdoc=x>\"></svg>t")
            << frame() + u't' << 1;
        QTest::newRow("mXSS math, table and mglyph")
            << QStringLiteral("<math><mtext><table><mglyph><style><iframe srcdoc=x></style>"
                              "</mglyph></table></mtext></math>t")
            << frame() + u't' << 1;
        QTest::newRow("svg without embeds stays")
            << QStringLiteral("<svg width=5><rect/><text>srcdo</text></svg><iframe></iframe>")
            << QStringLiteral("<svg width=5><rect/><text>srcdo</text></svg>") + frame() << 1;

        // srcdoc anywhere else: it goes, with the attributes after it in its tag.
        QTest::newRow("srcdoc on a div") << QStringLiteral("<div id=a srcdoc=\"x\" class=b>t</div>")
                                         << QStringLiteral("<div id=a >t</div>") << 0;
        QTest::newRow("duplicate srcdoc")
            << QStringLiteral("<div title=a srcdoc=1 SRCDOC=2 srcdoc>t</div>")
            << QStringLiteral("<div title=a >t</div>") << 0;
        QTest::newRow("srcdoc on body") << QStringLiteral("<p>a</p><body srcdoc=x><p>b</p>")
                                        << QStringLiteral("<p>a</p><body ><p>b</p>") << 0;
        QTest::newRow("self-closing tag keeps its slash")
            << QStringLiteral("<p>a<br srcdoc=\"x\"/>b</p>") << QStringLiteral("<p>a<br />b</p>")
            << 0;
    }

    void filters()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QFETCH(int, removed);
        const EmbedFilter::Result result = EmbedFilter::filter(html);
        QCOMPARE(result.html, expected);
        QCOMPARE(result.removed.size(), removed);
        QVERIFY(!result.plainText);
        // The text is the text of the original, and a second pass finds nothing.
        QCOMPARE(HtmlText::extract(result.html), HtmlText::extract(html));
        const EmbedFilter::Result again = EmbedFilter::filter(result.html);
        QCOMPARE(again.html, result.html);
        QCOMPARE(again.removed, QStringList());
    }

    void labelsInOrder()
    {
        const EmbedFilter::Result result = EmbedFilter::filter(QStringLiteral(
            "<p>one</p><iframe src=\"https://www.youtube.com/embed/a\"></iframe><p>two</p>"
            "<object data=\"/pdf/a.pdf\"></object><embed src=\"https://cdn.example.org/m.swf\">"));
        QCOMPARE(result.removed,
                 (QStringList { QStringLiteral("Embedded frame removed (youtube.com)"),
                                QStringLiteral("Embedded object removed"),
                                QStringLiteral("Embedded object removed (cdn.example.org)") }));
    }

    // A <frameset> that the parser takes for the page makes it ignore the rest, so each round
    // finds one more; markup that needs more rounds than an article ever could is shown as its
    // text, exactly the text HtmlText extracts.
    void framesetsInARow()
    {
        const QString two
            = QStringLiteral("<frameset></frameset><frameset></frameset><p>after</p>");
        QCOMPARE(EmbedFilter::filter(two).html, frame() + frame() + QStringLiteral("<p>after</p>"));

        QString many;
        for (int i = 0; i < 8; ++i)
            many += QStringLiteral("<frameset><frame src=x></frameset>");
        many += QStringLiteral("<noframes>a &amp; b\n  c</noframes><iframe></iframe>");
        const EmbedFilter::Result result = EmbedFilter::filter(many);
        QVERIFY(result.plainText);
        QCOMPARE(result.removed.size(), 1);
        QCOMPARE(
            result.html,
            QStringLiteral("<span class=\"gloss-removed\" data-what=\"Embedded frames removed: "
                           "the article is shown as plain text\"></span>"
                           "<pre class=\"gloss-plain-text\">\n")
                + HtmlText::extract(many).toHtmlEscaped() + QStringLiteral("</pre>"));
        QCOMPARE(HtmlText::extract(result.html), HtmlText::extract(many));
        QCOMPARE(EmbedFilter::filter(result.html).html, result.html);
    }

    void deepNesting()
    {
        QString html;
        for (int i = 0; i < 20000; ++i)
            html += QStringLiteral("<span>");
        html += QStringLiteral("deep<iframe></iframe>");
        const EmbedFilter::Result result = EmbedFilter::filter(html);
        QCOMPARE(result.removed.size(), 1);
        QVERIFY(result.html.endsWith(QStringLiteral("deep") + frame()));
    }

    // Every real post: without embeds, the same string; with them (one corpus post ends in an
    // unclosed <object>), the same text.
    void corpusPosts()
    {
        const QStringList posts = gloss::test::corpusPosts();
        QVERIFY(posts.size() > 300);
        int withEmbeds = 0;
        for (const QString &path : posts) {
            const ArticleParser::Result parsed
                = ArticleParser::parse(readFile(path), QFileInfo(path).fileName());
            if (!parsed.ok())
                continue;
            const QString &html = parsed.article.html;
            const EmbedFilter::Result result = EmbedFilter::filter(html);
            if (result.removed.isEmpty()) {
                QVERIFY2(result.html == html, qPrintable(path));
                continue;
            }
            ++withEmbeds;
            QVERIFY2(!result.plainText, qPrintable(path));
            QVERIFY2(HtmlText::extract(result.html) == parsed.article.text, qPrintable(path));
        }
        QCOMPARE(withEmbeds, 1);
    }

    void blockchainPost()
    {
        const QString path = corpusDir() + QStringLiteral("/hexo-markdown/blockchain10.md");
        const ArticleParser::Result parsed
            = ArticleParser::parse(readFile(path), QStringLiteral("blockchain10.md"));
        QVERIFY(parsed.ok());
        const EmbedFilter::Result result = EmbedFilter::filter(parsed.article.html);
        QCOMPARE(result.removed, QStringList { QStringLiteral("Embedded object removed") });
        QVERIFY2(result.html.endsWith(object()), qPrintable(result.html.right(200)));
        QVERIFY(result.html.contains(QStringLiteral("下载PDF")));
        QVERIFY(!result.html.contains(QStringLiteral("<object"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestEmbedFilter)
#include "tst_embedfilter.moc"
