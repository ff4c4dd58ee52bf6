// The outline in the real window (QT_QPA_PLATFORM=offscreen): the article's headings in order and
// nested, a click that scrolls the reader to its heading, the current heading following the
// scroll, ] and [ to the next and previous heading, and no outline under three headings.

#include "guisupport.h"
#include "import/importer.h"
#include "library/librarysession.h"
#include "reader/outlinepanel.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItemIterator>

using namespace gloss;
using namespace gloss::test;

class TestOutline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<MainWindow> m_window;
    OutlinePanel *m_outline = nullptr;
    ReaderView *m_view = nullptr;

    bool open(const QString &title)
    {
        const std::unique_ptr<Database> db = Database::open(m_library).database;
        const qint64 id = idByTitle(*db, title);
        if (id == 0)
            return false;
        if (m_view->articleId() == id && !m_view->pageText().isNull())
            return true;
        QSignalSpy ready(m_view, &ReaderView::articleReady);
        m_window->session()->selectArticle(id);
        return QTest::qWaitFor(
            [&] { return m_view->articleId() == id && !m_view->pageText().isNull(); }, 20000);
    }

    // Where heading index sits from the top of the view, in CSS pixels.
    double headingTop(int index)
    {
        return runInAppWorld(m_view,
                             QStringLiteral("document.querySelectorAll('.gloss-article h1, "
                                            ".gloss-article h2, .gloss-article h3, .gloss-article "
                                            "h4')[%1].getBoundingClientRect().top")
                                 .arg(index))
            .toDouble();
    }

    bool atHeading(int index)
    {
        return QTest::qWaitFor([&] { return qAbs(headingTop(index)) < 3; }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("outline.gloss"));
        {
            const std::unique_ptr<Database> db = Database::open(m_library).database;
            QVERIFY(db);
            const QString posts = m_dir.filePath(QStringLiteral("posts"));
            QVERIFY(QDir().mkpath(posts));
            for (const QString &name :
                 { QStringLiteral("outline.md"), QStringLiteral("two-headings.md") })
                QVERIFY(QFile::copy(fixture(QStringLiteral("code/") + name), posts + u'/' + name));
            QCOMPARE(Importer(*db).run(posts).imported, 2);
        }
        m_window = std::make_unique<MainWindow>();
        QVERIFY(openAndShow(*m_window, m_library, { 1300, 800 }));
        m_view = m_window->readerView();
        m_outline = m_window->findChild<OutlinePanel *>();
        QVERIFY(m_outline);
    }
    void cleanupTestCase() { m_window.reset(); }

    void listsTheHeadings()
    {
        QVERIFY(open(QStringLiteral("Outline fixture")));
        QTRY_VERIFY_WITH_TIMEOUT(m_outline->isVisibleTo(m_window.get()), 5000);
        QStringList texts;
        for (QTreeWidgetItemIterator it(m_outline); *it; ++it)
            texts << (*it)->text(0);
        QCOMPARE(texts,
                 QStringList({ QStringLiteral("Getting started"), QStringLiteral("Installing"),
                               QStringLiteral("Configuring"), QStringLiteral("The config file"),
                               QStringLiteral("Going further") }));
        // Nested by level: h2 under h1, h3 under h2.
        QCOMPARE(m_outline->topLevelItemCount(), 2);
        QCOMPARE(m_outline->topLevelItem(0)->childCount(), 2);
        QCOMPARE(m_outline->topLevelItem(0)->child(1)->child(0)->text(0),
                 QStringLiteral("The config file"));
    }

    void clickScrollsToTheHeading()
    {
        QVERIFY(open(QStringLiteral("Outline fixture")));
        runInAppWorld(m_view, QStringLiteral("window.scrollTo(0, 0); 0"));
        QVERIFY(headingTop(2) > 100);
        QTreeWidgetItem *configuring = m_outline->topLevelItem(0)->child(1);
        QCOMPARE(configuring->text(0), QStringLiteral("Configuring"));
        const QRect rect = m_outline->visualItemRect(configuring);
        QTest::mouseClick(m_outline->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY2(atHeading(2), qPrintable(QString::number(headingTop(2))));
        QVERIFY(runInAppWorld(m_view, QStringLiteral("window.scrollY")).toDouble() > 100);
    }

    void currentHeadingFollowsTheScroll()
    {
        QVERIFY(open(QStringLiteral("Outline fixture")));
        runInAppWorld(m_view,
                      QStringLiteral("document.querySelectorAll('.gloss-article h3')[0]."
                                     "scrollIntoView({block: 'start'}); 0"));
        QTRY_COMPARE_WITH_TIMEOUT(m_outline->currentHeading(), 3, 5000);
        QCOMPARE(m_outline->currentItem()->text(0), QStringLiteral("The config file"));
        runInAppWorld(m_view, QStringLiteral("window.scrollTo(0, 0); 0"));
        QTRY_COMPARE_WITH_TIMEOUT(m_outline->currentHeading(), -1, 5000);
    }

    void bracketKeysStepThroughHeadings()
    {
        QVERIFY(open(QStringLiteral("Outline fixture")));
        runInAppWorld(m_view, QStringLiteral("window.scrollTo(0, 0); 0"));
        QWidget *surface = m_view->focusProxy();
        QVERIFY(surface);
        surface->setFocus();
        QTest::keyClick(surface, Qt::Key_BracketRight);
        QVERIFY2(atHeading(0), qPrintable(QString::number(headingTop(0))));
        QTest::keyClick(surface, Qt::Key_BracketRight);
        QVERIFY(atHeading(1));
        QTest::keyClick(surface, Qt::Key_BracketRight);
        QVERIFY(atHeading(2));
        QTest::keyClick(surface, Qt::Key_BracketLeft);
        QVERIFY(atHeading(1));
        QTRY_COMPARE_WITH_TIMEOUT(m_outline->currentHeading(), 1, 5000);
    }

    void hiddenUnderThreeHeadings()
    {
        QVERIFY(open(QStringLiteral("Two headings fixture")));
        QCOMPARE(m_view->headings().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!m_outline->isVisibleTo(m_window.get()), 5000);
        QVERIFY(open(QStringLiteral("Outline fixture")));
        QTRY_VERIFY_WITH_TIMEOUT(m_outline->isVisibleTo(m_window.get()), 5000);
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestOutline>(argc, argv);
}

#include "tst_outline.moc"
