// Library search and find in article in the real window and web view (offscreen): typing in
// the search field, opening a result at its first match with the matches marked, the find bar.
#include "guisupport.h"
#include "import/importer.h"
#include "library/articlelistmodel.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/librarysession.h"
#include "reader/findbar.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "search/searchresultmodel.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gloss;
using namespace gloss::test;

namespace {

// Types text as key presses, Chinese included (QTest::keyClicks handles ASCII only).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

void showActive(MainWindow &window)
{
    window.resize(1300, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

} // namespace

class TestSearchWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    qint64 m_seed = 0;
    QString m_seedText;

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("search.gloss"));
        std::unique_ptr<Database> db = Database::open(m_library).database;
        QVERIFY(db);
        const QString posts = m_dir.filePath(QStringLiteral("posts"));
        for (const QString &folder : { QStringLiteral("seed"), QStringLiteral("hexo-markdown") })
            copyTree(corpusDir() + u'/' + folder, posts + u'/' + folder);
        QVERIFY(Importer(*db).run(posts).indexComplete);
        m_seed = idByTitle(*db, QStringLiteral("AI芯片，撑得过明年吗？"));
        QVERIFY(m_seed > 0);
        m_seedText = ArticleRepository(*db).find(m_seed)->article.text;
    }

    void searchOpensTheArticleAtItsFirstMatch()
    {
        // Four characters from near the end of the seed, seen nowhere before them in it.
        QString phrase;
        for (qsizetype i = m_seedText.size() * 9 / 10; i + 4 < m_seedText.size(); ++i) {
            const QString candidate = m_seedText.mid(i, 4);
            bool cjk = true;
            for (const QChar c : candidate)
                cjk = cjk && c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
            if (cjk && m_seedText.indexOf(candidate) == i) {
                phrase = candidate;
                break;
            }
        }
        QVERIFY(!phrase.isEmpty());

        MainWindow window;
        QVERIFY(window.openLibrary(m_library));
        showActive(window);
        ReaderView *view = window.readerView();
        SearchPanel *search = window.searchPanel();
        QAbstractItemModelTester tester(search->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Another article is open, so the result has to load the seed.
        const qint64 other = window.session()->articleModel()->articleId(0) == m_seed
            ? window.session()->articleModel()->articleId(1)
            : window.session()->articleModel()->articleId(0);
        window.session()->selectArticle(other);
        QTRY_VERIFY_WITH_TIMEOUT(view->articleId() == other && !view->pageText().isNull(), 20000);

        // Ctrl+Shift+F goes to the field; typing searches after a pause, off the GUI thread.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search->field()));
        QSignalSpy shown(search, &SearchPanel::resultsShown);
        type(search->field(), phrase);
        QVERIFY(search->isVisible());
        QVERIFY(!window.session()->articleView()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        QTRY_COMPARE(search->model()->rowCount(), 1);
        const QModelIndex first = search->model()->index(0);
        QCOMPARE(first.data(SearchResultModel::ArticleIdRole).toLongLong(), m_seed);
        QCOMPARE(first.data(SearchResultModel::CategoryRole).toString(),
                 QStringLiteral("新媒体 › 虎嗅 › 首页资讯"));
        const QString snippet = first.data(SearchResultModel::SnippetRole).toString();
        const QPoint mark = first.data(SearchResultModel::MarksRole).toList().value(0).toPoint();
        QCOMPARE(snippet.mid(mark.x(), mark.y()), phrase);

        // Down, then the result opens: the article, scrolled to the match, marked.
        QTest::keyClick(search->field(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search->resultView()));
        QTRY_COMPARE_WITH_TIMEOUT(view->articleId(), m_seed, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!view->pageText().isNull(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            runInAppWorld(view, QStringLiteral("glossReader.searchMarks()")).toStringList(),
            QStringList { phrase }, 10000);
        QCOMPARE(view->searchMatchCount(), 1);
        const QString inView = QStringLiteral(
            "(function(){var r=document.querySelector('mark.gloss-search').getBoundingClientRect();"
            "return window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight;})()");
        QTRY_VERIFY_WITH_TIMEOUT(runInAppWorld(view, inView).toBool(), 10000);

        // Esc back in the field clears it: the article list returns, the marks go.
        QTest::keyClick(search->resultView(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search->field()));
        QTest::keyClick(search->field(), Qt::Key_Escape);
        QVERIFY(search->field()->text().isEmpty());
        QVERIFY(window.session()->articleView()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(
            runInAppWorld(view, QStringLiteral("glossReader.searchMarks().length")).toInt(), 0,
            10000);
    }

    void findBarCountsAndSteps()
    {
        MainWindow window;
        QVERIFY(window.openLibrary(m_library));
        showActive(window);
        ReaderView *view = window.readerView();
        QSignalSpy ready(view, &ReaderView::articleReady);
        window.session()->selectArticle(m_seed);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0 && view->articleId() == m_seed, 20000);

        // What the find bar must count: the occurrences in the whole page as shown.
        const QString term = QStringLiteral("芯片");
        const int expected = runInAppWorld(view,
                                           QStringLiteral("document.body.innerText.split('%1')"
                                                          ".length - 1")
                                               .arg(term))
                                 .toInt();
        QVERIFY(expected >= 3);

        FindBar *bar = window.findBar();
        QVERIFY(!bar->isVisible());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bar->field()));
        type(bar->field(), term);
        QTRY_COMPARE_WITH_TIMEOUT(bar->matchCount(), expected, 10000);
        QTRY_COMPARE(bar->activeMatch(), 1);
        QCOMPARE(bar->countText(), QStringLiteral("1 of %1").arg(expected));

        QTest::keyClick(bar->field(), Qt::Key_Return);
        QTRY_COMPARE(bar->activeMatch(), 2);
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QTRY_COMPARE(bar->activeMatch(), 3);
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(bar->activeMatch(), 2);

        type(bar->field(), QStringLiteral("不在文中的字样"));
        QTRY_COMPARE(bar->countText(), QStringLiteral("No matches"));
        QCOMPARE(bar->matchCount(), 0);

        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(bar->matchCount(), 0);
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestSearchWindow>(argc, argv);
}

#include "tst_searchwindow.moc"
