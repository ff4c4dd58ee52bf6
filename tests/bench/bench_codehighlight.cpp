// Code colouring benchmark (offscreen QtWebEngine): prints "name value unit" lines.
//
//   bench_codehighlight
//
// Every corpus post with code (hexo-markdown, hexo-html) is opened twice (a warm-up pass, then
// the measured one) to find the one whose colouring takes longest in the page. That post is then
// opened 3 times with colouring and 3 times without (the floor: the same page, plain), from
// showArticle until the article is ready (its text read and its marks painted, which comes after
// the colouring).
#include "benchsupport.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "reader/readerview.h"
#include "reader/schemehandler.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

using namespace gloss;
using gloss::bench::percentile;
using gloss::bench::print;

namespace {

struct Open
{
    double readyMs = -1; // showArticle to articleReady
    double colourMs = 0; // highlightCode() in the page
    int blocks = 0;
};

// Waits in an event loop that the signal quits (qWait's sleeps would stall QtWebEngine).
Open open(ReaderView *view, qint64 id)
{
    Open result;
    QEventLoop loop;
    QElapsedTimer clock;
    const auto coloured = QObject::connect(view, &ReaderView::codeHighlighted, &loop,
                                           [&](qint64, int blocks, double ms) {
                                               result.blocks = blocks;
                                               result.colourMs = ms;
                                           });
    const auto ready = QObject::connect(view, &ReaderView::articleReady, &loop, [&](qint64 shown) {
        if (shown == id) {
            result.readyMs = double(clock.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    clock.start();
    view->showArticle(id);
    loop.exec();
    QObject::disconnect(coloured);
    QObject::disconnect(ready);
    return result;
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

    const std::unique_ptr<Database> db
        = Database::open(home.filePath(QStringLiteral("bench.gloss"))).database;
    for (const char *folder : { "/hexo-markdown", "/hexo-html" })
        Importer(*db).run(QStringLiteral(GLOSS_CORPUS_DIR) + QLatin1String(folder));
    QList<qint64> withCode;
    for (const ArticleSummary &a : ArticleRepository(*db).list({})) {
        const std::optional<ArticleRecord> record = ArticleRepository(*db).find(a.id);
        if (record && record->article.html.contains(QLatin1String("<pre")))
            withCode << a.id;
    }
    if (withCode.isEmpty()) {
        std::fprintf(stderr, "bench_codehighlight: no post with code in %s\n", GLOSS_CORPUS_DIR);
        return 1;
    }

    auto *view = new ReaderView;
    view->resize(1000, 800);
    view->setLibrary(db.get());
    view->show();

    // The first pass warms the engine up (the first pages compile highlight.js cold); the
    // second is the one measured.
    QList<double> colourMs;
    qint64 slowest = 0;
    int blocks = 0;
    for (int pass = 0; pass < 2; ++pass) {
        colourMs.clear();
        blocks = 0;
        double slowestMs = -1;
        for (const qint64 id : withCode) {
            const Open o = open(view, id);
            colourMs << o.colourMs;
            blocks += o.blocks;
            if (o.colourMs > slowestMs) {
                slowestMs = o.colourMs;
                slowest = id;
            }
        }
    }
    print("code_posts", withCode.size(), "posts");
    print("code_blocks_coloured", blocks, "blocks");
    print("code_colour_p50", percentile(colourMs, 0.5), "ms");
    print("code_colour_p95", percentile(colourMs, 0.95), "ms");
    const std::optional<ArticleRecord> record = ArticleRepository(*db).find(slowest);
    std::printf("# slowest post: %s\n", qPrintable(record ? record->sourcePath : QString()));

    QList<double> coloured, plain, inPage;
    for (int run = 0; run < 3; ++run) {
        view->setCodeHighlighting(true);
        const Open on = open(view, slowest);
        coloured << on.readyMs;
        inPage << on.colourMs;
        view->setCodeHighlighting(false);
        plain << open(view, slowest).readyMs;
    }
    const double on = percentile(coloured, 0.5), off = percentile(plain, 0.5);
    print("code_slowest_colour_median", percentile(inPage, 0.5), "ms");
    print("code_slowest_open_coloured_median", on, "ms");
    print("code_slowest_open_plain_median", off, "ms");
    print("code_slowest_open_ratio", off > 0 ? on / off : 0, "x");
    delete view;
    return 0;
}
