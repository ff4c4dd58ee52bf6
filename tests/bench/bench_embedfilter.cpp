// EmbedFilter benchmark: prints "name value unit" lines.
//
//   bench_embedfilter
//
// What the reader adds to building an article's page: the filter over every corpus post
// (nearly all pass through untouched, after a scan for the markup it takes out), and over the
// seed with five frames and objects in it (two gumbo parses: one to cut, one to find nothing
// left). The floor is HtmlText over the same HTML, one gumbo parse and a walk. Medians of 15 runs.
#include "article/articleparser.h"
#include "article/embedfilter.h"
#include "article/htmltext.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace gloss;

namespace {

double medianMs(const std::function<void()> &run)
{
    QList<double> times;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer clock;
        clock.start();
        run();
        times << clock.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(7);
}

QString htmlOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return ArticleParser::parse(file.readAll(), path, {}, ArticleParser::Text::Skip).article.html;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString corpus = QStringLiteral(GLOSS_CORPUS_DIR);
    QStringList posts;
    for (const QString &folder :
         { QStringLiteral("seed"), QStringLiteral("hexo-html"), QStringLiteral("hexo-markdown") }) {
        QDirIterator it(corpus + u'/' + folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            posts << htmlOf(it.next());
    }
    qsizetype bytes = 0;
    for (const QString &html : std::as_const(posts))
        bytes += html.size();
    if (posts.size() < 300) {
        std::fprintf(stderr, "bench_embedfilter: %s has %d posts\n", qPrintable(corpus),
                     int(posts.size()));
        return 1;
    }

    const double filterAll = medianMs([&] {
        for (const QString &html : std::as_const(posts))
            EmbedFilter::filter(html);
    });
    const double textAll = medianMs([&] {
        for (const QString &html : std::as_const(posts))
            HtmlText::extract(html);
    });
    std::printf("embedfilter_corpus_posts %d posts\n", int(posts.size()));
    std::printf("embedfilter_corpus_per_post %.4f ms\n", filterAll / posts.size());
    std::printf("embedfilter_corpus_mb_per_s %.1f MB/s\n", bytes * 2 / 1e6 / (filterAll / 1e3));
    std::printf("htmltext_corpus_per_post %.4f ms\n", textAll / posts.size());
    std::printf("embedfilter_corpus_ratio_to_htmltext %.3f x\n", filterAll / textAll);

    QString seed = htmlOf(corpus + QStringLiteral("/seed/000_ef5d5e89255a9b09.txt"));
    const QStringList embeds {
        QStringLiteral("<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>"),
        QStringLiteral("<embed src=\"https://v.example.com/clip.swf\">"),
        QStringLiteral("<object data=\"https://s.example.org/d.pdf\"><p>fallback</p></object>"),
        QStringLiteral("<iframe srcdoc=\"&lt;img src=x&gt;\"></iframe>"),
        QStringLiteral("<object data=\"/a.pdf\">"),
    };
    qsizetype at = 0;
    for (const QString &embed : embeds) {
        at = seed.indexOf(QStringLiteral("</p>"), at + seed.size() / 6) + 4;
        seed.insert(at, embed);
    }
    if (EmbedFilter::filter(seed).removed.size() != embeds.size()) {
        std::fprintf(stderr, "bench_embedfilter: the seed's embeds were not all found\n");
        return 1;
    }
    const double filterSeed = medianMs([&] { EmbedFilter::filter(seed); });
    const double textSeed = medianMs([&] { HtmlText::extract(seed); });
    std::printf("embedfilter_seed_with_embeds_kb %.1f KB\n", seed.toUtf8().size() / 1e3);
    std::printf("embedfilter_seed_with_embeds %.3f ms\n", filterSeed);
    std::printf("htmltext_seed_with_embeds %.3f ms\n", textSeed);
    std::printf("embedfilter_seed_ratio_to_htmltext %.3f x\n", filterSeed / textSeed);
    return 0;
}
