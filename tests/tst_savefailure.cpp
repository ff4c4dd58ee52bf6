// Saves that fail in the real window: a library on a disk that fills up, and one that another
// program keeps locked. The person is told at once, the undo stack records nothing that did not
// happen, and typed notes are kept and saved once the library can be written again.
#include "guisupport.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/librarybackup.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "notespane.h"
#include "reader/readerview.h"
#include "savestatus.h"
#include "testsupport.h"

#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>
#include <unistd.h>

using namespace gloss;
using namespace gloss::test;

namespace {

// The seed's passages highlighted below.
const QString firstQuote = QStringLiteral("往日的热闹逝去已久");

TextSelector selectorFor(const QString &text, const QString &quote)
{
    TextSelector s;
    s.exact = quote;
    s.start = int(text.indexOf(quote));
    s.end = s.start + int(quote.size());
    s.prefix = text.mid(qMax(0, s.start - 32), qMin(32, s.start));
    s.suffix = text.mid(s.end, 32);
    return s;
}

} // namespace

class TestSaveFailure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Opens library with the seed imported; the window shows its article.
    bool openSeed(MainWindow &window, const QString &library)
    {
        if (!openAndShow(window, library, { 1200, 800 }))
            return false;
        return QTest::qWaitFor([&] { return !window.readerView()->pageText().isEmpty(); }, 20000);
    }

