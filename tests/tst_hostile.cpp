// Hostile articles (tests/fixtures/hostile, 48 of them) in the real reader: none may run a
// script, change the page's marker, navigate, build a frame or embedded object, or reach the
// HTTP server this test runs on 127.0.0.1, except for the article's own images (/img/) when the
// library allows remote images.
#include "guisupport.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "reader/readerview.h"
#include "reader/schemehandler.h"
#include "testsupport.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

class TestHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    CountingServer m_server;
    ReaderView *m_view = nullptr;

    // Opens an article and gives its tricks time to act, with the mouse moving over the page.
    bool open(qint64 id)
    {
        if (!showAndWait(m_view, id))
            return false;
        for (int y = 40; y < 560; y += 80)
            QTest::mouseMove(m_view->focusProxy(), QPoint(300, y));
        QTest::qWait(250);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
        const QString posts = m_dir.filePath(QStringLiteral("hostile"));
        QVERIFY(QDir().mkpath(posts));
        const QDir fixtures(fixture(QStringLiteral("hostile")));
        const QStringList files = fixtures.entryList({ QStringLiteral("[0-9][0-9]-*.md") });
        QVERIFY(files.size() >= 48);
        for (const QString &name : files) {
            QByteArray bytes = readFile(fixtures.filePath(name));
            bytes.replace("{{SERVER}}", origin.toUtf8());
            QVERIFY(writeFile(posts + u'/' + name, bytes));
        }
        m_db = Database::open(m_dir.filePath(QStringLiteral("hostile.gloss"))).database;
        QVERIFY(m_db);
        const ImportReport report = Importer(*m_db).run(posts);
        QCOMPARE(report.imported, int(files.size()));
        m_view = showReader(m_db.get(), { 900, 600 });
        QVERIFY(m_view);
    }

    void cleanupTestCase()
    {
        delete m_view;
        m_db.reset();
    }

    void holds_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("title");
        ArticleRepository::Query query;
        query.sort = ArticleRepository::Sort::Title;
        for (const ArticleSummary &a : ArticleRepository(*m_db).list(query))
            QTest::newRow(qPrintable(a.title.left(40))) << a.id << a.title;
    }

    void holds()
    {
        QFETCH(qint64, id);
        QFETCH(QString, title);
        const QString number = title.mid(8, 2); // "Hostile NN: ..."
        // What each article's frames and objects leave in their place (EmbedFilter).
        const QString frame = QStringLiteral("Embedded frame removed");
        const QString object = QStringLiteral("Embedded object removed");
        const QString local = QStringLiteral(" (127.0.0.1)");
        const QHash<QString, QStringList> placeholders {
            { QStringLiteral("12"), { frame } },
            { QStringLiteral("13"), { frame, object } },
            { QStringLiteral("14"), { frame } },
            // The <frame> outside a frameset is no element.
            { QStringLiteral("15"), { frame + local } },
            { QStringLiteral("16"), { object + local, object + local } },
            { QStringLiteral("28"), { frame } }, // the whole <svg>, for its foreignObject frame
            { QStringLiteral("44"), { frame, frame, frame } },
            // The one in the <template> is in its inert content, not in the document.
            { QStringLiteral("45"),
              { frame, frame, frame, frame, object + local, object + local } },
            { QStringLiteral("46"), { frame, frame, frame } },
            { QStringLiteral("47"), { frame, frame } },
            { QStringLiteral("48"), { object + local } },
        };
        for (const bool remote : { false, true }) {
            m_view->setRemoteImages(remote);
            m_server.clear();
            QVERIFY(open(id));
            // No script ran: the marker is unset and the title is the article's own.
            QCOMPARE(
                runInAppWorld(
                    m_view, QStringLiteral("document.documentElement.getAttribute('data-pwned')")),
                QVariant());
            QCOMPARE(runInAppWorld(m_view, QStringLiteral("document.title")).toString(), title);
            // Nothing navigated, and the article is still there to read.
            QCOMPARE(m_view->page()->url(), SchemeHandler::articleUrl(id));
            QVERIFY2(pageText(m_view).contains(QStringLiteral("Sentinel %1").arg(number)),
                     qPrintable(pageText(m_view).left(300)));
            // No frame and no embedded object was built (an SVG or MathML element of the same
            // name is harmless and not counted), and no srcdoc is left anywhere.
            QCOMPARE(runInAppWorld(m_view, QStringLiteral("window.frames.length")).toInt(), 0);
            QCOMPARE(runInAppWorld(m_view,
                                   QStringLiteral(
                                       "Array.prototype.filter.call(document.querySelectorAll("
                                       "'iframe,frame,frameset,object,embed,[srcdoc]'),function(e){"
                                       "return e.namespaceURI==='http://www.w3.org/1999/xhtml'"
                                       "||e.hasAttribute('srcdoc');}).length"))
                         .toInt(),
                     0);
            // Each one removed left its placeholder, labelled by the reader's style.
            QCOMPARE(runInAppWorld(m_view,
                                   QStringLiteral("Array.prototype.map.call(document."
                                                  "querySelectorAll('.gloss-removed'),function(e){"
                                                  "return e.getAttribute('data-what');})"))
                         .toStringList(),
                     placeholders.value(number));
            QCOMPARE(runInAppWorld(
                         m_view,
                         QStringLiteral("Array.prototype.every.call(document.querySelectorAll('."
                                        "gloss-removed'),function(e){return getComputedStyle(e,'::"
                                        "before').content.indexOf(e.getAttribute('data-what'))>=0"
                                        "&&e.textContent==='';})"))
                         .toBool(),
                     true);
            if (!remote) {
                QCOMPARE(m_server.paths, QStringList());
                continue;
            }
            // With remote images allowed: the article's own images, and nothing else (a script
            // would have asked for /evil/js-NN, an image inside a frame for /evil/...).
            for (qsizetype i = 0; i < m_server.paths.size(); ++i) {
                const QString request = m_server.paths.at(i) + u' ' + m_server.destinations.at(i);
                QVERIFY2(m_server.destinations.at(i) == u"image", qPrintable(request));
                QVERIFY2(m_server.paths.at(i).startsWith(u"/img/"), qPrintable(request));
            }
        }
        m_view->setRemoteImages(false);
    }

    // After all of them the reader still opens and answers.
    void stillResponds()
    {
        const qint64 id = ArticleRepository(*m_db).list({}).first().id;
        QVERIFY(open(id));
        QCOMPARE(runInAppWorld(m_view, QStringLiteral("1 + 1")).toInt(), 2);
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestHostile>(argc, argv);
}

#include "tst_hostile.moc"
