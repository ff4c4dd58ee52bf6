// The reader with the real QWebEngineView (QT_QPA_PLATFORM=offscreen): what it shows, what it
// refuses to run or load, and what it remembers.

#include "guisupport.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/samplelibrary.h"
#include "reader/readerview.h"
#include "reader/schemehandler.h"
#include "settings/appsettings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

class TestReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_samplePosts;
    ReaderView *m_view = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_samplePosts = SampleLibrary::extract(&error);
        QVERIFY2(!m_samplePosts.isEmpty(), qPrintable(error));
        m_db = Database::open(m_dir.filePath(QStringLiteral("reader.gloss"))).database;
        QVERIFY(m_db);
        QCOMPARE(Importer(*m_db).run(m_samplePosts).imported, 8);
        QCOMPARE(Importer(*m_db).run(corpusDir() + QStringLiteral("/seed")).imported, 1);
        m_view = showReader(m_db.get(), { 900, 700 });
        QVERIFY(m_view);
    }
    void cleanupTestCase()
    {
        delete m_view;
        m_db.reset();
    }

    void showsTheSeed()
    {
        const qint64 id = idByTitle(*m_db, QStringLiteral("AI芯片，撑得过明年吗？"));
        QVERIFY(id > 0);
        QVERIFY(showAndWait(m_view, id));
        const QString text = pageText(m_view);
        QVERIFY2(text.contains(u"往日的热闹逝去已久，AI芯片这一行，已经快降温三年了。"),
                 qPrintable(text.left(300)));
        QVERIFY(text.contains(u"AI芯片，撑得过明年吗？"));
        QVERIFY(text.contains(u"新媒体 › 虎嗅 › 首页资讯"));
        QCOMPARE(m_view->page()->url(), SchemeHandler::articleUrl(id));
    }

    void hostileArticleRunsNothing()
    {
        const qint64 id = idByTitle(*m_db, QStringLiteral("A page that tries too hard"));
        QVERIFY(id > 0);
        QVERIFY(showAndWait(m_view, id));
        // Give a meta refresh, an onerror handler or a frame time to act, and move the mouse
        // over the page so that mouseover handlers would fire.
        for (int y = 50; y < 650; y += 50)
            QTest::mouseMove(m_view->focusProxy(), QPoint(300, y));
        QTest::qWait(1500);
        QCOMPARE(runInAppWorld(
                     m_view, QStringLiteral("document.documentElement.getAttribute('data-pwned')")),
                 QVariant());
        QCOMPARE(runInAppWorld(m_view, QStringLiteral("document.title")).toString(),
                 QStringLiteral("A page that tries too hard"));
        // Its srcdoc frame is gone, and a placeholder says so.
        QCOMPARE(runInAppWorld(m_view, QStringLiteral("document.querySelectorAll('iframe').length"))
                     .toInt(),
                 0);
        QCOMPARE(runInAppWorld(m_view,
                               QStringLiteral("document.querySelector('.gloss-removed')."
                                              "getAttribute('data-what')"))
                     .toString(),
                 QStringLiteral("Embedded frame removed"));
        QCOMPARE(m_view->page()->url(),
                 SchemeHandler::articleUrl(id)); // the meta refresh went nowhere
        QVERIFY(pageText(m_view).contains(u"the reader held"));
    }

    void remoteRequests()
    {
        CountingServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        const QString folder = m_dir.filePath(QStringLiteral("remote"));
        const QByteArray post
            = QStringLiteral(
                  "---\ntitle: Remote things\ncategories: [Tests]\n---\n\n<div>"
                  "<link rel=\"stylesheet\" href=\"%1/style.css\">"
                  "<style>@import url(\"%1/import.css\");</style>"
                  "<p>Before the image.</p><img src=\"%1/image.png\" alt=\"a picture\">"
                  "<script src=\"%1/script.js\"></script><iframe src=\"%1/frame.html\"></iframe>"
                  "<video src=\"%1/video.mp4\"></video><object data=\"%1/object.swf\"></object>"
                  "<p>After the image.</p></div>\n")
                  .arg(origin)
                  .toUtf8();
        QVERIFY(writeFile(folder + QStringLiteral("/remote.md"), post));
        QCOMPARE(Importer(*m_db).run(folder).imported, 1);
        const qint64 id = idByTitle(*m_db, QStringLiteral("Remote things"));

        m_view->setRemoteImages(false);
        QVERIFY(showAndWait(m_view, id));
        QTest::qWait(1000);
        QCOMPARE(server.paths, QStringList());
        // The image is a placeholder naming what it showed and where it is from.
        const QString placeholder
            = runInAppWorld(
                  m_view,
                  QStringLiteral(
                      "(document.querySelector('.gloss-blocked-image') || {}).textContent || ''"))
                  .toString();
        QVERIFY2(
            placeholder.contains(u"a picture")
                && placeholder.contains(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())),
            qPrintable(placeholder));

        QSignalSpy ready(m_view, &ReaderView::articleReady);
        m_view->setRemoteImages(true); // reloads the article
        QVERIFY(ready.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(server.paths, QStringList { QStringLiteral("/image.png") }, 5000);
        QTest::qWait(1000);
        QCOMPARE(server.paths, QStringList { QStringLiteral("/image.png") });
        m_view->setRemoteImages(false);
    }

    // Frames and objects inside the seed (between paragraphs, inside one, with fallback text,
    // left open at the end) change neither the stored text nor the page's: highlights made on
    // the seed paint the same words in the article with the embeds, and each embed shows as a
    // placeholder whose label is not text.
    void embedsLeaveTheTextAlone()
    {
        QByteArray post = readFile(seedPath());
        QVERIFY(!post.isEmpty());
        post.replace("title: 'AI芯片，撑得过明年吗？'", "title: 'AI芯片, with embeds'");
        auto insertAfter
            = [&post](const QByteArray &marker, int occurrence, const QByteArray &markup) {
                  qsizetype at = -1;
                  for (int i = 0; i < occurrence; ++i)
                      at = post.indexOf(marker, at + 1);
                  if (at < 0)
                      return false;
                  post.insert(at + marker.size(), markup);
                  return true;
              };
        QVERIFY(insertAfter("</p>", 1,
                            "<iframe width=\"560\" height=\"315\" "
                            "src=\"https://www.youtube.com/embed/abc\" allowfullscreen></iframe>"));
        QVERIFY(insertAfter(QStringLiteral("往日的热闹").toUtf8(), 1,
                            "<embed src=\"https://v.example.com/clip.swf\">"));
        QVERIFY(
            insertAfter("</p>", 5,
                        "<object data=\"https://slides.example.org/deck.pdf\" "
                        "type=\"application/pdf\"><p>Fallback: download the deck.</p></object>"));
        QVERIFY(insertAfter(
            "</p>", 9, "<iframe srcdoc=\"&lt;img src=http://127.0.0.1:9/x.png&gt;\"></iframe>"));
        const qsizetype end = post.lastIndexOf("</div>");
        QVERIFY(end > 0);
        post.insert(end, "<object data=\"/pdf/appendix.pdf\">");
        const QString folder = m_dir.filePath(QStringLiteral("embeds"));
        QVERIFY(writeFile(folder + QStringLiteral("/embeds.md"), post));
        QCOMPARE(Importer(*m_db).run(folder).imported, 1);

        const ArticleRepository articles(*m_db);
        const QString seedText
            = articles.find(idByTitle(*m_db, QStringLiteral("AI芯片，撑得过明年吗？")))
                  ->article.text;
        const qint64 id = idByTitle(*m_db, QStringLiteral("AI芯片, with embeds"));
        QVERIFY(id > 0);
        const QString text = articles.find(id)->article.text;
        QCOMPARE(text, seedText);

        // Highlights on the seed's text: across the embed, and after each of the others.
        QList<Highlight> highlights;
        for (const QString &quote :
             { QStringLiteral("的热闹逝去已久"), QStringLiteral("企业们的战略摇摆"),
               QStringLiteral("资本如酒，能壮创业胆。"), seedText.right(12) }) {
            const int start = int(seedText.indexOf(quote));
            QVERIFY2(start >= 0, qPrintable(quote));
            Highlight h;
            h.id = highlights.size() + 1;
            h.articleId = id;
            h.selector = Anchor::select(seedText, start, start + int(quote.size()));
            highlights << h;
        }
        QSignalSpy ready(m_view, &ReaderView::articleReady);
        m_view->showArticle(id, 0, text);
        QVERIFY(ready.wait(20000) || ready.count() > 0);
        QCOMPARE(m_view->pageText(), text);
        QSignalSpy shown(m_view, &ReaderView::highlightsShown);
        m_view->setHighlights(highlights);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toLongLong() == id
                                     && shown.last().at(1).toInt() > 0,
                                 10000);
        const QJsonArray marks
            = QJsonDocument::fromJson(
                  runInAppWorld(m_view, QStringLiteral("JSON.stringify(glossReader.marks())"))
                      .toString()
                      .toUtf8())
                  .array();
        QHash<qint64, QString> painted;
        for (const QJsonValue &mark : marks)
            painted[mark[u"id"].toInteger()] += mark[u"text"].toString();
        for (const Highlight &h : std::as_const(highlights))
            QCOMPARE(painted.value(h.id), h.selector.exact);

        QCOMPARE(runInAppWorld(m_view,
                               QStringLiteral("Array.prototype.map.call(document.querySelectorAll("
                                              "'.gloss-removed'),function(e){return "
                                              "e.getAttribute('data-what');})"))
                     .toStringList(),
                 (QStringList { QStringLiteral("Embedded frame removed (youtube.com)"),
                                QStringLiteral("Embedded object removed (v.example.com)"),
                                QStringLiteral("Embedded object removed (slides.example.org)"),
                                QStringLiteral("Embedded frame removed"),
                                QStringLiteral("Embedded object removed") }));
        QCOMPARE(runInAppWorld(m_view, QStringLiteral("window.frames.length")).toInt(), 0);

        if (qEnvironmentVariableIsSet("GLOSS_SCREENSHOTS")) {
            // The first placeholder in the light, sepia and dark themes, side by side.
            QList<QPixmap> shots;
            for (const ReaderSettings::Theme theme :
                 { ReaderSettings::Theme::Light, ReaderSettings::Theme::Sepia,
                   ReaderSettings::Theme::Dark }) {
                ReaderSettings settings;
                settings.theme = theme;
                m_view->setReaderSettings(settings);
                const QString name = ReaderSettings::themeName(theme);
                QCOMPARE(waitForPage(
                             m_view,
                             QStringLiteral("document.documentElement.getAttribute('data-theme')"),
                             name),
                         name);
                runInAppWorld(m_view,
                              QStringLiteral("document.querySelector('.gloss-removed')."
                                             "scrollIntoView({block:'center'})"));
                QTest::qWait(300);
                shots << m_view->grab();
            }
            QImage all(shots.first().width() * 3, shots.first().height(), QImage::Format_RGB32);
            QPainter painter(&all);
            for (int i = 0; i < shots.size(); ++i)
                painter.drawPixmap(i * shots.first().width(), 0, shots.at(i));
            painter.end();
            all.save(qEnvironmentVariable("GLOSS_SCREENSHOTS") + QStringLiteral("/embeds.png"));
            m_view->setReaderSettings(AppSettings().reader());
        }
        m_view->setHighlights({});
    }

    // The one corpus post with an embed ends in an <object> left open: it goes, with the
    // placeholder in its place, and the page's text is the stored text.
    void corpusPostWithAnObject()
    {
        const QString folder = m_dir.filePath(QStringLiteral("blockchain"));
        QVERIFY(
            writeFile(folder + QStringLiteral("/blockchain10.md"),
                      readFile(corpusDir() + QStringLiteral("/hexo-markdown/blockchain10.md"))));
        QCOMPARE(Importer(*m_db).run(folder).imported, 1);
        const qint64 id = idByTitle(*m_db, QStringLiteral("区块链 | 比特币白皮书"));
        QVERIFY(id > 0);
        const QString text = ArticleRepository(*m_db).find(id)->article.text;
        QSignalSpy ready(m_view, &ReaderView::articleReady);
        m_view->showArticle(id, 0, text);
        QVERIFY(ready.wait(20000) || ready.count() > 0);
        QCOMPARE(m_view->pageText(), text);
        QVERIFY(text.contains(u"下载PDF"));
        QCOMPARE(runInAppWorld(m_view,
                               QStringLiteral("Array.prototype.map.call(document.querySelectorAll("
                                              "'.gloss-removed'),function(e){return "
                                              "e.getAttribute('data-what');})"))
                     .toStringList(),
                 QStringList { QStringLiteral("Embedded object removed") });
        QCOMPARE(runInAppWorld(m_view, QStringLiteral("document.querySelectorAll('object').length"))
                     .toInt(),
                 0);
    }

    void clickedLinkLeavesTheViewAlone()
    {
        const qint64 id = idByTitle(*m_db, QStringLiteral("Slow reading, with a pencil"));
        QVERIFY(showAndWait(m_view, id));
        const QJsonObject rect
            = QJsonDocument::fromJson(
                  runInAppWorld(m_view,
                                QStringLiteral("JSON.stringify(document.querySelector('a[href*="
                                               "\"wikipedia\"]').getBoundingClientRect())"))
                      .toString()
                      .toUtf8())
                  .object();
        QVERIFY(!rect.isEmpty());
        const QPoint point(int(rect.value(QStringLiteral("x")).toDouble() + 5),
                           int(rect.value(QStringLiteral("y")).toDouble() + 5));
        QSignalSpy external(m_view, &ReaderView::externalLinkRequested);
        // Offscreen, the first click after a load can be lost on its way in: try a few times.
        for (int attempt = 0; attempt < 3 && external.isEmpty(); ++attempt) {
            QTest::mouseMove(m_view->focusProxy(), point);
            QTest::qWait(100);
            QTest::mouseClick(m_view->focusProxy(), Qt::LeftButton, {}, point);
            if (QTest::qWaitFor([&] { return !external.isEmpty(); }, 2000))
                break;
        }
        QCOMPARE(external.count(), 1);
        QCOMPARE(external.first().first().toUrl(),
                 QUrl(QStringLiteral("https://en.wikipedia.org/wiki/Marginalia")));
        QTest::qWait(300);
        QCOMPARE(m_view->page()->url(), SchemeHandler::articleUrl(id));
    }

    void localImageIsServedFromThePostFolderOnly()
    {
        const qint64 id
            = idByTitle(*m_db, QStringLiteral("How full-text search finds Chinese words"));
        QVERIFY(showAndWait(m_view, id));
        QTRY_VERIFY_WITH_TIMEOUT(
            runInAppWorld(
                m_view,
                QStringLiteral(
                    "(function(){var i=document.querySelector('img[src*=\"tokens.svg\"]');return "
                    "i?i.naturalWidth:-1;})()"))
                    .toInt()
                > 0,
            5000);
        // A path that climbs out of the import folder is refused.
        QVERIFY(runInAppWorld(m_view,
                              QStringLiteral("(function(){var i=new "
                                             "Image();i.src='gloss://article/%1/../../../../../../"
                                             "etc/hostname';return 0;})()")
                                  .arg(id))
                    .isValid());
    }

    void scrollPositionIsRemembered()
    {
        const qint64 id = idByTitle(*m_db, QStringLiteral("AI芯片，撑得过明年吗？"));
        QVERIFY(showAndWait(m_view, id));
        QSignalSpy position(m_view, &ReaderView::positionChanged);
        runInAppWorld(m_view,
                      QStringLiteral("window.scrollTo(0, (document.documentElement.scrollHeight - "
                                     "innerHeight) / 2); 0"));
        QVERIFY(position.wait(5000));
        const double fraction = position.last().at(1).toDouble();
        QVERIFY2(fraction > 0.4 && fraction < 0.6, qPrintable(QString::number(fraction)));

        const qint64 other = idByTitle(*m_db, QStringLiteral("Slow reading, with a pencil"));
        QVERIFY(showAndWait(m_view, other));
        QVERIFY(showAndWait(m_view, id, fraction));
        double scrolled = 0;
        const bool restored = QTest::qWaitFor(
            [&] {
                scrolled = runInAppWorld(m_view, QStringLiteral("glossReader.scrollFraction()"))
                               .toDouble();
                return qAbs(scrolled - fraction) < 0.02;
            },
            3000);
        QVERIFY2(restored && qAbs(scrolled - fraction) < 0.02,
                 qPrintable(QStringLiteral("%1 vs %2").arg(scrolled).arg(fraction)));
    }

    void settingsApplyWhileReading()
    {
        const qint64 id = idByTitle(*m_db, QStringLiteral("Slow reading, with a pencil"));
        QVERIFY(showAndWait(m_view, id));
        ReaderSettings settings;
        settings.theme = ReaderSettings::Theme::Sepia;
        settings.fontSize = 23;
        settings.lineWidth = 30;
        m_view->setReaderSettings(settings);
        QTRY_COMPARE_WITH_TIMEOUT(
            runInAppWorld(m_view,
                          QStringLiteral("document.documentElement.getAttribute('data-theme')"))
                .toString(),
            QStringLiteral("sepia"), 5000);
        QCOMPARE(runInAppWorld(m_view, QStringLiteral("getComputedStyle(document.body).fontSize"))
                     .toString(),
                 QStringLiteral("23px"));
        settings.theme = ReaderSettings::Theme::Light;
        settings.fontSize = ReaderSettings::defaultFontSize;
        settings.lineWidth = 42;
        m_view->setReaderSettings(settings);
        QTRY_COMPARE_WITH_TIMEOUT(
            runInAppWorld(m_view,
                          QStringLiteral("document.documentElement.getAttribute('data-theme')"))
                .toString(),
            QStringLiteral("light"), 5000);
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestReader>(argc, argv);
}

#include "tst_reader.moc"
