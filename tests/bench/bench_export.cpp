// Export benchmark: 10,000 highlights over 1,000 articles written to a fresh folder.
// Prints "name value unit" lines.
//
//   bench_export [DIR]     DIR: posts to import (made with scale-corpus 1000 when omitted)
#include "export/markdownexporter.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace gloss;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir work;
    QString folder = app.arguments().value(1);
    if (folder.isEmpty()) {
        folder = work.filePath(QStringLiteral("corpus"));
        if (QProcess::execute(QStringLiteral(GLOSS_SCALE_CORPUS),
                              { QStringLiteral("1400"), folder })
            != 0)
            return 1;
    }
    std::unique_ptr<Database> db
        = Database::open(work.filePath(QStringLiteral("bench.gloss"))).database;
    Importer(*db).run(folder);

    // Ten highlights, with notes, in each of the first 1,000 articles that have text enough.
    int made = 0;
    {
        Transaction transaction(*db);
        HighlightRepository highlights(*db);
        const ArticleRepository articles(*db);
        QString error;
        for (const ArticleSummary &a : articles.list({})) {
            if (made >= 10000)
                break;
            const QString text = articles.find(a.id)->article.text;
            if (text.size() < 360)
                continue;
            for (int i = 0; i < 10; ++i) {
                Highlight h;
                h.articleId = a.id;
                h.color = Highlight::colors().at(i % 5);
                h.note = QStringLiteral("Note %1 on article %2").arg(i).arg(a.id);
                h.selector = Anchor::select(text, i * 35, i * 35 + 30);
                made += highlights.add(h, &error) != 0;
            }
        }
        transaction.commit();
    }
    std::printf("highlights %d highlights\n", made);

    MarkdownExporter::Options options;
    QElapsedTimer clock;
    clock.start();
    const MarkdownExporter::Report report
        = MarkdownExporter(*db).run(work.filePath(QStringLiteral("out")), options);
    const double seconds = clock.nsecsElapsed() / 1e9;
    if (!report.ok()) {
        std::fprintf(stderr, "bench_export: %s\n", qPrintable(report.error));
        return 1;
    }
    std::printf("export_files %lld files\n", qlonglong(report.written.size()));
    std::printf("export_seconds %.3f s\n", seconds);
    return 0;
}
