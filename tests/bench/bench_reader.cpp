// Reader benchmark: the reading loop in the real window (offscreen QtWebEngine). Prints
// "name value unit" lines.
//
//   bench_reader LIBRARY      LIBRARY: a library file, e.g. 100,000 posts made with
//                             `scale-corpus 100000 DIR` and `gloss import --library LIBRARY DIR`
//
// Every wait runs the application's own event loop (QEventLoop), never QTest::qWait: its sleeps
// stall QtWebEngine and would multiply every load time.
//
// 1. cold start: from this process's start (/proc/self/stat) to the first article ready;
// 2. memory: PSS and RSS of the whole process tree (Gloss and its QtWebEngineProcess children)
//    with the library open and an article shown;
// 3. open: 200 random articles opened the way a search result opens them, each until it is
//    ready (text shown, highlights painted, position asked for): p50 and p95;
// 4. next: J through 100 consecutive articles of the list, to the same end point: p50 and p95;
// 5. the floor: a bare QWebEngineView (off-the-record profile, page JavaScript off, the same
//    scheme handler) loading the same 200 articles, load() to loadFinished; the ratios.
#include "benchsupport.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "reader/schemehandler.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <algorithm>
#include <cstdio>
#include <random>
#include <unistd.h>

using namespace gloss;
using gloss::bench::percentile;
using gloss::bench::print;

namespace {

// Milliseconds since this process started, from the kernel's own clock.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22: starttime
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

QList<int> processTree(int root)
{
    QList<int> tree { root };
    for (int i = 0; i < tree.size(); ++i) {
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool ok = false;
            const int pid = entry.toInt(&ok);
            if (!ok)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.value(1).toInt() == tree.at(i))
                tree << pid;
        }
    }
    return tree;
}

// Sums a field ("Pss:", "Rss:") of smaps_rollup over the process tree, in MB.
double treeMemory(const QByteArray &field)
{
    double kb = 0;
    for (const int pid : processTree(int(getpid()))) {
        QFile file(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith(field))
                kb += line.mid(field.size()).trimmed().split(' ').value(0).toDouble();
    }
    return kb / 1024.0;
}

// Runs the event loop until the reader has shown article id with its highlights painted.
bool waitReady(ReaderView *view, qint64 id, int timeoutMs = 20000)
{
    QEventLoop loop;
    bool ready = false;
    const auto connection
        = QObject::connect(view, &ReaderView::highlightsShown, &loop, [&](qint64 shown, int) {
              if (shown == id && view->articleId() == id) {
                  ready = true;
                  loop.quit();
              }
          });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return ready;
}

QAction *actionWithShortcut(QWidget *window, const QKeySequence &key)
{
    for (QAction *action : window->findChildren<QAction *>())
        if (action->shortcuts().contains(key))
            return action;
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    const QString library = app.arguments().value(1);
    if (library.isEmpty() || !QFile::exists(library)) {
        std::fprintf(stderr, "usage: bench_reader LIBRARY (an existing library file)\n");
        return 2;
    }

    // 1. Cold start: the window opens the library and shows its first article.
    auto window = std::make_unique<MainWindow>();
    if (!window->openLibrary(library))
        return 1;
    window->resize(1300, 850);
    window->show();
    ReaderView *view = window->readerView();
    if (view->articleId() == 0 || !waitReady(view, view->articleId(), 60000)) {
        std::fprintf(stderr, "bench_reader: the first article never became ready\n");
        return 1;
    }
    print("cold_start_to_first_article_ready", msSinceProcessStart(), "ms");

    // 2. Memory with the library open and an article shown, once things have settled.
    {
        QEventLoop settle;
        QTimer::singleShot(1500, &settle, &QEventLoop::quit);
        settle.exec();
    }
    print("process_tree_pss", treeMemory("Pss:"), "MB");
    print("process_tree_rss", treeMemory("Rss:"), "MB");

    // 3. Random opens, the way a search result opens an article.
    std::unique_ptr<Database> db = Database::open(library).database;
    QList<qint64> ids;
    for (const ArticleSummary &a : ArticleRepository(*db).list({}))
        ids << a.id;
    std::mt19937 random(7);
    QList<qint64> picks;
    while (picks.size() < 200 && !ids.isEmpty())
        picks << ids.at(std::uniform_int_distribution<qsizetype>(0, ids.size() - 1)(random));
    QList<double> openTimes;
    for (const qint64 id : std::as_const(picks)) {
        if (id == view->articleId())
            continue;
        QElapsedTimer clock;
        clock.start();
        window->openSearchResult(id, 0);
        if (waitReady(view, id))
            openTimes << clock.nsecsElapsed() / 1e6;
    }
    print("open_random_articles", openTimes.size(), "articles");
    print("open_p50", percentile(openTimes, 0.5), "ms");
    print("open_p95", percentile(openTimes, 0.95), "ms");

    // 4. J through 100 consecutive articles of the list.
    QAction *next = actionWithShortcut(window.get(), QKeySequence(Qt::Key_J));
    if (!next)
        return 1;
    window->selectArticle(ids.value(0));
    waitReady(view, ids.value(0));
    QList<double> nextTimes;
    for (int i = 0; i < 100; ++i) {
        const qint64 before = view->articleId();
        QElapsedTimer clock;
        clock.start();
        next->trigger();
        const qint64 shown = view->articleId();
        if (shown == before)
            break; // the end of the list
        if (waitReady(view, shown))
            nextTimes << clock.nsecsElapsed() / 1e6;
    }
    print("next_articles", nextTimes.size(), "articles");
    print("next_p50", percentile(nextTimes, 0.5), "ms");
    print("next_p95", percentile(nextTimes, 0.95), "ms");
    window.reset();

    // 5. The floor: a bare view and the same scheme handler, the same 200 articles.
    QList<double> floorTimes;
    {
        QWebEngineProfile profile;
        SchemeHandler handler;
        handler.setLibrary(db.get());
        profile.installUrlSchemeHandler("gloss", &handler);
        auto *page = new QWebEnginePage(&profile);
        page->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
        QWebEngineView bare;
        bare.setPage(page);
        bare.resize(1300, 850);
        bare.show();
        for (const qint64 id : std::as_const(picks)) {
            QEventLoop loop;
            QObject::connect(page, &QWebEnginePage::loadFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            QElapsedTimer clock;
            clock.start();
            page->load(SchemeHandler::articleUrl(id));
            loop.exec();
            floorTimes << clock.nsecsElapsed() / 1e6;
        }
        bare.setPage(nullptr);
        delete page; // a page goes before its profile
    }
    const double floor50 = percentile(floorTimes, 0.5);
    print("floor_bare_view_load_p50", floor50, "ms");
    print("floor_bare_view_load_p95", percentile(floorTimes, 0.95), "ms");
    print("open_p50_ratio_to_floor", percentile(openTimes, 0.5) / qMax(0.001, floor50), "x");
    print("next_p50_ratio_to_floor", percentile(nextTimes, 0.5) / qMax(0.001, floor50), "x");
    return 0;
}
