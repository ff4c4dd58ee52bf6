// Re-anchoring benchmark: a 60,000-character article with 500 highlights, after an edit near
// its top, every highlight found again with Anchor::locate. Prints "name value unit" lines.
//
//   bench_anchor [CORPUS]    CORPUS: a folder of posts (../shared/corpus/hexo-markdown)
//
// The floor is a plain exact search (QString::indexOf) of the same 500 quotes in the same text.
#include "annotate/anchor.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace gloss;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString corpus = app.arguments().value(
        1, QStringLiteral(GLOSS_CORPUS_DIR) + QStringLiteral("/hexo-markdown"));
    constexpr int length = 60000;
    constexpr int count = 500;

    // Real prose, post after post in file name order, cut at 60,000 characters.
    QStringList files;
    for (QDirIterator it(corpus, { QStringLiteral("*.md") }, QDir::Files); it.hasNext();)
        files << it.next();
    files.sort();
    QString text;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll());
        if (text.size() >= length)
            break;
    }
    if (text.size() < length) {
        std::fprintf(stderr, "bench_anchor: not enough text in %s\n", qPrintable(corpus));
        return 1;
    }
    text.truncate(length);

    // 500 highlights of 8 to 120 characters, anywhere.
    std::mt19937 random(42);
    std::vector<TextSelector> selectors;
    for (int i = 0; i < count; ++i) {
        const int size = std::uniform_int_distribution<int>(8, 120)(random);
        const int start = std::uniform_int_distribution<int>(0, length - size)(random);
        selectors.push_back(Anchor::select(text, start, start + size));
    }

    // The edit near the top: a sentence inserted, and a few words changed a little further on.
    QString edited = text;
    edited.insert(200, QStringLiteral("An editor's note, added at the top of the article. "));
    edited.replace(1200, 6, QStringLiteral("edited"));

    int ok = 0, moved = 0, orphaned = 0;
    std::vector<double> locateMs, floorMs, unchangedMs;
    for (int run = 0; run < 11; ++run) {
        QElapsedTimer clock;
        clock.start();
        ok = moved = orphaned = 0;
        for (const TextSelector &s : selectors) {
            switch (Anchor::locate(edited, s).state) {
            case AnchorState::Ok:
                ++ok;
                break;
            case AnchorState::Moved:
                ++moved;
                break;
            case AnchorState::Orphaned:
                ++orphaned;
                break;
            }
        }
        locateMs.push_back(double(clock.nsecsElapsed()) / 1e6);

        clock.restart();
        qsizetype found = 0;
        for (const TextSelector &s : selectors)
            found += edited.indexOf(s.exact) >= 0;
        floorMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (found < 0)
            return 1; // keeps the search from being optimised away

        clock.restart();
        for (const TextSelector &s : selectors)
            Anchor::locate(text, s);
        unchangedMs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    const double locate = median(locateMs);
    const double floor = median(floorMs);
    std::printf("anchor_text_length %d chars\n", length);
    std::printf("anchor_highlights %d count\n", count);
    std::printf("anchor_after_edit_ok %d count\n", ok);
    std::printf("anchor_after_edit_moved %d count\n", moved);
    std::printf("anchor_after_edit_orphaned %d count\n", orphaned);
    std::printf("anchor_locate_all_after_edit %.2f ms\n", locate);
    std::printf("anchor_locate_all_unchanged %.2f ms\n", median(unchangedMs));
    std::printf("anchor_floor_indexof_all %.2f ms\n", floor);
    std::printf("anchor_ratio_to_floor %.1f x\n", locate / qMax(0.001, floor));
    return 0;
}