private Q_SLOTS:
    void diskFills()
    {
        const SmallDisk disk(QStringLiteral("8m"));
        if (geteuid() != 0)
            QSKIP("mounting a small file system needs root (the suite runs as root in CI)");
        QVERIFY(disk.isMounted());
        const QString library = disk.filePath(QStringLiteral("full.gloss"));
        {
            std::unique_ptr<Database> db = Database::open(library).database;
            QVERIFY(db);
            QCOMPARE(Importer(*db).run(corpusDir() + QStringLiteral("/seed")).imported, 1);
        }
        // Today's backup is made: none is taken while the disk fills.
        QVERIFY(LibraryBackup::make(library).ok());

        MainWindow window;
        QVERIFY(openSeed(window, library));
        ReaderView *view = window.readerView();
        const qint64 article = view->articleId();
        const QString text = ArticleRepository(*window.library()).find(article)->article.text;
        HighlightRepository highlights(*window.library());
        QUndoStack *undo = window.undoStack();

        // One highlight while there is room.
        Q_EMIT view->highlightRequested(article, selectorFor(text, firstQuote),
                                        QStringLiteral("yellow"));
        QCOMPARE(highlights.list().size(), 1);
        const qint64 first = highlights.list().first().id;
        QCOMPARE(undo->count(), 1);
        QVERIFY(!window.messageBar()->isVisible());

        // The disk fills up; the log is emptied first, so that every write needs new room.
        QVERIFY(QSqlQuery(window.library()->connection())
                    .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QString filler = disk.fill(QStringLiteral("filler"));
        QVERIFY(!filler.isEmpty());

        // A new highlight: refused, said at once, nothing on the stack.
        const QString secondQuote = text.mid(text.indexOf(firstQuote) + 40, 12);
        Q_EMIT view->highlightRequested(article, selectorFor(text, secondQuote),
                                        QStringLiteral("green"));
        QCOMPARE(highlights.list().size(), 1);
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->index(), 1);
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("full.gloss")),
                 qPrintable(window.messageBar()->text()));
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("full")),
                 qPrintable(window.messageBar()->text()));
        QVERIFY(window.saveStatus()->isFailing());

        // Recolour, remove and undo: refused, and the stack stays where it was.
        Q_EMIT window.notesPane()->recolorRequested(first, QStringLiteral("blue"));
        QCOMPARE(highlights.find(first)->color, QStringLiteral("yellow"));
        Q_EMIT window.notesPane()->removeRequested(first);
        QVERIFY(highlights.find(first));
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QVERIFY(highlights.find(first));
        QCOMPARE(undo->index(), 1);
        QVERIFY(undo->canUndo());
        QVERIFY(window.messageBar()->isVisible());

        // Notes typed now stay in their editors and are kept. (What the refused writes left
        // free is taken too: not even a recovery file fits.)
        const QString rest = disk.fill(QStringLiteral("rest"));
        QVERIFY(!rest.isEmpty());
        window.notesPane()->selectHighlight(first);
        QPlainTextEdit *noteEditor = window.notesPane()->noteEditor();
        noteEditor->setFocus();
        QTest::keyClicks(noteEditor, QStringLiteral("kept"));
        QPlainTextEdit *articleNote = window.notesPane()->articleNoteEditor();
        articleNote->setFocus();
        QTest::keyClicks(articleNote, QStringLiteral("whole"));
        QCOMPARE(noteEditor->toPlainText(), QStringLiteral("kept"));
        QCOMPARE(articleNote->toPlainText(), QStringLiteral("whole"));
        QCOMPARE(highlights.find(first)->note, QString());
        QCOMPARE(ArticleRepository(*window.library()).find(article)->note, QString());
        QCOMPARE(window.saveStatus()->unsaved().size(), 2);
        QCOMPARE(undo->count(), 1);
        // No room for the recovery file either, and the bar says so.
        QVERIFY(!window.saveStatus()->recoveryKept());
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("leave Gloss open")),
                 qPrintable(window.messageBar()->text()));

        if (qEnvironmentVariableIsSet("GLOSS_SCREENSHOTS")) {
            // Under Xvfb (QT_QPA_PLATFORM=xcb), the whole screen, the web view included.
            QTest::qWait(500);
            QProcess::execute(
                QStringLiteral("import"),
                { QStringLiteral("-window"), QStringLiteral("root"),
                  qEnvironmentVariable("GLOSS_SCREENSHOTS") + QStringLiteral("/save-failed.png") });
        }

        // Room again: within a few seconds everything typed is saved and the bar goes.
        QVERIFY(QFile::remove(filler));
        QVERIFY(QFile::remove(rest));
        QTRY_VERIFY_WITH_TIMEOUT(!window.messageBar()->isVisible(), 10000);
        QCOMPARE(highlights.find(first)->note, QStringLiteral("kept"));
        QCOMPARE(ArticleRepository(*window.library()).find(article)->note, QStringLiteral("whole"));
        QCOMPARE(noteEditor->toPlainText(), QStringLiteral("kept"));
        QVERIFY(window.saveStatus()->unsaved().isEmpty());
        QVERIFY(!QFile::exists(window.saveStatus()->recoveryPath()));

        // And changes go on the stack again.
        Q_EMIT view->highlightRequested(article, selectorFor(text, secondQuote),
                                        QStringLiteral("green"));
        QCOMPARE(highlights.list().size(), 2);
        QCOMPARE(undo->count(), 2);
        undo->undo();
        QCOMPARE(highlights.list().size(), 1);
    }

    void dailyBackupWhenTheWindowOpensTheLibrary()
    {
        const QString library = m_dir.filePath(QStringLiteral("daily.gloss"));
        {
            std::unique_ptr<Database> db = Database::open(library).database;
            QVERIFY(db);
            QCOMPARE(Importer(*db).run(corpusDir() + QStringLiteral("/seed")).imported, 1);
        }
        QVERIFY(LibraryBackup::list(library).isEmpty());
        {
            MainWindow window;
            QVERIFY(openAndShow(window, library));
            QTRY_COMPARE_WITH_TIMEOUT(LibraryBackup::list(library).size(), 1, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(
                window.statusBar()->currentMessage().startsWith(QStringLiteral("Backed up")), 5000);
        }
        std::unique_ptr<Database> copy
            = Database::open(LibraryBackup::list(library).first()).database;
        QVERIFY(copy);
        QCOMPARE(ArticleRepository(*copy).count(), 1);
        // Once a day: opening it again the same day makes no second copy.
        {
            MainWindow window;
            QVERIFY(openAndShow(window, library));
            QTest::qWait(1000);
        }
        QCOMPARE(LibraryBackup::list(library).size(), 1);
    }

    void lockedByAnotherProgram()
    {
        const QString library = m_dir.filePath(QStringLiteral("locked.gloss"));
        {
            std::unique_ptr<Database> db = Database::open(library).database;
            QVERIFY(db);
            QCOMPARE(Importer(*db).run(corpusDir() + QStringLiteral("/seed")).imported, 1);
        }
        QVERIFY(LibraryBackup::make(library).ok());
        std::unique_ptr<Database> other = Database::open(library).database;
        QVERIFY(other);
        qint64 first = 0;
        QString recovery;
        {
            MainWindow window;
            QVERIFY(openSeed(window, library));
            ReaderView *view = window.readerView();
            const qint64 article = view->articleId();
            const QString text = ArticleRepository(*window.library()).find(article)->article.text;
            Q_EMIT view->highlightRequested(article, selectorFor(text, firstQuote),
                                            QStringLiteral("pink"));
            first = HighlightRepository(*window.library()).list().first().id;

            // Another program takes the write lock; the window gives up waiting quickly.
            QVERIFY(QSqlQuery(window.library()->connection())
                        .exec(QStringLiteral("PRAGMA busy_timeout = 50")));
            QCOMPARE(sqlite3_exec(other->handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr),
                     SQLITE_OK);

            window.notesPane()->selectHighlight(first);
            QPlainTextEdit *noteEditor = window.notesPane()->noteEditor();
            noteEditor->setFocus();
            noteEditor->insertPlainText(QStringLiteral("笔记"));
            QTest::keyClicks(noteEditor, QStringLiteral(" kept"));
            QCOMPARE(noteEditor->toPlainText(), QStringLiteral("笔记 kept"));
            QVERIFY(window.messageBar()->isVisible());
            QVERIFY2(window.messageBar()->text().contains(QStringLiteral("locked")),
                     qPrintable(window.messageBar()->text()));
            QVERIFY(window.saveStatus()->recoveryKept());
            recovery = window.saveStatus()->recoveryPath();
            QVERIFY(readFile(recovery).contains("笔记 kept"));
            QCOMPARE(window.undoStack()->count(), 1);

            // Closing does not lose it: it waits in the recovery file.
            QVERIFY(window.close());
        }
        QCOMPARE(sqlite3_exec(other->handle(), "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(HighlightRepository(*other).find(first)->note, QString());

        // The next start offers the note back, and saves it when asked.
        MainWindow reopened;
        QVERIFY(openSeed(reopened, library));
        QVERIFY(reopened.messageBar()->isVisible());
        QVERIFY2(reopened.messageBar()->text().contains(QStringLiteral("1 note")),
                 qPrintable(reopened.messageBar()->text()));
        QCOMPARE(reopened.saveStatus()->recovered().size(), 1);
        reopened.messageBar()->buttons().at(0)->click();
        QCOMPARE(HighlightRepository(*other).find(first)->note, QStringLiteral("笔记 kept"));
        QVERIFY(!reopened.messageBar()->isVisible());
        QVERIFY(!QFile::exists(recovery));
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestSaveFailure>(argc, argv);
}

#include "tst_savefailure.moc"
