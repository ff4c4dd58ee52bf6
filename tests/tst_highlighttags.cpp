// Tags on highlights and the names of the colours, in the real window: a tag typed in the notes
// pane reaches SQLite as one undoable step (and none when the library refuses it), a tag's
// button takes it off, All Highlights shows the highlights that carry every tag asked for, and
// colour names chosen in Preferences name the colour actions, the pane, the colour filter and the
// exported Markdown's tags.
#include "annotate/allhighlightsdialog.h"
#include "annotate/annotationcontroller.h"
#include "annotate/highlightlistmodel.h"
#include "annotate/libraryhighlightsmodel.h"
#include "annotate/notespane.h"
#include "annotate/tageditor.h"
#include "guisupport.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/librarysession.h"
#include "library/settingsrepository.h"
#include "reader/readerview.h"
#include "settings/preferencesdialog.h"
#include "shell/mainwindow.h"
#include "shell/messagebar.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <sqlite3.h>

using namespace gloss;
using namespace gloss::test;

namespace {

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

// The tags of a highlight as SQLite holds them, by name.
QStringList storedTags(const Database &db, qint64 highlightId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id"
                             " WHERE ht.highlight_id = ? ORDER BY t.name_key"));
    q.addBindValue(highlightId);
    QStringList names;
    if (!q.exec())
        return { QStringLiteral("<query failed>") };
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// Types tag into the pane's tag field and presses Enter, as a person would: in the list of
// completions when it is open (it has the keyboard then), else in the field.
void typeTag(NotesPane *pane, const QString &tag)
{
    QLineEdit *field = pane->tagEditor()->field();
    field->setFocus();
    QTest::keyClicks(field, tag);
    QWidget *popup = field->completer()->popup();
    QTest::keyClick(popup->isVisible() ? popup : static_cast<QWidget *>(field), Qt::Key_Return);
}

} // namespace

