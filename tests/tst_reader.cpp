// The reader with the real QWebEngineView (QT_QPA_PLATFORM=offscreen): what it shows, what it
// refuses to run or load, and what it remembers.
#include "allhighlightsdialog.h"
#include "articlelistmodel.h"
#include "categorytreemodel.h"
#include "exportdialog.h"
#include "guisupport.h"
#include "highlightlistmodel.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "libraryhighlightsmodel.h"
#include "mainwindow.h"
#include "notespane.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"
#include "reader/schemehandler.h"
#include "samplelibrary.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QWebEngineScript>

#include <unistd.h>

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
            m_view->setReaderSettings(ReaderSettings::load());
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

    void modelsAreSound()
    {
        CategoryTreeModel categories;
        QAbstractItemModelTester categoryTester(
            &categories, QAbstractItemModelTester::FailureReportingMode::QtTest);
        categories.setLibrary(m_db.get());
        QVERIFY(categories.rowCount() > 1);
        QCOMPARE(
            categories.data(categories.allArticlesIndex(), CategoryTreeModel::CountRole).toInt(),
            ArticleRepository(*m_db).count());
        const QModelIndex zh
            = categories.indexForPath({ QStringLiteral("新媒体"), QStringLiteral("科技") });
        QVERIFY(zh.isValid());
        QCOMPARE(zh.data(CategoryTreeModel::PathRole).toStringList(),
                 QStringList({ QStringLiteral("新媒体"), QStringLiteral("科技") }));

        ArticleListModel articles;
        QAbstractItemModelTester articleTester(
            &articles, QAbstractItemModelTester::FailureReportingMode::QtTest);
        articles.setLibrary(m_db.get());
        QCOMPARE(articles.rowCount(), ArticleRepository(*m_db).count());
        articles.setCategory(categories.categoryId(zh));
        QCOMPARE(articles.rowCount(), 1);
        QCOMPARE(articles.data(articles.index(0, ArticleListModel::TitleColumn)).toString(),
                 QStringLiteral("芯片行业的冷与热"));
        articles.setCategory(std::nullopt);
        articles.sort(ArticleListModel::TitleColumn);
        QCOMPARE(articles.data(articles.index(0, 0)).toString(),
                 QStringLiteral("A page that tries too hard"));
    }

    void articleListLoadsLazily()
    {
        // More articles than a page: the list starts with one page and fetches more on demand.
        const QString folder = m_dir.filePath(QStringLiteral("many"));
        for (int i = 0; i < ArticleListModel::pageSize + 50; ++i)
            QVERIFY(
                writeFile(QStringLiteral("%1/p%2.md").arg(folder).arg(i),
                          QStringLiteral("---\ntitle: Post %1\ncategories: [Many]\n---\n\ntext\n")
                              .arg(i)
                              .toUtf8()));
        std::unique_ptr<Database> db
            = Database::open(m_dir.filePath(QStringLiteral("many.gloss"))).database;
        QCOMPARE(Importer(*db).run(folder).imported, ArticleListModel::pageSize + 50);
        ArticleListModel articles;
        QAbstractItemModelTester tester(&articles,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        articles.setLibrary(db.get());
        qDebug() << "after setLibrary" << articles.rowCount() << articles.totalCount();
        QCOMPARE(articles.rowCount(), ArticleListModel::pageSize);
        QVERIFY(articles.canFetchMore({}));
        articles.fetchMore({});
        QCOMPARE(articles.rowCount(), ArticleListModel::pageSize + 50);
        QVERIFY(!articles.canFetchMore({}));
    }

    void windowRemembersItsState()
    {
        const QString library = m_dir.filePath(QStringLiteral("window.gloss"));
        {
            std::unique_ptr<Database> db = Database::open(library).database;
            QCOMPARE(Importer(*db).run(m_samplePosts).imported, 8);
        }
        qint64 article = 0;
        {
            MainWindow window;
            QVERIFY(openAndShow(window, library));
            const QModelIndex technology
                = window.categoryModel()->indexForPath({ QStringLiteral("Technology") });
            QVERIFY(technology.isValid());
            window.categoryView()->setCurrentIndex(technology);
            QCOMPARE(window.articleModel()->rowCount(), 2);
            window.articleView()->setCurrentIndex(window.articleModel()->index(1, 0));
            article = window.readerView()->articleId();
            QVERIFY(article > 0);
            // Larger text twice, dark theme, through the menus' actions.
            const QList<QAction *> actions = window.findChildren<QAction *>();
            auto trigger = [&](const QString &text) {
                for (QAction *action : actions) {
                    if (action->text().remove(u'&') == text) {
                        action->trigger();
                        return true;
                    }
                }
                return false;
            };
            QVERIFY(trigger(QStringLiteral("Larger Text")));
            QVERIFY(trigger(QStringLiteral("Larger Text")));
            QVERIFY(trigger(QStringLiteral("Dark")));
            QCOMPARE(window.readerSettings().fontSize, ReaderSettings::defaultFontSize + 2);
            window.close();
        }
        MainWindow reopened;
        QVERIFY(openAndShow(reopened, library));
        QCOMPARE(reopened.readerSettings().fontSize, ReaderSettings::defaultFontSize + 2);
        QCOMPARE(reopened.readerSettings().theme, ReaderSettings::Theme::Dark);
        QCOMPARE(reopened.categoryView()
                     ->currentIndex()
                     .data(CategoryTreeModel::PathRole)
                     .toStringList(),
                 QStringList { QStringLiteral("Technology") });
        QCOMPARE(reopened.readerView()->articleId(), article);
        // Read articles stay marked read.
        const int row = reopened.articleModel()->rowOf(article);
        QVERIFY(row >= 0);
        QVERIFY(reopened.articleModel()
                    ->data(reopened.articleModel()->index(row, 0), ArticleListModel::ReadRole)
                    .toBool());
    }

    void highlightWithMouseAndKey()
    {
        const QString library = m_dir.filePath(QStringLiteral("highlights.gloss"));
        {
            std::unique_ptr<Database> db = Database::open(library).database;
            QCOMPARE(Importer(*db).run(corpusDir() + QStringLiteral("/seed")).imported, 1);
        }
        const QString quote = QStringLiteral("往日的热闹逝去已久");
        qint64 highlightId = 0;
        {
            MainWindow window;
            QVERIFY(openAndShow(window, library, { 1300, 800 }));
            ReaderView *view = window.readerView();
            QTRY_VERIFY_WITH_TIMEOUT(!view->pageText().isEmpty(), 20000);
            QAbstractItemModelTester paneTester(
                window.notesPane()->model(),
                QAbstractItemModelTester::FailureReportingMode::QtTest);

            // Drag the mouse across the words on the page, then press H.
            const QJsonObject rect
                = QJsonDocument::fromJson(
                      runInAppWorld(
                          view,
                          QStringLiteral(
                              "(function(){var "
                              "w=document.createTreeWalker(document.querySelector('.gloss-article')"
                              ",NodeFilter.SHOW_TEXT);"
                              "var n;while((n=w.nextNode())){var "
                              "i=n.data.indexOf('%1');if(i>=0){var r=document.createRange();"
                              "r.setStart(n,i);r.setEnd(n,i+%2);return "
                              "JSON.stringify(r.getBoundingClientRect());}}return '{}';})()")
                              .arg(quote)
                              .arg(quote.size()))
                          .toString()
                          .toUtf8())
                      .object();
            QVERIFY(!rect.isEmpty());
            QWidget *surface = view->focusProxy();
            const int y = int(rect.value(QStringLiteral("y")).toDouble()
                              + rect.value(QStringLiteral("height")).toDouble() / 2);
            const QPoint from(int(rect.value(QStringLiteral("left")).toDouble()) + 1, y);
            const QPoint to(int(rect.value(QStringLiteral("right")).toDouble()) - 1, y);
            // Offscreen, the first press after a load can be lost on its way in: try a few times.
            for (int attempt = 0; attempt < 3 && view->selectedText() != quote; ++attempt) {
                QTest::mousePress(surface, Qt::LeftButton, {}, from);
                for (int step = 1; step <= 10; ++step) {
                    const QPoint at = from + (to - from) * step / 10;
                    QMouseEvent move(QEvent::MouseMove, at, surface->mapToGlobal(at), Qt::NoButton,
                                     Qt::LeftButton, Qt::NoModifier);
                    QApplication::sendEvent(surface, &move);
                    QTest::qWait(20);
                }
                QTest::mouseRelease(surface, Qt::LeftButton, {}, to);
                static_cast<void>(
                    QTest::qWaitFor([&] { return view->selectedText() == quote; }, 2000));
            }
            QCOMPARE(view->selectedText(), quote);
            QTest::keyClick(surface, Qt::Key_H);

            HighlightRepository highlights(*window.library());
            QTRY_COMPARE_WITH_TIMEOUT(highlights.list().size(), 1, 5000);
            const Highlight stored = highlights.list().first();
            highlightId = stored.id;
            QCOMPARE(stored.selector.exact, quote);
            QCOMPARE(stored.color, QStringLiteral("yellow"));
            const QString text
                = ArticleRepository(*window.library()).find(stored.articleId)->article.text;
            QCOMPARE(stored.selector.start, int(text.indexOf(quote)));
            QCOMPARE(
                stored.selector.prefix,
                text.mid(qMax(0, stored.selector.start - 32), qMin(32, stored.selector.start)));
            auto painted = [&] {
                return runInAppWorld(
                           view,
                           QStringLiteral(
                               "glossReader.marks().map(function(m){return m.text;}).join('|')"))
                    .toString();
            };
            QTRY_COMPARE_WITH_TIMEOUT(painted(), quote, 5000);
            QCOMPARE(window.notesPane()->model()->rowCount(), 1);

            // Undo and redo.
            window.undoStack()->undo();
            QCOMPARE(highlights.list().size(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(painted(), QString(), 5000);
            window.undoStack()->redo();
            QCOMPARE(highlights.list().size(), 1);
            QCOMPARE(highlights.list().first().id, highlightId);
            QTRY_COMPARE_WITH_TIMEOUT(painted(), quote, 5000);

            // A note typed in the pane is stored as it is typed; one undo takes it back.
            window.notesPane()->selectHighlight(highlightId);
            window.notesPane()->noteEditor()->setFocus();
            QTest::keyClicks(window.notesPane()->noteEditor(), QStringLiteral("note"));
            QCOMPARE(highlights.find(highlightId)->note, QStringLiteral("note"));
            window.undoStack()->undo();
            QCOMPARE(highlights.find(highlightId)->note, QString());
            window.undoStack()->redo();
            QCOMPARE(highlights.find(highlightId)->note, QStringLiteral("note"));

            // Across two paragraphs: the end of the first and the start of the second. H goes to
            // the article, not to the note editor (where it would type an "h").
            surface->setFocus();
            QTRY_VERIFY(surface->hasFocus());
            runInAppWorld(
                view,
                QStringLiteral(
                    "(function(){var ps=document.querySelectorAll('.gloss-article p');"
                    "function texts(e){var "
                    "w=document.createTreeWalker(e,NodeFilter.SHOW_TEXT),l=[],n;while((n=w."
                    "nextNode()))l.push(n);return l;}"
                    "var a=texts(ps[2]).pop(),b=texts(ps[3])[0];"
                    "var r=document.createRange();r.setStart(a,a.data.length-5);r.setEnd(b,4);"
                    "var s=getSelection();s.removeAllRanges();s.addRange(r);return 0;})()"));
            QTest::keyClick(surface, Qt::Key_H);
            QTRY_COMPARE_WITH_TIMEOUT(highlights.list().size(), 2, 5000);
            QCOMPARE(highlights.find(highlightId)->note, QStringLiteral("note"));
            const Highlight across = highlights.list().last();
            QVERIFY2(across.selector.exact.contains(u'\n'), qPrintable(across.selector.exact));
            QTRY_VERIFY_WITH_TIMEOUT(
                runInAppWorld(view, QStringLiteral("glossReader.marks().length")).toInt() >= 3,
                5000);
            // Recolour and remove through the pane, both undoable.
            Q_EMIT window.notesPane()->recolorRequested(across.id, QStringLiteral("purple"));
            QCOMPARE(highlights.find(across.id)->color, QStringLiteral("purple"));
            Q_EMIT window.notesPane()->removeRequested(across.id);
            QCOMPARE(highlights.list().size(), 1);
            window.undoStack()->undo();
            QCOMPARE(highlights.find(across.id)->color, QStringLiteral("purple"));
            window.undoStack()->undo();
            QCOMPARE(highlights.find(across.id)->color, QStringLiteral("yellow"));
            window.close();
        }
        // Closed and opened again: the highlight is painted where it was.
        MainWindow reopened;
        QVERIFY(openAndShow(reopened, library));
        QTRY_VERIFY_WITH_TIMEOUT(!reopened.readerView()->pageText().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            runInAppWorld(
                reopened.readerView(),
                QStringLiteral("glossReader.marks().map(function(m){return m.text;}).join('|')"))
                .toString()
                .startsWith(quote),
            5000);
        QCOMPARE(reopened.notesPane()->model()->rowCount(), 2);

        // Clicking a painted highlight selects it in the pane.
        ReaderView *view = reopened.readerView();
        const QJsonObject markRect
            = QJsonDocument::fromJson(
                  runInAppWorld(view,
                                QStringLiteral("JSON.stringify(document.querySelector('mark.gloss-"
                                               "hl').getBoundingClientRect())"))
                      .toString()
                      .toUtf8())
                  .object();
        const QPoint onMark(int(markRect.value(QStringLiteral("x")).toDouble()
                                + markRect.value(QStringLiteral("width")).toDouble() / 2),
                            int(markRect.value(QStringLiteral("y")).toDouble()
                                + markRect.value(QStringLiteral("height")).toDouble() / 2));
        const qint64 firstId = reopened.notesPane()->model()->highlights().first().id;
        reopened.notesPane()->selectHighlight(
            reopened.notesPane()->model()->highlights().last().id);
        for (int attempt = 0; attempt < 3 && reopened.notesPane()->selectedHighlight() != firstId;
             ++attempt) {
            QTest::mouseMove(view->focusProxy(), onMark);
            QTest::qWait(100);
            QTest::mouseClick(view->focusProxy(), Qt::LeftButton, {}, onMark);
            if (QTest::qWaitFor(
                    [&] { return reopened.notesPane()->selectedHighlight() == firstId; }, 2000))
                break;
        }
        QCOMPARE(reopened.notesPane()->selectedHighlight(), firstId);

        // All highlights of the library, filtered; activating one opens its article there.
        AllHighlightsDialog *all = reopened.showAllHighlights();
        QAbstractItemModelTester allTester(all->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(all->model()->rowCount(), 2);
        all->colorFilter()->setCurrentIndex(all->colorFilter()->findData(QStringLiteral("yellow")));
        QCOMPARE(all->model()->rowCount(), 2);
        all->textFilter()->setText(quote.left(4));
        QCOMPARE(all->model()->rowCount(), 1);
        all->textFilter()->setText(QStringLiteral("note"));
        QCOMPARE(all->model()->rowCount(), 1);
        all->textFilter()->clear();
        all->categoryFilter()->setCurrentIndex(
            all->categoryFilter()->findText(QStringLiteral("   虎嗅")));
        QCOMPARE(all->model()->rowCount(), 2);
        all->colorFilter()->setCurrentIndex(all->colorFilter()->findData(QStringLiteral("green")));
        QCOMPARE(all->model()->rowCount(), 0);
        all->colorFilter()->setCurrentIndex(0);
        const QModelIndex second = all->model()->index(1, 0);
        const qint64 secondId = second.data(LibraryHighlightsModel::IdRole).toLongLong();
        Q_EMIT all->table()->activated(second);
        QTRY_COMPARE_WITH_TIMEOUT(reopened.notesPane()->selectedHighlight(), secondId, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            runInAppWorld(reopened.readerView(),
                          QStringLiteral("document.querySelectorAll('mark.gloss-hl-flash').length"))
                    .toInt()
                > 0,
            5000);
        all->close();

        // Copy one highlight as Markdown; export the library's notes from the window.
        reopened.notesPane()->selectHighlight(firstId);
        reopened.notesPane()->copySelected();
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("> ") + quote),
                 qPrintable(QGuiApplication::clipboard()->text()));
        QVERIFY(
            QGuiApplication::clipboard()->text().contains(u"— [AI芯片，撑得过明年吗？](file://"));
        QSignalSpy exported(&reopened, &MainWindow::exportFinished);
        const QString out = m_dir.filePath(QStringLiteral("gui-export"));
        QVERIFY(reopened.exportNotes(2, out, true));
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        const QStringList written = exported.first().at(0).toStringList();
        QCOMPARE(written.size(), 1);
        QVERIFY(written.first().startsWith(
            out + QStringLiteral("/新媒体/虎嗅/首页资讯/AI芯片，撑得过明年吗？ (")));
        const QString markdown = QString::fromUtf8(readFile(written.first()));
        // The highlight links back to itself (tst_export checks the link in full).
        QVERIFY2(markdown.contains(QRegularExpression(
                     QStringLiteral("> %1\n> #gloss/yellow \\[Open in Gloss\\]\\(gloss://open/"
                                    "[0-9a-f-]{36}/article/\\d+\\?highlight=%2\\) \\^gloss-%2\n")
                         .arg(QRegularExpression::escape(quote))
                         .arg(firstId))),
                 qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("## Article\n\n")));
        QVERIFY(markdown.contains(QStringLiteral("==%1==").arg(quote)));
        if (QMessageBox *box = reopened.findChild<QMessageBox *>())
            box->close();
    }

    void exportDialogChoices()
    {
        ExportDialog withArticle(true, QStringLiteral("新媒体 › 虎嗅"),
                                 QStringLiteral("/tmp/notes"), false);
        QCOMPARE(withArticle.scope(), MarkdownExporter::Scope::Article);
        QCOMPARE(withArticle.folder(), QStringLiteral("/tmp/notes"));
        QVERIFY(!withArticle.fullText());
        ExportDialog nothingOpen(false, QString(), QString(), true);
        QCOMPARE(nothingOpen.scope(), MarkdownExporter::Scope::Library);
        QVERIFY(nothingOpen.fullText());
        if (qEnvironmentVariableIsSet("GLOSS_SCREENSHOTS")) {
            withArticle.show();
            QVERIFY(QTest::qWaitForWindowExposed(&withArticle));
            withArticle.grab().save(qEnvironmentVariable("GLOSS_SCREENSHOTS")
                                    + QStringLiteral("/export-dialog.png"));
        }
    }

    void importRunsOffTheGuiThread()
    {
        MainWindow window;
        QVERIFY(window.openLibrary(m_dir.filePath(QStringLiteral("gui-import.gloss"))));
        window.show();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importFolder(fixture(QStringLiteral("posts")));
        QVERIFY(finished.wait(30000));
        const ImportReport report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.imported, 10);
        QCOMPARE(report.failed(), 6);
        QCOMPARE(
            window.categoryModel()
                ->data(window.categoryModel()->allArticlesIndex(), CategoryTreeModel::CountRole)
                .toInt(),
            10);
        // The summary names each failed file; close it.
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->detailedText().contains(fixture(QStringLiteral("posts/binary.md"))));
        box->close();
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestReader>(argc, argv);
}

#include "tst_reader.moc"
