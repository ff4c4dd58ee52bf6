// The jobs room: the export dialog's choices, an import that runs off the GUI thread with its
// end-of-job summary naming each file that failed, and annotations exported from one library
// and imported into another from the window (File › Export Annotations, Import Annotations).

#include "annotate/highlightlistmodel.h"
#include "annotate/notespane.h"
#include "guisupport.h"
#include "import/importer.h"
#include "import/importreport.h"
#include "jobs/exportdialog.h"
#include "library/articlerepository.h"
#include "library/categorytreemodel.h"
#include "library/highlightrepository.h"
#include "library/librarysession.h"
#include "shell/mainactions.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

class TestJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
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
        QCOMPARE(window.session()
                     ->categoryModel()
                     ->data(window.session()->categoryModel()->allArticlesIndex(),
                            CategoryTreeModel::CountRole)
                     .toInt(),
                 10);
        // The summary names each failed file; close it.
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->detailedText().contains(fixture(QStringLiteral("posts/binary.md"))));
        box->close();
    }

    void annotationsMoveBetweenLibraries()
    {
        // Two libraries of the seed post; in the second, one highlighted heading is gone.
        const QString keep = QStringLiteral("往日的热闹逝去已久");
        const QString gone = QStringLiteral("繁荣背后的一地鸡毛");
        const QByteArray seed = readFile(seedPath());
        QVERIFY(seed.contains(gone.toUtf8()));
        const QString name = QFileInfo(seedPath()).fileName();
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("posts-a/") + name), seed));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("posts-b/") + name),
                          QByteArray(seed).replace(gone.toUtf8(), "")));
        const QString from = m_dir.filePath(QStringLiteral("annotations-a.gloss"));
        const QString to = m_dir.filePath(QStringLiteral("annotations-b.gloss"));
        {
            const std::unique_ptr<Database> a = Database::open(from).database;
            QCOMPARE(Importer(*a).run(m_dir.filePath(QStringLiteral("posts-a"))).imported, 1);
            const qint64 article = ArticleRepository(*a).list({}).first().id;
            const QString text = ArticleRepository(*a).text(article);
            for (const QString &quote : { keep, gone }) {
                Highlight h;
                h.articleId = article;
                h.selector = Anchor::select(text, int(text.indexOf(quote)),
                                            int(text.indexOf(quote) + quote.size()));
                h.note = QStringLiteral("note on ") + quote;
                QString error;
                QVERIFY2(HighlightRepository(*a).add(h, &error) != 0, qPrintable(error));
            }
            const std::unique_ptr<Database> b = Database::open(to).database;
            QCOMPARE(Importer(*b).run(m_dir.filePath(QStringLiteral("posts-b"))).imported, 1);
        }

        MainWindow window;
        QVERIFY(openAndShow(window, from));
        // File › Export Annotations… and Import Annotations… ask for the file, then run what
        // exportAnnotations and importAnnotations run (as Export Notes… runs exportNotes).
        QStringList fileMenu;
        for (QAction *action : window.menuBar()->actions().first()->menu()->actions())
            fileMenu << action->text();
        QVERIFY2(fileMenu.contains(MainActions::tr("Export &Annotations…"))
                     && fileMenu.contains(MainActions::tr("Im&port Annotations…")),
                 qPrintable(fileMenu.join(u'|')));
        const QString file = m_dir.filePath(QStringLiteral("exchange/notes.jsonld"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        QSignalSpy exported(&window, &MainWindow::annotationsExported);
        QVERIFY(window.exportAnnotations(file));
        QVERIFY(exported.wait(20000));
        const auto exportReport
            = exported.first().first().value<AnnotationExchange::ExportReport>();
        QVERIFY2(exportReport.ok(), qPrintable(exportReport.error));
        QCOMPARE(exportReport.highlights, 2);
        QVERIFY(readFile(file).contains(keep.toUtf8()));
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(
            box->text().contains(QStringLiteral("Exported 2 highlight(s) and 0 article note(s)")),
            qPrintable(box->text()));
        box->close();
        QTRY_VERIFY(!window.findChild<QMessageBox *>());

        // Into the other library, through the same window.
        QVERIFY(window.openLibrary(to));
        QSignalSpy imported(&window, &MainWindow::annotationsImported);
        QVERIFY(window.importAnnotations(file));
        QVERIFY(!window.importAnnotations(file)); // one at a time
        QVERIFY(imported.wait(20000));
        const auto importReport
            = imported.first().first().value<AnnotationExchange::ImportReport>();
        QVERIFY2(importReport.ok(), qPrintable(importReport.error));
        QCOMPARE(importReport.added, 2);
        QCOMPARE(importReport.moved + importReport.orphaned, 1);
        box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("2 added, 0 updated, 0 unchanged")),
                 qPrintable(box->text()));
        // The one whose words are gone is named, as moved or orphaned.
        QVERIFY2(box->detailedText().contains(gone), qPrintable(box->detailedText()));
        QVERIFY2(!box->detailedText().contains(keep), qPrintable(box->detailedText()));
        box->close();

        // The highlights are in the library, with their notes, and in the window.
        const QList<Highlight> arrived = HighlightRepository(*window.session()->database()).list();
        QCOMPARE(arrived.size(), 2);
        QStringList notes;
        for (const Highlight &h : arrived)
            notes << h.note;
        notes.sort();
        QCOMPARE(
            notes,
            QStringList({ QStringLiteral("note on ") + keep, QStringLiteral("note on ") + gone }));
        // The pane lists the ones found in the text, and an orphaned one apart.
        QTRY_COMPARE_WITH_TIMEOUT(window.notesPane()->model()->highlights().size(),
                                  2 - importReport.orphaned, 10000);
        QCOMPARE(window.notesPane()->orphanModel()->highlights().size(), importReport.orphaned);
        QTRY_VERIFY_WITH_TIMEOUT(
            runInAppWorld(window.readerView(),
                          QStringLiteral("document.querySelectorAll('mark.gloss-hl').length"))
                    .toInt()
                > 0,
            10000);
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestJobs>(argc, argv);
}

#include "tst_jobs.moc"