class TestHighlightTags : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void tagsAndColorNames()
    {
        const QString library = m_dir.filePath(QStringLiteral("tags.gloss"));
        {
            std::unique_ptr<Database> db = Database::open(library).database;
            QVERIFY(db);
            QCOMPARE(Importer(*db).run(corpusDir() + QStringLiteral("/seed")).imported, 1);
        }
        MainWindow window;
        QVERIFY(openAndShow(window, library, { 1300, 800 }));
        ReaderView *view = window.readerView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->pageText().isEmpty(), 20000);
        const Database &db = *window.session()->database();
        HighlightRepository highlights(db);
        NotesPane *pane = window.notesPane();
        QUndoStack *undo = window.annotations()->undoStack();

        // Three highlights of the seed, as the reader asks for them.
        const qint64 article = view->articleId();
        const QString text = ArticleRepository(db).find(article)->article.text;
        QList<qint64> ids;
        const QStringList quotes { QStringLiteral("往日的热闹逝去已久"),
                                   QStringLiteral("人才需求量猛增"),
                                   QStringLiteral("重赏之下必有勇夫") };
        const QStringList colors { QStringLiteral("yellow"), QStringLiteral("pink"),
                                   QStringLiteral("pink") };
        for (int i = 0; i < quotes.size(); ++i) {
            QVERIFY2(text.contains(quotes.at(i)), qPrintable(quotes.at(i)));
            Q_EMIT view->highlightRequested(article, selectorFor(text, quotes.at(i)), colors.at(i));
            QCOMPARE(highlights.list().size(), i + 1);
            ids << highlights.list().constLast().id;
        }
        const qint64 a = ids.at(0), b = ids.at(1), c = ids.at(2);
        const int steps = undo->count();

        // A tag typed in the pane's field: stored, shown as a button, one step to undo and redo.
        pane->selectHighlight(a);
        QCOMPARE(pane->selectedHighlight(), a);
        typeTag(pane, QStringLiteral("reading"));
        QCOMPARE(storedTags(db, a), QStringList { QStringLiteral("reading") });
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Tag highlight “reading”"));
        QVERIFY(pane->tagEditor()->removeButton(QStringLiteral("reading")));
        QVERIFY(pane->tagEditor()->field()->text().isEmpty());
        undo->undo();
        QCOMPARE(storedTags(db, a), QStringList());
        QVERIFY(!pane->tagEditor()->removeButton(QStringLiteral("reading")));
        undo->redo();
        QCOMPARE(storedTags(db, a), QStringList { QStringLiteral("reading") });
        QCOMPARE(pane->tagEditor()->tags(), QStringList { QStringLiteral("reading") });
        typeTag(pane, QStringLiteral("slow"));
        QCOMPARE(storedTags(db, a),
                 QStringList({ QStringLiteral("reading"), QStringLiteral("slow") }));
        // The tag it has, in another case, is no change and no step.
        typeTag(pane, QStringLiteral("READING"));
        QCOMPARE(undo->count(), steps + 2);

        // The next highlight's field offers the library's tags.
        pane->selectHighlight(b);
        QVERIFY(pane->tagEditor()->tags().isEmpty());
        QLineEdit *field = pane->tagEditor()->field();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("rea"));
        QCompleter *completer = field->completer();
        QVERIFY(completer);
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("reading"));
        // Chosen in the list with the arrow key and Enter, it is added at once.
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(storedTags(db, b), QStringList { QStringLiteral("reading") });
        QTRY_COMPARE(field->text(), QString());
        QTRY_VERIFY(!completer->popup()->isVisible());

        // A click on a row of the pane's list shows that highlight, its tags and its note
        // (a click makes the row current before it selects it).
        pane->selectHighlight(a);
        QListView *list = nullptr;
        QModelIndex rowOfB;
        for (QListView *candidate : pane->findChildren<QListView *>()) {
            for (int row = 0; candidate->model() && row < candidate->model()->rowCount(); ++row) {
                const QModelIndex index = candidate->model()->index(row, 0);
                if (index.data(HighlightListModel::IdRole).toLongLong() == b) {
                    list = candidate;
                    rowOfB = index;
                }
            }
        }
        QVERIFY(list);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(rowOfB).center());
        QCOMPARE(pane->selectedHighlight(), b);
        QCOMPARE(pane->tagEditor()->tags(), QStringList { QStringLiteral("reading") });
        QVERIFY(pane->noteEditor()->isEnabled());
        // A #word in the note becomes a tag too.
        pane->selectHighlight(c);
        // Offscreen, the window is not made active again when the list of completions closes.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        pane->noteEditor()->setFocus();
        QTRY_VERIFY(pane->noteEditor()->hasFocus());
        QTest::keyClicks(pane->noteEditor(), QStringLiteral("#slow"));
        QCOMPARE(highlights.find(c)->note, QStringLiteral("#slow"));
        QCOMPARE(storedTags(db, c), QStringList { QStringLiteral("slow") });
        QTRY_COMPARE(pane->tagEditor()->tags(), QStringList { QStringLiteral("slow") });

        // A tag's button takes it off; undo puts it back.
        pane->selectHighlight(a);
        QToolButton *slow = pane->tagEditor()->removeButton(QStringLiteral("slow"));
        QVERIFY(slow);
        QTest::mouseClick(slow, Qt::LeftButton);
        QCOMPARE(storedTags(db, a), QStringList { QStringLiteral("reading") });
        QCOMPARE(undo->undoText(), QStringLiteral("Remove tag “slow”"));
        QCOMPARE(pane->tagEditor()->tags(), QStringList { QStringLiteral("reading") });
        undo->undo();
        QCOMPARE(storedTags(db, a),
                 QStringList({ QStringLiteral("reading"), QStringLiteral("slow") }));
        QCOMPARE(pane->tagEditor()->tags(),
                 QStringList({ QStringLiteral("reading"), QStringLiteral("slow") }));

        // A library that refuses the tag: the person is told, and the undo stack gains nothing.
        {
            std::unique_ptr<Database> other = Database::open(library).database;
            QVERIFY(other);
            QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA busy_timeout = 50")));
            QCOMPARE(sqlite3_exec(other->handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            const int before = undo->count();
            const int index = undo->index();
            pane->selectHighlight(b);
            typeTag(pane, QStringLiteral("locked"));
            QCOMPARE(undo->count(), before);
            QCOMPARE(undo->index(), index);
            QVERIFY(window.messageBar()->isVisible());
            QCOMPARE(sqlite3_exec(other->handle(), "ROLLBACK", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            QCOMPARE(storedTags(db, b), QStringList { QStringLiteral("reading") });
        }

        // All Highlights: several tags are all required.
        AllHighlightsDialog *all = window.annotations()->showAllHighlights();
        QAbstractItemModelTester tester(all->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shown = [all] {
            QList<qint64> rows;
            for (int row = 0; row < all->model()->rowCount(); ++row)
                rows << all->model()
                            ->index(row, 0)
                            .data(LibraryHighlightsModel::IdRole)
                            .toLongLong();
            std::sort(rows.begin(), rows.end());
            return rows;
        };
        QCOMPARE(shown(), QList<qint64>({ a, b, c }));
        QTest::keyClicks(all->tagFilter(), QStringLiteral("reading, slow"));
        QCOMPARE(shown(), QList<qint64> { a });
        all->tagFilter()->setText(QStringLiteral("Reading"));
        QCOMPARE(shown(), QList<qint64>({ a, b }));
        all->tagFilter()->setText(QStringLiteral("#slow"));
        QCOMPARE(shown(), QList<qint64>({ a, c }));
        // Words that are no tag of the library are each a tag.
        all->tagFilter()->setText(QStringLiteral("slow reading"));
        QCOMPARE(shown(), QList<qint64> { a });
        all->tagFilter()->setText(QStringLiteral("reading, nowhere"));
        QCOMPARE(shown(), QList<qint64>());
        all->tagFilter()->setText(QStringLiteral("slow"));
        QCOMPARE(all->model()->index(0, LibraryHighlightsModel::TagsColumn).data().toString(),
                 QStringLiteral("reading, slow"));
        all->tagFilter()->clear();
        QCOMPARE(shown(), QList<qint64>({ a, b, c }));

        // Colour names, chosen in Preferences: pink is "question".
        QAction *pinkAction = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(Qt::Key_4))
                pinkAction = action;
        QVERIFY(pinkAction);
        QCOMPARE(pinkAction->text(), QStringLiteral("&Pink"));
        bool named = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QLineEdit *pink = dialog->colorNameField(QStringLiteral("pink"));
            QVERIFY(pink && pink->isEnabled());
            QCOMPARE(pink->placeholderText(), QStringLiteral("pink"));
            pink->setFocus();
            QTest::keyClicks(pink, QStringLiteral("question"));
            named = true;
            dialog->accept();
        });
        window.showPreferences();
        QVERIFY(named);
        const ColorNames names = SettingsRepository(db).colorNames();
        QCOMPARE(names, ColorNames({ { QStringLiteral("pink"), QStringLiteral("question") } }));
        QCOMPARE(pinkAction->text(), QStringLiteral("&Pink: question"));
        pane->selectHighlight(c);
        QCOMPARE(pane->colorText(), QStringLiteral("Colour: question"));
        pane->selectHighlight(a);
        QCOMPARE(pane->colorText(), QStringLiteral("Colour: yellow"));
        QComboBox *colorFilter = all->colorFilter();
        QCOMPARE(colorFilter->itemText(colorFilter->findData(QStringLiteral("pink"))),
                 QStringLiteral("question"));
        colorFilter->setCurrentIndex(colorFilter->findData(QStringLiteral("pink")));
        QCOMPARE(shown(), QList<qint64>({ b, c }));
        all->close();

        // The exported Markdown tags the pink highlights with the name too.
        QSignalSpy exported(&window, &MainWindow::exportFinished);
        const QString out = m_dir.filePath(QStringLiteral("export"));
        QVERIFY(window.exportNotes(0, out, false));
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        const QString markdown
            = QString::fromUtf8(readFile(exported.first().at(0).toStringList().value(0)));
        QVERIFY2(
            markdown.contains(
                QStringLiteral("> %1\n> #gloss/pink #gloss/question #reading [").arg(quotes.at(1))),
            qPrintable(markdown));
        QVERIFY2(markdown.contains(
                     QStringLiteral("> %1\n> #gloss/yellow #reading #slow [").arg(quotes.at(0))),
                 qPrintable(markdown));
        if (QMessageBox *box = window.findChild<QMessageBox *>())
            box->close();

        // Names belong to the library: opened again, it still has them.
        window.close();
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestHighlightTags>(argc, argv);
}

#include "tst_highlighttags.moc"
