// Code blocks coloured by highlight.js in the real reader (QT_QPA_PLATFORM=offscreen): a Markdown
// fence and a <pre><code class="language-x"> from the corpus, a Hexo <figure class="highlight x">
// of our own; the page's text the same with and without colour; a highlight across a coloured
// line painted and found again.

#include "guisupport.h"
#include "import/importer.h"
#include "library/highlightrepository.h"
#include "reader/readerview.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

class TestCodeBlocks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ReaderView *m_view = nullptr;

    qint64 article(const QString &title)
    {
        const qint64 id = idByTitle(*m_db, title);
        return id;
    }

    // Shows id and waits until its code is coloured (or, with highlighting off, until ready).
    bool show(qint64 id)
    {
        QSignalSpy coloured(m_view, &ReaderView::codeHighlighted);
        if (!showAndWait(m_view, id))
            return false;
        return !m_view->codeHighlighting() || coloured.count() > 0 || coloured.wait(10000);
    }

    int count(const QString &selector)
    {
        return runInAppWorld(m_view,
                             QStringLiteral("document.querySelectorAll(%1).length")
                                 .arg(QStringLiteral("'") + selector + QStringLiteral("'")))
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("code.gloss"))).database;
        QVERIFY(m_db);
        // Two corpus posts (copied to a folder of this run, never into the repository) and the
        // Hexo figure of our own.
        const QString posts = m_dir.filePath(QStringLiteral("posts"));
        QVERIFY(QDir().mkpath(posts));
        for (const QString &post : { QStringLiteral("/hexo-markdown/tensorflow10.md"),
                                     QStringLiteral("/hexo-html/oschina-x-easypdf-2.7.3.md") })
            QVERIFY(QFile::copy(corpusDir() + post, posts + post.mid(post.lastIndexOf(u'/'))));
        QVERIFY(QFile::copy(fixture(QStringLiteral("code/hexo-figure.md")),
                            posts + QStringLiteral("/hexo-figure.md")));
        QCOMPARE(Importer(*m_db).run(posts).imported, 3);
        m_view = showReader(m_db.get(), { 900, 700 });
        QVERIFY(m_view);
    }
    void cleanupTestCase()
    {
        delete m_view;
        m_db.reset();
    }

    void coloured_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("block"); // the coloured block, with its language class
        QTest::addColumn<QString>("token"); // a span highlight.js makes in it
        QTest::newRow("Markdown fence")
            << QStringLiteral("创建神经层") << QStringLiteral("pre > code.hljs.language-python")
            << QStringLiteral("span.hljs-keyword");
        QTest::newRow("pre code language-java")
            << QStringLiteral("x-easypdf v2.7.3 版本发布，PDF 构建工具")
            << QStringLiteral("pre > code.hljs.language-java")
            << QStringLiteral("span.hljs-string");
        QTest::newRow("Hexo figure") << QStringLiteral("Hexo figure fixture")
                                     << QStringLiteral("figure.highlight.python td.code "
                                                       "pre.hljs.language-python span.line")
                                     << QStringLiteral("span.hljs-keyword");
    }
    void coloured()
    {
        QFETCH(QString, title);
        QFETCH(QString, block);
        QFETCH(QString, token);
        const qint64 id = article(title);
        QVERIFY(id > 0);

        m_view->setCodeHighlighting(false);
        QVERIFY(show(id));
        const QString plain = m_view->pageText();
        QCOMPARE(count(token), 0);
        QCOMPARE(count(block), 0);

        m_view->setCodeHighlighting(true);
        QVERIFY(show(id));
        QVERIFY2(count(block) > 0, qPrintable(block));
        QVERIFY2(count(block + u' ' + token) > 0, qPrintable(block + u' ' + token));
        // What anchoring and search use: the same characters, with colour or without.
        QVERIFY(!plain.isEmpty());
        QCOMPARE(m_view->pageText(), plain);
        QCOMPARE(runInAppWorld(m_view, QStringLiteral("glossReader.text()")).toString(), plain);
    }

    void hexoGutterIsLeftAlone()
    {
        QVERIFY(show(article(QStringLiteral("Hexo figure fixture"))));
        QCOMPARE(count(QStringLiteral("td.gutter span[class^=hljs]")), 0);
        // Each line is coloured on its own, and the docstring spans its line only.
        QCOMPARE(count(QStringLiteral("td.code span.line")), 4);
        QVERIFY(count(QStringLiteral("td.code span.line span.hljs-string")) >= 2);
    }

    void coloursFollowTheTheme()
    {
        QVERIFY(show(article(QStringLiteral("创建神经层"))));
        const QString keyword = QStringLiteral(
            "getComputedStyle(document.querySelector('.gloss-article .hljs-keyword')).color");
        QHash<QString, QString> colours;
        for (const auto theme : { ReaderSettings::Theme::Light, ReaderSettings::Theme::Sepia,
                                  ReaderSettings::Theme::Dark }) {
            ReaderSettings settings;
            settings.theme = theme;
            m_view->setReaderSettings(settings);
            QTRY_COMPARE_WITH_TIMEOUT(
                runInAppWorld(m_view, QStringLiteral("document.documentElement.dataset.theme"))
                    .toString(),
                settings.resolvedTheme(), 5000);
            colours.insert(settings.resolvedTheme(), runInAppWorld(m_view, keyword).toString());
        }
        const QString plain
            = runInAppWorld(m_view,
                            QStringLiteral("getComputedStyle(document.querySelector("
                                           "'.gloss-article p')).color"))
                  .toString();
        QCOMPARE(QSet<QString>(colours.cbegin(), colours.cend()).size(), 3);
        QVERIFY2(!colours.values().contains(plain), qPrintable(plain));
        m_view->setReaderSettings(ReaderSettings());
    }

    // A highlight from the middle of one coloured line into the next: made from a selection,
    // stored, painted over the tokens, and painted the same when the article opens again.
    void highlightAcrossAColouredLine()
    {
        const qint64 id = article(QStringLiteral("创建神经层"));
        QVERIFY(show(id));
        const QString text = m_view->pageText();
        const QString wanted = QStringLiteral("tf.zeros([1,out_size]) + 0.1)\n    Wx_plus_b");
        const int start = text.indexOf(wanted);
        QVERIFY2(start > 0, qPrintable(text));
        // Select it in the page: from a text node inside the first coloured line to one in the
        // next.
        QVERIFY(runInAppWorld(
                    m_view,
                    QStringLiteral(
                        "(function(){var code=document.querySelector('code.hljs');"
                        "var walker=document.createTreeWalker(code,NodeFilter.SHOW_TEXT);"
                        "var nodes=[],n;while((n=walker.nextNode()))nodes.push(n);"
                        "var all=nodes.map(function(x){return x.data}).join('');"
                        "var from=all.indexOf('tf.zeros'),to=all.indexOf('Wx_plus_b =')+9;"
                        "function at(i){for(var k=0;k<nodes.length;++k){"
                        "if(i<=nodes[k].data.length)return[nodes[k],i];i-=nodes[k].data.length}}"
                        "var r=document.createRange(),a=at(from),b=at(to);"
                        "r.setStart(a[0],a[1]);r.setEnd(b[0],b[1]);"
                        "getSelection().removeAllRanges();getSelection().addRange(r);"
                        "return nodes.length;})()"))
                    .toInt()
                > 3);
        TextSelector selector;
        bool requested = false;
        const auto connection = connect(m_view, &ReaderView::highlightRequested, this,
                                        [&](qint64, const TextSelector &s, const QString &) {
                                            selector = s;
                                            requested = true;
                                        });
        m_view->highlightSelection(QStringLiteral("green"));
        QVERIFY(QTest::qWaitFor([&] { return requested; }, 5000));
        disconnect(connection);
        QCOMPARE(selector.exact, wanted);

        Highlight h;
        h.articleId = id;
        h.color = QStringLiteral("green");
        h.selector = selector;
        QString error;
        QVERIFY2(HighlightRepository(*m_db).add(h, &error) > 0, qPrintable(error));
        HighlightRepository::Filter ofThisArticle;
        ofThisArticle.articleId = id;
        const auto paintAndCheck = [&] {
            QSignalSpy shown(m_view, &ReaderView::highlightsShown);
            m_view->setHighlights(HighlightRepository(*m_db).list(ofThisArticle));
            QVERIFY(shown.wait(5000));
            // Several marks (one per text node it crosses), together exactly the quote, inside
            // the coloured code, which keeps its tokens.
            const QString marked
                = runInAppWorld(m_view,
                                QStringLiteral("Array.prototype.map.call(document."
                                               "querySelectorAll('code.hljs mark.gloss-hl-"
                                               "green'),function(m){return "
                                               "m.textContent}).join('')"))
                      .toString();
            QCOMPARE(marked, wanted);
            QVERIFY(count(QStringLiteral("code.hljs mark.gloss-hl")) > 1);
            QVERIFY(count(QStringLiteral("code.hljs span.hljs-number")) > 0);
            QCOMPARE(m_view->pageText(), text);
        };
        paintAndCheck();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(show(article(QStringLiteral("Hexo figure fixture"))));
        QVERIFY(show(id));
        paintAndCheck();
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestCodeBlocks>(argc, argv);
}

#include "tst_codeblocks.moc"
