// The annotate room in the real window: a highlight from the mouse and the keyboard to the
// library and back (AnnotationController), the notes pane, undo and redo, and All Highlights.

#include "annotate/allhighlightsdialog.h"
#include "annotate/annotationcontroller.h"
#include "annotate/highlightlistmodel.h"
#include "annotate/libraryhighlightsmodel.h"
#include "annotate/notespane.h"
#include "guisupport.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/librarysession.h"
#include "library/settingsrepository.h"
#include "reader/readerview.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gloss;
using namespace gloss::test;

class TestAnnotate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
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

            // Drag the mouse across the words on the page, then press H. The words are looked
            // for before each try: the outline beside the reader may appear once the article is
            // ready and move them.
            QWidget *surface = view->focusProxy();
            const auto quoteRect = [&] {
                return QJsonDocument::fromJson(
                           runInAppWorld(
                               view,
                               QStringLiteral(
                                   "(function(){var w=document.createTreeWalker("
                                   "document.querySelector('.gloss-article'),NodeFilter.SHOW_TEXT);"
                                   "var n;while((n=w.nextNode())){var "
                                   "i=n.data.indexOf('%1');if(i>=0){var r=document.createRange();"
                                   "r.setStart(n,i);r.setEnd(n,i+%2);return "
                                   "JSON.stringify(r.getBoundingClientRect());}}return '{}';})()")
                                   .arg(quote)
                                   .arg(quote.size()))
                               .toString()
                               .toUtf8())
                    .object();
            };
            // Offscreen, the first press after a load can be lost on its way in: try a few times.
            for (int attempt = 0; attempt < 4 && view->selectedText() != quote; ++attempt) {
                const QJsonObject rect = quoteRect();
                QVERIFY(!rect.isEmpty());
                const int y = int(rect.value(QStringLiteral("y")).toDouble()
                                  + rect.value(QStringLiteral("height")).toDouble() / 2);
                const QPoint from(int(rect.value(QStringLiteral("left")).toDouble()) + 1, y);
                const QPoint to(int(rect.value(QStringLiteral("right")).toDouble()) - 1, y);
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

            HighlightRepository highlights(*window.session()->database());
            QTRY_COMPARE_WITH_TIMEOUT(highlights.list().size(), 1, 5000);
            const Highlight stored = highlights.list().first();
            highlightId = stored.id;
            QCOMPARE(stored.selector.exact, quote);
            QCOMPARE(stored.color, QStringLiteral("yellow"));
            const QString text = ArticleRepository(*window.session()->database())
                                     .find(stored.articleId)
                                     ->article.text;
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
            window.annotations()->undoStack()->undo();
            QCOMPARE(highlights.list().size(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(painted(), QString(), 5000);
            window.annotations()->undoStack()->redo();
            QCOMPARE(highlights.list().size(), 1);
            QCOMPARE(highlights.list().first().id, highlightId);
            QTRY_COMPARE_WITH_TIMEOUT(painted(), quote, 5000);

            // A note typed in the pane is stored as it is typed; one undo takes it back.
            window.notesPane()->selectHighlight(highlightId);
            window.notesPane()->noteEditor()->setFocus();
            QTest::keyClicks(window.notesPane()->noteEditor(), QStringLiteral("note"));
            QCOMPARE(highlights.find(highlightId)->note, QStringLiteral("note"));
            window.annotations()->undoStack()->undo();
            QCOMPARE(highlights.find(highlightId)->note, QString());
            window.annotations()->undoStack()->redo();
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
            window.annotations()->undoStack()->undo();
            QCOMPARE(highlights.find(across.id)->color, QStringLiteral("purple"));
            window.annotations()->undoStack()->undo();
            QCOMPARE(highlights.find(across.id)->color, QStringLiteral("yellow"));

            // Key 3 highlights in the third colour; H then goes on with it. Both undone.
            const auto selectStartOf = [&](int paragraph) {
                runInAppWorld(view,
                              QStringLiteral("(function(){var p=document.querySelectorAll("
                                             "'.gloss-article p')[%1];var w=document."
                                             "createTreeWalker(p,NodeFilter.SHOW_TEXT);var "
                                             "n=w.nextNode();var r=document.createRange();"
                                             "r.setStart(n,0);r.setEnd(n,3);var s=getSelection();"
                                             "s.removeAllRanges();s.addRange(r);return 0;})()")
                                  .arg(paragraph));
                QTRY_VERIFY(!view->selectedText().isEmpty());
            };
            selectStartOf(5);
            QTest::keyClick(surface, Qt::Key_3);
            QTRY_COMPARE_WITH_TIMEOUT(highlights.list().size(), 3, 5000);
            QCOMPARE(highlights.list().size(), 3);
            qint64 keyed = 0;
            for (const Highlight &h : highlights.list())
                if (h.id != highlightId && h.id != across.id)
                    keyed = h.id;
            QCOMPARE(highlights.find(keyed)->color, Highlight::colors().at(2));
            selectStartOf(6);
            QTest::keyClick(surface, Qt::Key_H);
            QTRY_COMPARE_WITH_TIMEOUT(highlights.list().size(), 4, 5000);
            for (const Highlight &h : highlights.list())
                if (h.id != highlightId && h.id != across.id)
                    QCOMPARE(h.color, Highlight::colors().at(2));
            window.annotations()->undoStack()->undo();
            window.annotations()->undoStack()->undo();
            QCOMPARE(highlights.list().size(), 2);
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
        AllHighlightsDialog *all = reopened.annotations()->showAllHighlights();
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
        // ... and a link back into Gloss at the highlight, in this library.
        QVERIFY2(QGuiApplication::clipboard()->text().contains(
                     QStringLiteral("[Open in Gloss](gloss://open/%1/article/")
                         .arg(SettingsRepository(*reopened.session()->database()).libraryId())),
                 qPrintable(QGuiApplication::clipboard()->text()));
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
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestAnnotate>(argc, argv);
}

#include "tst_annotate.moc"
