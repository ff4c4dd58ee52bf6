// Backup benchmark: prints "name value unit" lines.
//
//   bench_backup LIBRARY
//
// LIBRARY is a library file (e.g. scale-corpus 10000 imported with `gloss import`); it is copied
// into a temporary folder first and left alone. Measures, as medians of three: opening the
// library (what the daily backup must not noticeably add to), a backup into its rotation, and
// the floor, a plain copy of the file. Then how long a highlight takes to commit from another
// connection while a backup runs, against the same without one.
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/librarybackup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace gloss;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

template<typename Work> double medianMs(Work work)
{
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times << clock.nsecsElapsed() / 1e6;
    }
    return median(times);
}

// Adds highlights, one transaction each, until stop; returns each commit's time in ms.
QList<double> writeHighlights(const QString &library, qint64 articleId,
                              const std::atomic<bool> &stop)
{
    QList<double> times;
    Database::OpenResult opened = Database::open(library);
    if (!opened.database)
        return times;
    HighlightRepository highlights(*opened.database);
    for (int i = 0; !stop; ++i) {
        Highlight h;
        h.articleId = articleId;
        h.selector.exact = QStringLiteral("words %1").arg(i);
        h.selector.end = int(h.selector.exact.size());
        QString error;
        QElapsedTimer clock;
        clock.start();
        if (highlights.add(h, &error) == 0) {
            std::fprintf(stderr, "bench_backup: a highlight was refused: %s\n", qPrintable(error));
            break;
        }
        times << clock.nsecsElapsed() / 1e6;
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString source = app.arguments().value(1);
    if (source.isEmpty() || !QFileInfo(source).isFile()) {
        std::fprintf(stderr, "usage: bench_backup LIBRARY\n");
        return 2;
    }
    QTemporaryDir work;
    const QString library = work.filePath(QStringLiteral("bench.gloss"));
    if (!LibraryBackup::copyTo(source, library).ok()) {
        std::fprintf(stderr, "bench_backup: cannot copy %s\n", qPrintable(source));
        return 1;
    }
    qint64 articleId = 0;
    {
        Database::OpenResult opened = Database::open(library);
        if (!opened.database) {
            std::fprintf(stderr, "bench_backup: %s\n", qPrintable(opened.error));
            return 1;
        }
        ArticleRepository::Query query;
        query.limit = 1;
        const QList<ArticleSummary> first = ArticleRepository(*opened.database).list(query);
        articleId = first.isEmpty() ? 0 : first.constFirst().id;
        print("articles", ArticleRepository(*opened.database).count(), "articles");
    }
    print("library_bytes", QFileInfo(library).size(), "bytes");

    print("open_ms", medianMs([&] { Database::open(library); }), "ms");
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const double backup = medianMs([&] {
        now = now.addDays(1);
        const LibraryBackup::Result made = LibraryBackup::make(library, now);
        if (!made.ok())
            error = made.error;
    });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_backup: %s\n", qPrintable(error));
        return 1;
    }
    print("backup_ms", backup, "ms");
    print("backup_bytes", QFileInfo(LibraryBackup::list(library).value(0)).size(), "bytes");
    const QString copy = work.filePath(QStringLiteral("copy.gloss"));
    const double floor = medianMs([&] {
        QFile::remove(copy);
        QFile::copy(library, copy);
    });
    print("floor_file_copy_ms", floor, "ms");
    print("ratio_backup_to_file_copy", backup / floor, "x");

    // A writer alone, then a writer while backups run back to back.
    for (const bool duringBackup : { false, true }) {
        std::atomic<bool> stop = false;
        QList<double> commits;
        std::thread writer([&] { commits = writeHighlights(library, articleId, stop); });
        QElapsedTimer clock;
        clock.start();
        int backups = 0;
        while (clock.elapsed() < 3000) {
            if (duringBackup) {
                now = now.addDays(1);
                backups += LibraryBackup::make(library, now).ok();
            } else {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        }
        stop = true;
        writer.join();
        const char *prefix = duringBackup ? "commit_during_backup" : "commit_alone";
        std::sort(commits.begin(), commits.end());
        print(qPrintable(QStringLiteral("%1_count").arg(QLatin1String(prefix))), commits.size(),
              "commits");
        print(qPrintable(QStringLiteral("%1_p50_ms").arg(QLatin1String(prefix))),
              commits.isEmpty() ? 0 : commits.at(commits.size() / 2), "ms");
        print(qPrintable(QStringLiteral("%1_max_ms").arg(QLatin1String(prefix))),
              commits.isEmpty() ? 0 : commits.constLast(), "ms");
        if (duringBackup)
            print("backups_during_writes", backups, "backups");
    }
    return 0;
}
