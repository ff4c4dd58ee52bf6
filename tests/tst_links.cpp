// Links back into Gloss: `gloss gloss://open/…` run as a second process (the real executable)
// hands the link to the real window that has the library open, offscreen; refused links, a
// library Gloss does not know and ids the library lacks are messages that change nothing; a
// known library without a window is opened by the new process.
#include "guisupport.h"
#include "import/importer.h"
#include "library/articlelistmodel.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/glosslink.h"
#include "library/highlightrepository.h"
#include "library/librarysession.h"
#include "settings/appsettings.h"
#include "shell/instanceserver.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace gloss;
using namespace gloss::test;

class TestLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_libraryId;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_first = 0; // the article the window showed first
    qint64 m_article = 0; // the longest other article, highlighted near its end
    qint64 m_highlight = 0;
    qint64 m_firstHighlight = 0; // on m_first

    static QProcessEnvironment environment()
    {
        // The settings folder (XDG_CONFIG_HOME) is this run's, set by guiTestMain.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    // Runs gloss while this process's event loop turns: the window here must answer it.
    static Run gloss(const QStringList &arguments)
    {
        return run(QStringLiteral(GLOSS_EXECUTABLE), arguments, environment(), 60000, true);
    }

    static qint64 addHighlight(const Database &db, qint64 articleId, double at)
    {
        const QString text = ArticleRepository(db).text(articleId);
        int start = int(text.size() * at);
        while (start < text.size() && text.at(start).isSpace())
            ++start;
        Highlight h;
        h.articleId = articleId;
        h.selector = Anchor::select(text, start, qMin(start + 12, int(text.size())));
        QString error;
        const qint64 id = HighlightRepository(db).add(h, &error);
        if (id == 0)
            qWarning() << error;
        return id;
    }

    static bool isRead(const QString &library, qint64 articleId)
    {
        const std::unique_ptr<Database> db = Database::open(library).database;
        const std::optional<ArticleRecord> record
            = ArticleRepository(*db).find(articleId, ArticleRepository::Detail::Metadata);
        return record && record->readAt.isValid();
    }

    QString link(qint64 article, std::optional<qint64> highlight) const
    {
        return GlossLink(QUuid::fromString(m_libraryId), article, highlight).toString();
    }

    QMessageBox *linkProblem() const
    {
        return m_window->findChild<QMessageBox *>(QStringLiteral("linkProblem"));
    }

    int flashed(qint64 highlight) const
    {
        return runInAppWorld(m_window->readerView(),
                             QStringLiteral("document.querySelectorAll('mark.gloss-hl-flash"
                                            "[data-gloss-id=\"%1\"]').length")
                                 .arg(highlight))
            .toInt();
    }

    // A link the window refuses or cannot follow: the window says why (message contains
    // `expected`) and shows what it showed before. The second process ends with exitCode: 1 when
    // it refused the link itself, 0 when it handed it over.
    void expectRefusal(const QString &text, const QString &expected, int exitCode = 1)
    {
        const qint64 shown = m_window->readerView()->articleId();
        const double scroll
            = runInAppWorld(m_window->readerView(), QStringLiteral("window.scrollY")).toDouble();
        const Run second = gloss({ text });
        QCOMPARE(second.exitCode, exitCode);
        QTRY_VERIFY_WITH_TIMEOUT(linkProblem(), 10000);
        QMessageBox *box = linkProblem();
        QVERIFY2(box->text().contains(expected), qPrintable(box->text()));
        QVERIFY(box->isVisible());
        box->close();
        QTRY_VERIFY(!linkProblem());
        QCOMPARE(m_window->readerView()->articleId(), shown);
        QCOMPARE(runInAppWorld(m_window->readerView(), QStringLiteral("window.scrollY")).toDouble(),
                 scroll);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("links.gloss"));
        {
            const std::unique_ptr<Database> db = Database::open(m_library).database;
            for (const QString &folder : { QStringLiteral("seed"), QStringLiteral("hexo-html"),
                                           QStringLiteral("hexo-markdown") })
                QVERIFY(Importer(*db).run(corpusDir() + u'/' + folder).imported > 0);
        }
        m_window = std::make_unique<MainWindow>();
        QVERIFY(openAndShow(*m_window, m_library, { 1200, 700 }));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->readerView()->pageText().isEmpty(), 20000);
        m_first = m_window->readerView()->articleId();
        QVERIFY(m_first != 0);
        m_libraryId = m_window->session()->libraryId();
        QVERIFY(!QUuid::fromString(m_libraryId).isNull());
        // The window made its library known by id, where a second process looks it up.
        QCOMPARE(AppSettings().libraryPath(m_libraryId), m_window->session()->path());

        // A second connection, as the window's is busy with its own: the reader reads the
        // highlights when it shows the article.
        const std::unique_ptr<Database> db = Database::open(m_library).database;
        qsizetype longest = 0;
        for (const ArticleSummary &a : ArticleRepository(*db).list({})) {
            const qsizetype size = ArticleRepository(*db).text(a.id).size();
            if (a.id != m_first && size > longest) {
                longest = size;
                m_article = a.id;
            }
        }
        QVERIFY2(longest > 5000, qPrintable(QString::number(longest))); // long enough to scroll
        m_highlight = addHighlight(*db, m_article, 0.9);
        m_firstHighlight = addHighlight(*db, m_first, 0.1);
        QVERIFY(m_highlight != 0 && m_firstHighlight != 0);
    }

    void linkFromASecondProcessOpensTheHighlight()
    {
        QCOMPARE(runInAppWorld(m_window->readerView(), QStringLiteral("window.scrollY")).toDouble(),
                 0.0);
        QSignalSpy revealed(m_window->session(), &LibrarySession::highlightRevealed);
        const Run second = gloss({ link(m_article, m_highlight) });
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(u"followed the link"), qPrintable(second.out + second.err));

        // The window selected the article in its list, showed it, scrolled to the highlight
        // and flashed it.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->readerView()->articleId(), m_article, 20000);
        const QModelIndex current = m_window->session()->articleView()->currentIndex();
        QCOMPARE(m_window->session()->articleModel()->articleId(current.row()), m_article);
        QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 20000);
        QCOMPARE(revealed.first().first().toLongLong(), m_highlight);
        QTRY_VERIFY_WITH_TIMEOUT(flashed(m_highlight) > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            runInAppWorld(m_window->readerView(), QStringLiteral("window.scrollY")).toDouble()
                > 500,
            10000);
        // Where the highlight is: in the middle of the view, as scrollIntoView put it.
        const double top
            = runInAppWorld(m_window->readerView(),
                            QStringLiteral("document.querySelector('mark.gloss-hl[data-gloss-id="
                                           "\"%1\"]').getBoundingClientRect().top")
                                .arg(m_highlight))
                  .toDouble();
        QVERIFY2(top > 0 && top < m_window->readerView()->height(),
                 qPrintable(QString::number(top)));
        QVERIFY(!linkProblem());

        // A link to an article alone opens it, at the top of the list's "All Articles".
        QSignalSpy ready(m_window->readerView(), &ReaderView::articleReady);
        const Run toArticle = gloss({ link(m_first, std::nullopt) });
        QCOMPARE(toArticle.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->readerView()->articleId(), m_first, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000); // the page shows it
        QVERIFY(!linkProblem());
    }

    void hostileLinksAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("parent folders") << QStringLiteral("gloss://open/../../etc/passwd")
                                        << QStringLiteral("is not a library id");
        QTest::newRow("a path") << QStringLiteral("gloss:///etc/passwd")
                                << QStringLiteral("host is '', not open");
        QTest::newRow("another scheme")
            << QStringLiteral("https://example.com/") << QStringLiteral("'https', not gloss");
        QTest::newRow("javascript")
            << QStringLiteral("javascript:alert(1)") << QStringLiteral("'javascript', not gloss");
        QTest::newRow("encoded") << QStringLiteral("gloss://open/%2e%2e/article/1")
                                 << QStringLiteral("percent-encoded");
        QTest::newRow("huge id")
            << QStringLiteral("gloss://open/%1/article/99999999999999999999").arg(uuid)
            << QStringLiteral("larger than any id");
        QTest::newRow("overlong") << QStringLiteral("gloss://open/%1/article/1?highlight=%2")
                                         .arg(uuid, QString(400, u'1'))
                                  << QStringLiteral("characters long");
        QTest::newRow("extra query")
            << QStringLiteral("gloss://open/%1/article/1?highlight=1&file=/etc/passwd").arg(uuid)
            << QStringLiteral("more than one thing");
        QTest::newRow("more path") << QStringLiteral("gloss://open/%1/article/1/../../x").arg(uuid)
                                   << QStringLiteral("goes on after the article id");
    }

    void hostileLinksAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        expectRefusal(text, expected);
    }

    void idsTheLibraryLacks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no such article")
            << link(999999, std::nullopt) << QStringLiteral("has no article with id 999999");
        QTest::newRow("no such highlight")
            << link(m_article, 999999)
            << QStringLiteral("has no highlight with id 999999 on article %1").arg(m_article);
        QTest::newRow("highlight of another article")
            << link(m_article, m_firstHighlight)
            << QStringLiteral("has no highlight with id %1 on article %2")
                   .arg(m_firstHighlight)
                   .arg(m_article);
    }

    void idsTheLibraryLacks()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        // Only the library knows: the second process hands the link over.
        expectRefusal(text, expected, 0);
    }

    void unknownLibraryIsNamed()
    {
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString text = QStringLiteral("gloss://open/%1/article/1?highlight=1").arg(unknown);
        expectRefusal(
            text, QStringLiteral("has not opened on this computer (library id %1)").arg(unknown));
        // The second process said it too, for a shell.
        const Run second = gloss({ text });
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(unknown), qPrintable(second.err));
        QTRY_VERIFY_WITH_TIMEOUT(linkProblem(), 10000);
        linkProblem()->close();
        QTRY_VERIFY(!linkProblem());
    }

    void knownLibraryWithoutAWindowIsOpened()
    {
        // A library opened once, then closed: Gloss knows it by id.
        const QString other = m_dir.filePath(QStringLiteral("other.gloss"));
        {
            const std::unique_ptr<Database> db = Database::open(other).database;
            QVERIFY(Importer(*db).run(fixture(QStringLiteral("posts"))).imported > 2);
        }
        QString otherId;
        qint64 target = 0;
        {
            MainWindow window;
            QVERIFY(window.openLibrary(other));
            otherId = window.session()->libraryId();
            const std::unique_ptr<Database> db = Database::open(other).database;
            for (const ArticleSummary &a : ArticleRepository(*db).list({}))
                if (!isRead(other, a.id))
                    target = a.id;
        }
        QVERIFY(target != 0);
        QCOMPARE(AppSettings().libraryPath(otherId), QFileInfo(other).absoluteFilePath());

        // The second process opens it in a window of its own and shows the article, which
        // marks it read; this window is left as it was.
        const qint64 shown = m_window->readerView()->articleId();
        QProcess gloss;
        gloss.setProcessEnvironment(environment());
        gloss.start(QStringLiteral(GLOSS_EXECUTABLE),
                    { GlossLink(QUuid::fromString(otherId), target).toString() });
        QVERIFY(gloss.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(isRead(other, target), 60000);
        QCOMPARE(gloss.state(), QProcess::Running);
        // ... and that window answers for the library from now on.
        QVERIFY(InstanceServer::forward(other, {}, 5000));
        QCOMPARE(m_window->readerView()->articleId(), shown);
        QVERIFY(!linkProblem());
        gloss.kill();
        QVERIFY(gloss.waitForFinished(10000));
    }

    void cleanupTestCase() { m_window.reset(); }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestLinks>(argc, argv, QStringLiteral("gloss"));
}

#include "tst_links.moc"
