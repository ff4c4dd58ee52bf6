// Import benchmark: prints "name value unit" lines.
//
//   bench_import [DIR]
//
// DIR is a library made by ../shared/tools/scale-corpus (made here with 10,000 articles when
// omitted). Measures Gloss's import into a fresh library, then the floors stock SQLite sets on
// the same texts: a plain INSERT in one transaction, and FTS5 with the trigram tokenizer.
#include "import/importer.h"
#include "library/database.h"
#include "text/cjktokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>

using namespace gloss;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Inserts every text into a fresh database table made by createSql; returns articles/s.
double floorRate(const QString &path, const char *createSql, const QList<QByteArray> &texts)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    QString error;
    CjkTokenizer::registerWith(db, &error);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr,
                 nullptr);
    sqlite3_exec(db, createSql, nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(body) VALUES (?)", -1, &stmt, nullptr);
    QElapsedTimer clock;
    clock.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const QByteArray &text : texts) {
        sqlite3_bind_text(stmt, 1, text.constData(), int(text.size()), SQLITE_STATIC);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            std::fprintf(stderr, "floor insert failed: %s\n", sqlite3_errmsg(db));
        sqlite3_reset(stmt);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = clock.nsecsElapsed() / 1e9;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return texts.size() / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir work;
    QString folder = app.arguments().value(1);
    if (folder.isEmpty()) {
        folder = work.filePath(QStringLiteral("corpus"));
        const int rc = QProcess::execute(QStringLiteral(GLOSS_SCALE_CORPUS),
                                         { QStringLiteral("10000"), folder });
        if (rc != 0) {
            std::fprintf(stderr, "bench_import: scale-corpus failed (%d)\n", rc);
            return 1;
        }
    }

    const QString libraryPath = work.filePath(QStringLiteral("bench.gloss"));
    double storedRate = 0;
    double indexedRate = 0;
    int articles = 0;
    {
        Database::OpenResult opened = Database::open(libraryPath);
        if (!opened.database) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(opened.error));
            return 1;
        }
        Importer importer(*opened.database);
        const ImportReport report = importer.run(folder);
        if (!report.ran() || report.failed() > 0 || !report.indexComplete) {
            std::fprintf(stderr, "bench_import: import went wrong: %s (%d failed)\n",
                         qPrintable(report.fatalError), report.failed());
            return 1;
        }
        articles = report.imported;
        storedRate = articles / report.storedSeconds;
        indexedRate = articles / report.seconds;
        print("import_articles", articles, "articles");
        print("import_stored_rate", storedRate, "articles/s");
        print("import_indexed_rate", indexedRate, "articles/s");
        print("import_stored_seconds", report.storedSeconds, "s");
        print("import_indexed_seconds", report.seconds, "s");

        Importer again(*opened.database);
        const ImportReport second = again.run(folder);
        print("reimport_unchanged_seconds", second.seconds, "s");
        if (second.imported != 0 || second.updated != 0)
            std::fprintf(stderr, "bench_import: second import changed %d/%d articles\n",
                         second.imported, second.updated);
    }
    print("library_bytes",
          QFileInfo(libraryPath).size() + QFileInfo(libraryPath + QStringLiteral("-wal")).size(),
          "bytes");

    QList<QByteArray> texts;
    for (const QString &path : Importer::findPosts(folder)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            texts << file.readAll();
    }
    const double plain = floorRate(work.filePath(QStringLiteral("plain.db")),
                                   "CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)", texts);
    const double trigram
        = floorRate(work.filePath(QStringLiteral("trigram.db")),
                    "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram')", texts);
    const double bigram
        = floorRate(work.filePath(QStringLiteral("cjk.db")),
                    "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='gloss_cjk')", texts);
    print("floor_plain_insert_rate", plain, "articles/s");
    print("floor_fts5_trigram_rate", trigram, "articles/s");
    print("floor_fts5_gloss_cjk_raw_rate", bigram, "articles/s");
    print("ratio_stored_to_plain_insert", storedRate / plain, "x");
    print("ratio_indexed_to_trigram", indexedRate / trigram, "x");
    return 0;
}
