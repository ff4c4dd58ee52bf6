// Highlight benchmark (offscreen QtWebEngine): prints "name value unit" lines.
//
//   bench_highlights
//
// 1. Selection to stored and painted: a selection in the seed article, then the H path of the
//    real window (request, undo command, SQLite insert, repaint) until the page reports the
//    marks painted; 40 times, p50 and p95.
// 2. An article carrying 500 highlights: from loadFinished until they are painted; 15 times.
#include "benchsupport.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "reader/schemehandler.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace gloss;
using gloss::bench::percentile;
using gloss::bench::print;

namespace {

bool runScript(ReaderView *view, const QString &script)
{
    bool done = false;
    view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                [&](const QVariant &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 10000);
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

    // A long article: the seed's body twelve times over (about 60,000 characters).
    const QString posts = home.filePath(QStringLiteral("posts"));
    QDir().mkpath(posts);
    QFile seed(QStringLiteral(GLOSS_CORPUS_DIR "/seed/000_ef5d5e89255a9b09.txt"));
    if (!seed.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_highlights: cannot read the seed article\n");
        return 1;
    }
    const QByteArray seedBytes = seed.readAll();
    const QByteArray body = seedBytes.mid(seedBytes.indexOf("<div>"));
    QFile post(posts + QStringLiteral("/long.md"));
    post.open(QIODevice::WriteOnly);
    post.write("---\ntitle: Long\ncategories: [Bench]\n---\n\n");
    for (int i = 0; i < 12; ++i)
        post.write(body);
    post.close();
    QFile(QStringLiteral(GLOSS_CORPUS_DIR "/seed/000_ef5d5e89255a9b09.txt"))
        .copy(posts + QStringLiteral("/seed.txt"));

    const QString library = home.filePath(QStringLiteral("bench.gloss"));
    qint64 longId = 0;
    {
        std::unique_ptr<Database> db = Database::open(library).database;
        Importer(*db).run(posts);
        for (const ArticleSummary &a : ArticleRepository(*db).list({}))
            if (a.title == u"Long")
                longId = a.id;
        // 500 highlights spread over the long article, 12 characters each.
        const QString text = ArticleRepository(*db).find(longId)->article.text;
        HighlightRepository highlights(*db);
        QString error;
        const int step = int(text.size()) / 500;
        for (int i = 0; i < 500; ++i) {
            Highlight h;
            h.articleId = longId;
            h.color = Highlight::colors().at(i % 5);
            h.selector = Anchor::select(text, i * step, i * step + 12);
            highlights.add(h, &error);
        }
    }

    MainWindow window;
    window.openLibrary(library);
    window.resize(1300, 850);
    window.show();
    ReaderView *view = window.readerView();

    // 2. 500 highlights after loadFinished.
    const qint64 seedId = longId == 1 ? 2 : 1;
    auto showAndWait = [&](qint64 id) {
        window.selectArticle(id);
        return QTest::qWaitFor(
            [&] { return view->articleId() == id && !view->pageText().isEmpty(); }, 20000);
    };
    QList<double> paintTimes;
    for (int round = 0; round < 15; ++round) {
        if (!showAndWait(seedId))
            return 1;
        QElapsedTimer clock;
        QSignalSpy shown(view, &ReaderView::highlightsShown);
        QObject::connect(
            view->page(), &QWebEnginePage::loadFinished, view, [&] { clock.start(); },
            Qt::SingleShotConnection);
        window.selectArticle(longId);
        if (!QTest::qWaitFor([&] { return !shown.isEmpty() && shown.last().at(1).toInt() >= 500; },
                             30000)) {
            std::fprintf(stderr, "bench_highlights: the 500 highlights were not painted\n");
            return 1;
        }
        paintTimes << clock.nsecsElapsed() / 1e6;
    }
    print("paint_500_highlights_after_load_p50", percentile(paintTimes, 0.5), "ms");
    print("paint_500_highlights_after_load_p95", percentile(paintTimes, 0.95), "ms");

    // 1. Selection to stored and painted, in the seed article.
    if (!showAndWait(seedId))
        return 1;
    QTest::qWait(500);
    QList<double> createTimes;
    const QString text = view->pageText();
    for (int i = 0; i < 40; ++i) {
        const int start = 40 + i * 60;
        // Select characters [start, start + 10) of the page text (not timed).
        const QString select
            = QStringLiteral(
                  "(function(){var "
                  "w=document.createTreeWalker(document.querySelector('.gloss-article'),NodeFilter."
                  "SHOW_TEXT);"
                  "var want='%1',n;while((n=w.nextNode())){var i=n.data.indexOf(want);if(i>=0){var "
                  "r=document.createRange();"
                  "r.setStart(n,i);r.setEnd(n,i+want.length);var "
                  "s=getSelection();s.removeAllRanges();s.addRange(r);return 1;}}return 0;})()")
                  .arg(text.mid(start, 10).replace(u'\'', u' ').replace(u'\n', u' '));
        runScript(view, select);
        QSignalSpy shown(view, &ReaderView::highlightsShown);
        QElapsedTimer clock;
        clock.start();
        view->highlightSelection(QStringLiteral("green"));
        if (!shown.wait(5000))
            continue; // the words were not on one text node; skip this one
        createTimes << clock.nsecsElapsed() / 1e6;
    }
    print("highlights_created", createTimes.size(), "highlights");
    print("selection_to_stored_and_painted_p50", percentile(createTimes, 0.5), "ms");
    print("selection_to_stored_and_painted_p95", percentile(createTimes, 0.95), "ms");
    window.close();
    return 0;
}
