// One writer per library: a second `gloss` on a library that a window has open brings that
// window to the front (handing it the folder to import), and `gloss import` is refused while
// the window has it. Runs the real executable beside a real window (offscreen).
#include "guisupport.h"
#include "library/database.h"
#include "library/librarylock.h"
#include "shell/instanceserver.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

class TestInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs gloss without blocking this process's event loop, which the window needs to answer.
    // Runs gloss while this process's event loop turns: the window here must answer it.
    static Run gloss(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return run(QStringLiteral(GLOSS_EXECUTABLE), arguments, env, 60000, true);
    }

    int articleCount(const QString &library)
    {
        const std::unique_ptr<Database> db = Database::open(library).database;
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM articles"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void secondStartHandsOverToTheWindow()
    {
        const QString library = m_dir.filePath(QStringLiteral("one.gloss"));
        MainWindow window;
        QVERIFY(openAndShow(window, library));

        // gloss --library L FOLDER: the first window imports FOLDER, the second process ends.
        QSignalSpy imported(&window, &MainWindow::importFinished);
        const Run second = gloss(
            { QStringLiteral("--library"), library, corpusDir() + QStringLiteral("/seed") });
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(u"already has"), qPrintable(second.out + second.err));
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(articleCount(library), 1);

        // gloss import on that library is refused, naming the window's process, and writes nothing.
        const Run import = gloss({ QStringLiteral("import"), fixture(QStringLiteral("posts")),
                                   QStringLiteral("--library"), library });
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(
            import.err.contains(
                QStringLiteral("in use by process %1").arg(QCoreApplication::applicationPid())),
            qPrintable(import.err));
        QCOMPARE(articleCount(library), 1);

        // A second window in this process cannot take it either.
        LibraryLock other(library);
        QVERIFY(!other.tryLock());
    }

    void importWorksOnceTheWindowIsGone()
    {
        const QString library = m_dir.filePath(QStringLiteral("one.gloss"));
        const Run import = gloss({ QStringLiteral("import"), fixture(QStringLiteral("posts")),
                                   QStringLiteral("--library"), library });
        QCOMPARE(import.exitCode, 0);
        QVERIFY(articleCount(library) > 1);
        // And nobody answers for the library any more.
        QVERIFY(!InstanceServer::forward(library, {}, 500));
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestInstance>(argc, argv);
}

#include "tst_instance.moc"
