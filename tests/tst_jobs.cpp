// The jobs room: the export dialog's choices, and an import that runs off the GUI thread with
// its end-of-job summary naming each file that failed.

#include "guisupport.h"
#include "import/importreport.h"
#include "jobs/exportdialog.h"
#include "library/categorytreemodel.h"
#include "library/librarysession.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

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
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestJobs>(argc, argv);
}

#include "tst_jobs.moc"
