#include "annotate/annotationcontroller.h"
#include "guisupport.h"
#include "import/importer.h"
#include "jobs/folderwatcher.h"
#include "library/articlelistmodel.h"
#include "library/articlerepository.h"
#include "library/categorytreemodel.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/librarysession.h"
#include "settings/preferences.h"
#include "shell/mainactions.h"
#include "shell/mainwindow.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QAction>
#include <QBrush>
#include <QEventLoop>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace gloss;
using namespace gloss::test;

// Changes on disk while the window is open: a post saved, added or deleted in a folder the
// library was imported from shows in the window; a post whose file is gone is marked missing
// and can be removed from the library, undoably.
class TestWatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A library of the fixture posts, copied to a folder of its own; the folder's path.
    QString makeLibrary(const QString &name, QString *library)
    {
        const QString posts = m_dir.filePath(name + QStringLiteral("-posts"));
        copyTree(fixture(QStringLiteral("library")), posts);
        *library = m_dir.filePath(name + QStringLiteral(".gloss"));
        const std::unique_ptr<Database> db = Database::open(*library).database;
        if (!db || Importer(*db).run(posts).imported != 7)
            return {};
        return QFileInfo(posts).canonicalFilePath();
    }

    // Waits in an event loop of its own until the reader has the article ready (never with
    // qWait, which stalls the page load): milliseconds since clock started, or -1.
    static qint64 waitForArticleReady(ReaderView *reader, qint64 id, const QElapsedTimer &clock,
                                      int timeoutMs)
    {
        QEventLoop loop;
        qint64 at = -1;
        QObject context;
        QObject::connect(reader, &ReaderView::articleReady, &context, [&] {
            if (reader->articleId() == id) {
                at = clock.elapsed();
                loop.quit();
            }
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        return at;
    }

    static int rowOfArticle(ArticleListModel *model, qint64 id)
    {
        while (model->rowOf(id) < 0 && model->canFetchMore({}))
            model->fetchMore({});
        return model->rowOf(id);
    }

private Q_SLOTS:
    void editedFileUpdatesTheArticleShown()
    {
        QString library;
        const QString posts = makeLibrary(QStringLiteral("edit"), &library);
        QVERIFY(!posts.isEmpty());
        const QString file = posts + QStringLiteral("/chinese.md");

        MainWindow window;
        QVERIFY(openAndShow(window, library));
        QCOMPARE(window.folderWatcher()->roots(), QStringList { posts });
        QCOMPARE(window.folderWatcher()->watchedFileCount(), 7);
        const qint64 id = articleIdOf(*window.session()->database(), file);
        QVERIFY(id > 0);
        ReaderView *reader = window.readerView();
        window.session()->selectArticle(id);
        QTRY_COMPARE_WITH_TIMEOUT(reader->articleId(), id, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pageText(reader).contains(u"资本冷却之后"), 20000);

        // Saved in place, as a plain editor does: the file's own watch sees it.
        QByteArray bytes = readFile(file);
        bytes.replace("资本冷却之后", "市场回暖以前");
        bytes.replace("芯片与资本", "芯片与市场");
        QSignalSpy changed(window.folderWatcher(), &FolderWatcher::changed);
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(writeFile(file, bytes));
        const qint64 ready = waitForArticleReady(reader, id, clock, 20000);
        QVERIFY2(ready >= 0, "the article shown was not loaded again");
        qInfo("watch_edit_to_article_ready %lld ms", ready);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList { posts });
        QTRY_VERIFY_WITH_TIMEOUT(pageText(reader).contains(u"市场回暖以前"), 20000);
        QVERIFY(!pageText(reader).contains(u"资本冷却之后"));
        QVERIFY(finished.wait(20000) || finished.count() > 0);
        const ImportReport report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.unchanged, 6);
        // No dialog for an import nobody asked for.
        QVERIFY(!window.findChild<QMessageBox *>());
        ArticleListModel *list = window.session()->articleModel();
        const int row = rowOfArticle(list, id);
        QVERIFY(row >= 0);
        QCOMPARE(list->data(list->index(row, ArticleListModel::TitleColumn)).toString(),
                 QStringLiteral("芯片与市场"));

        // Saved by renaming a new file over it (QSaveFile, as many editors do), and a new post:
        // the folder's watch sees both.
        finished.clear();
        QSaveFile save(file);
        QVERIFY(save.open(QIODevice::WriteOnly));
        save.write(QByteArray(bytes).replace("市场回暖以前", "第三稿开头"));
        clock.restart();
        QVERIFY(save.commit());
        QVERIFY(writeFile(posts + QStringLiteral("/added.md"),
                          "---\ntitle: Added while open\n---\n\nA new post.\n"));
        QVERIFY(waitForArticleReady(reader, id, clock, 20000) >= 0);
        qInfo("watch_rename_to_article_ready %lld ms", clock.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(pageText(reader).contains(u"第三稿开头"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            idByTitle(*window.session()->database(), QStringLiteral("Added while open")) != 0,
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.folderWatcher()->watchedFileCount() == 8, 5000);
    }

    void deletedFileIsGreyedAndInMissingFiles()
    {
        QString library;
        const QString posts = makeLibrary(QStringLiteral("delete"), &library);
        QVERIFY(!posts.isEmpty());
        const QString file = posts + QStringLiteral("/root.md");

        MainWindow window;
        QVERIFY(openAndShow(window, library));
        CategoryTreeModel *tree = window.session()->categoryModel();
        QVERIFY(!tree->missingFilesIndex().isValid());
        const qint64 id = articleIdOf(*window.session()->database(), file);
        QVERIFY(id > 0);
        {
            Highlight h;
            h.articleId = id;
            h.selector.exact = QStringLiteral("x");
            h.selector.end = 1;
            QVERIFY(HighlightRepository(*window.session()->database()).add(h, nullptr) > 0);
        }

        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(QFile::remove(file));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<ImportReport>().missing, 1);
        QVERIFY(!window.findChild<QMessageBox *>());

        // Greyed in the list, with its highlight kept.
        ArticleListModel *list = window.session()->articleModel();
        const int row = rowOfArticle(list, id);
        QVERIFY(row >= 0);
        QVERIFY(list->data(list->index(row, 0), ArticleListModel::MissingRole).toBool());
        QCOMPARE(list->data(list->index(row, 0), Qt::ForegroundRole).value<QBrush>(),
                 QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
        const int other = row == 0 ? 1 : 0;
        QVERIFY(!list->data(list->index(other, 0), ArticleListModel::MissingRole).toBool());
        QVERIFY(!list->data(list->index(other, 0), Qt::ForegroundRole).isValid());
        QCOMPARE(
            scalar(*window.session()->database(),
                   QStringLiteral("SELECT count(*) FROM highlights WHERE article_id = %1").arg(id)),
            1);

        // Missing Files lists it alone.
        const QModelIndex missing = tree->missingFilesIndex();
        QVERIFY(missing.isValid());
        QCOMPARE(missing.data(Qt::DisplayRole).toString(),
                 CategoryTreeModel::tr("Missing files") + QStringLiteral(" (1)"));
        window.session()->categoryView()->setCurrentIndex(missing);
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->articleId(0), id);

        // The reader's header says so.
        ReaderView *reader = window.readerView();
        window.session()->articleView()->setCurrentIndex(list->index(0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(reader->articleId(), id, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pageText(reader).contains(QStringLiteral("File missing: ") + file),
                                 20000);
        QCOMPARE(runInAppWorld(reader,
                               QStringLiteral("document.querySelector('.gloss-header "
                                              ".gloss-missing') !== null"))
                     .toBool(),
                 true);

        // Back on disk: the mark, the node and the note go.
        finished.clear();
        QVERIFY(writeFile(file, readFile(fixture(QStringLiteral("library/root.md")))));
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!pageText(reader).contains(u"File missing"), 20000);
        QVERIFY(!tree->missingFilesIndex().isValid());
        QCOMPARE(reader->articleId(), id);
    }

    void removeFromLibraryAsksAndUndoRestoresEverything()
    {
        QString library;
        const QString posts = makeLibrary(QStringLiteral("remove"), &library);
        QVERIFY(!posts.isEmpty());
        const QString file = posts + QStringLiteral("/chinese.md");
        qint64 id = 0;
        qint64 highlightId = 0;
        {
            const std::unique_ptr<Database> db = Database::open(library).database;
            id = articleIdOf(*db, file);
            HighlightRepository highlights(*db);
            Highlight h;
            h.articleId = id;
            h.selector.exact = QStringLiteral("资本冷却");
            h.selector.end = 4;
            h.note = QStringLiteral("要记住");
            highlightId = highlights.add(h, nullptr);
            QVERIFY(highlightId > 0);
            QVERIFY(highlights.addTag(highlightId, QStringLiteral("keep"), nullptr));
            h.note.clear();
            QVERIFY(highlights.add(h, nullptr) > 0);
            QVERIFY(ArticleRepository(*db).setNote(id, QStringLiteral("whole note")));
        }

        MainWindow window;
        QVERIFY(openAndShow(window, library));
        const Database &db = *window.session()->database();
        const auto state = [&db] {
            return QStringList {
                // Not when each was read: the window marks the article it shows read.
                dump(db,
                     QStringLiteral("SELECT id, source_path, source_root, content_hash,"
                                    " title, author, published_at, text, note,"
                                    " note_updated_at, imported_at, updated_at, indexed,"
                                    " missing_since FROM articles ORDER BY id")),
                dump(db, QStringLiteral("SELECT * FROM article_html ORDER BY article_id")),
                dump(db, QStringLiteral("SELECT * FROM article_categories ORDER BY 1, 2")),
                dump(db, QStringLiteral("SELECT * FROM article_tags ORDER BY 1, 2")),
                dump(db, QStringLiteral("SELECT * FROM highlights ORDER BY id")),
                dump(db, QStringLiteral("SELECT * FROM highlight_tags ORDER BY 1, 2")),
                dump(db,
                     QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts"
                                    " MATCH '芯片与资本'")),
                dump(db,
                     QStringLiteral("SELECT rowid FROM highlights_fts WHERE highlights_fts"
                                    " MATCH '要记住'")),
                dump(db,
                     QStringLiteral("SELECT rowid FROM article_notes_fts WHERE"
                                    " article_notes_fts MATCH 'whole'")),
            }
                .join(QStringLiteral("\n--\n"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE indexed = 0")) == 0,
            20000);
        const QString before = state();
        QVERIFY(before.contains(QString::number(highlightId)));

        window.session()->selectArticle(id);
        QTRY_COMPARE_WITH_TIMEOUT(window.readerView()->articleId(), id, 10000);
        QAction *remove = window.actions()->removeArticlesAction();
        QVERIFY(remove->isEnabled());
        QVERIFY(window.session()->articleView()->actions().contains(remove));

        // Asked first, naming what goes with it; Cancel keeps everything.
        remove->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
        QVERIFY2(box->text().contains(u"芯片与资本"), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(u"2 highlight(s) and 2 note(s)"),
                 qPrintable(box->informativeText()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>());
        QCOMPARE(state(), before);

        remove->trigger();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!ArticleRepository(db).find(id));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM highlights")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 6);
        ArticleListModel *list = window.session()->articleModel();
        QCOMPARE(rowOfArticle(list, id), -1);
        QVERIFY(window.readerView()->articleId() != id);
        QUndoStack *undo = window.annotations()->undoStack();
        QVERIFY2(undo->undoText().contains(u"Remove “芯片与资本” from Library"),
                 qPrintable(undo->undoText()));

        // Undo puts every row back with its ids, and its search entries, and shows it.
        undo->undo();
        QCOMPARE(state(), before);
        QVERIFY(rowOfArticle(list, id) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.readerView()->articleId(), id, 10000);
        const std::optional<Highlight> restored = HighlightRepository(db).find(highlightId);
        QVERIFY(restored);
        QCOMPARE(restored->note, QStringLiteral("要记住"));
        QCOMPARE(restored->tags, QStringList { QStringLiteral("keep") });
        QCOMPARE(ArticleRepository(db).note(id),
                 std::optional<QString>(QStringLiteral("whole note")));

        // Redo and undo again.
        undo->redo();
        QVERIFY(!ArticleRepository(db).find(id));
        undo->undo();
        QCOMPARE(state(), before);
    }

    void removeAllMissingWithoutAnnotationsAsksNothing()
    {
        QString library;
        const QString posts = makeLibrary(QStringLiteral("missing"), &library);
        QVERIFY(!posts.isEmpty());
        MainWindow window;
        QVERIFY(openAndShow(window, library));
        QAction *removeMissing = window.actions()->removeMissingAction();
        QVERIFY(!removeMissing->isEnabled());
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(QFile::remove(posts + QStringLiteral("/root.md")));
        QVERIFY(QFile::remove(posts + QStringLiteral("/chinese.md")));
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY(removeMissing->isEnabled());
        removeMissing->trigger();
        QVERIFY(!window.findChild<QMessageBox *>());
        const Database &db = *window.session()->database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 5);
        QVERIFY(!window.session()->categoryModel()->missingFilesIndex().isValid());
        QVERIFY(!removeMissing->isEnabled());
        window.annotations()->undoStack()->undo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 7);
        QVERIFY(window.session()->categoryModel()->missingFilesIndex().isValid());
    }

    void watchingFollowsThePreference()
    {
        QString library;
        const QString posts = makeLibrary(QStringLiteral("pref"), &library);
        QVERIFY(!posts.isEmpty());
        MainWindow window;
        QVERIFY(openAndShow(window, library));
        QCOMPARE(window.folderWatcher()->roots(), QStringList { posts });
        Preferences off = Preferences::load();
        QVERIFY(off.watchFolders);
        off.watchFolders = false;
        window.applyPreferences(off);
        QVERIFY(window.folderWatcher()->roots().isEmpty());
        QVERIFY(!Preferences::load().watchFolders);
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(QFile::remove(posts + QStringLiteral("/root.md")));
        QVERIFY(!finished.wait(2500));
        off.watchFolders = true;
        window.applyPreferences(off);
        QCOMPARE(window.folderWatcher()->roots(), QStringList { posts });
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestWatch>(argc, argv);
}

#include "tst_watch.moc"
