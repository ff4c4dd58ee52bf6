// Search benchmark: prints "name value unit" lines.
//
//   bench_search LIBRARY
//
// LIBRARY: a library imported from `../shared/tools/scale-corpus 100000 DIR` (gloss import DIR
// --library LIBRARY). For each kind of query: p50 and p95 over 30 runs of the top 50 ranked
// results with snippets; then the size of the index next to the text it covers.
#include "library/database.h"
#include "search/searchrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace gloss;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: bench_search LIBRARY\n");
        return 2;
    }
    Database::OpenResult opened = Database::open(app.arguments().at(1));
    if (!opened.database) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(opened.error));
        return 1;
    }
    const Database &db = *opened.database;
    const SearchRepository search(db);
    const QList<QPair<const char *, QString>> queries {
        { "cjk_1_char", QStringLiteral("片") },
        { "cjk_2_chars", QStringLiteral("芯片") },
        { "cjk_4_chars", QStringLiteral("资本冷却") },
        { "latin_word", QStringLiteral("docker") },
        { "latin_prefix", QStringLiteral("trans*") },
        { "phrase", QStringLiteral("\"gene expression\"") },
        { "cjk_and_latin", QStringLiteral("AI芯片") },
        { "two_words", QStringLiteral("安装 python") },
    };
    for (const auto &[name, query] : queries) {
        QList<double> times;
        int hits = 0;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer clock;
            clock.start();
            const SearchRepository::Result result
                = search.search(query, { std::nullopt, false, 50 });
            times << clock.nsecsElapsed() / 1e6;
            hits = int(result.hits.size());
        }
        std::sort(times.begin(), times.end());
        std::printf("search_%s_p50 %.2f ms\n", name, times.at(15));
        std::printf("search_%s_p95 %.2f ms\n", name, times.at(28));
        std::printf("search_%s_results %d results\n", name, hits);
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT sum(length(CAST(text AS BLOB)) + length(CAST(title AS BLOB))) FROM articles"));
    q.next();
    const double text = q.value(0).toDouble();
    q.exec(QStringLiteral("SELECT sum(length(block)) FROM articles_fts_data"));
    q.next();
    const double index = q.value(0).toDouble();
    std::printf("index_bytes %.0f bytes\ntext_bytes %.0f bytes\nindex_to_text %.2f x\n", index,
                text, index / text);
    return 0;
}
