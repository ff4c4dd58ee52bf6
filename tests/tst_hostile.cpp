// Hostile articles (tests/fixtures/hostile, 43 of them) in the real reader: none may run a
// script, change the page's marker, navigate, or reach the HTTP server this test runs on
// 127.0.0.1, except for image requests when the library allows remote images.
#include "guisupport.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "reader/readerview.h"
#include "reader/schemehandler.h"
#include "testsupport.h"

#include <QDir>
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
        QVERIFY(files.size() >= 40);
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
            if (!remote) {
                QCOMPARE(m_server.paths, QStringList());
                continue;
            }
            // With remote images allowed: images, and only images (a script would have asked
            // for /evil/js-NN).
            for (qsizetype i = 0; i < m_server.paths.size(); ++i) {
                const QString request = m_server.paths.at(i) + u' ' + m_server.destinations.at(i);
                QVERIFY2(m_server.destinations.at(i) == u"image", qPrintable(request));
                QVERIFY2(!m_server.paths.at(i).startsWith(u"/evil/js-"), qPrintable(request));
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
