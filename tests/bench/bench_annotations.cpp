// Annotation exchange benchmark: 10,000 highlights (notes, two tags each) over 1,000 articles.
// Prints "name value unit" lines, each next to a floor measured in the same run:
//   export: the same rows read with plain SQLite and written as the same JSON by QJsonDocument;
//   import: the same file parsed by QJsonDocument and as many rows inserted with plain SQLite;
//   tag filter: HighlightRepository::list with Filter::tags, next to plain SQLite reading the
//   same number of highlight rows.
//
//   bench_annotations [DIR]     DIR: posts to import (made with scale-corpus 1400 when omitted)
#include "export/annotationexchange.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace gloss;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString column(sqlite3_stmt *statement, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i)),
                             sqlite3_column_bytes(statement, i));
}

// The floor of an export: the rows read with plain SQLite and written as JSON objects of the
// same shape, without Gloss's repositories, checks or article lookups.
double exportFloor(const Database &db, const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db.handle(),
                       "SELECT uuid, color, exact, prefix, suffix, start_offset, end_offset, note,"
                       " created_at, updated_at, article_id FROM highlights ORDER BY article_id,"
                       " start_offset",
                       -1, &statement, nullptr);
    QJsonArray items;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        items << QJsonObject {
            { QStringLiteral("id"), QStringLiteral("urn:uuid:") + column(statement, 0) },
            { QStringLiteral("type"), QStringLiteral("Annotation") },
            { QStringLiteral("gloss:color"), column(statement, 1) },
            { QStringLiteral("created"),
              QDateTime::fromSecsSinceEpoch(sqlite3_column_int64(statement, 8), Qt::UTC)
                  .toString(Qt::ISODate) },
            { QStringLiteral("modified"),
              QDateTime::fromSecsSinceEpoch(sqlite3_column_int64(statement, 9), Qt::UTC)
                  .toString(Qt::ISODate) },
            { QStringLiteral("body"),
              QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                            { QStringLiteral("value"), column(statement, 7) } } },
            { QStringLiteral("target"),
              QJsonObject {
                  { QStringLiteral("source"), sqlite3_column_int64(statement, 10) },
                  { QStringLiteral("selector"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("exact"), column(statement, 2) },
                                      { QStringLiteral("prefix"), column(statement, 3) },
                                      { QStringLiteral("suffix"), column(statement, 4) } },
                        QJsonObject {
                            { QStringLiteral("start"), sqlite3_column_int(statement, 5) },
                            { QStringLiteral("end"), sqlite3_column_int(statement, 6) } } } } } }
        };
    }
    sqlite3_finalize(statement);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("items"), items } })
                   .toJson(QJsonDocument::Indented));
    file.close();
    return clock.nsecsElapsed() / 1e9;
}

// The floor of an import: the file parsed by QJsonDocument and one row per annotation
// inserted with plain SQLite in one transaction.
double importFloor(const QString &file, const QString &scratch)
{
    QElapsedTimer clock;
    clock.start();
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    const QJsonArray items = QJsonDocument::fromJson(in.readAll())
                                 .object()
                                 .value(QStringLiteral("first"))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    sqlite3 *db = nullptr;
    sqlite3_open(scratch.toUtf8().constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                 "CREATE TABLE rows (uuid TEXT UNIQUE, exact TEXT, note TEXT, color TEXT);"
                 "BEGIN",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO rows VALUES (?, ?, ?, ?)", -1, &insert, nullptr);
    for (const QJsonValue &item : items) {
        const QJsonObject a = item.toObject();
        const QByteArray uuid = a.value(QStringLiteral("id")).toString().toUtf8();
        const QByteArray exact = a.value(QStringLiteral(
            "target"))[QStringLiteral("selector")][0][QStringLiteral("exact")]
                                     .toString()
                                     .toUtf8();
        const QByteArray note = a.value(QStringLiteral("body"))
                                    .toArray()
                                    .at(0)[QStringLiteral("value")]
                                    .toString()
                                    .toUtf8();
        const QByteArray color = a.value(QStringLiteral("gloss:color")).toString().toUtf8();
        sqlite3_bind_text(insert, 1, uuid.constData(), int(uuid.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, exact.constData(), int(exact.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, note.constData(), int(note.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 4, color.constData(), int(color.size()), SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return clock.nsecsElapsed() / 1e9;
}

// The floor of a tag filter: plain SQLite reading `rows` highlight rows.
double readFloor(const Database &db, int rows)
{
    QElapsedTimer clock;
    clock.start();
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db.handle(),
                       "SELECT id, article_id, color, exact, prefix, suffix, start_offset,"
                       " end_offset, note, created_at, updated_at, anchor_state, uuid"
                       " FROM highlights ORDER BY article_id, start_offset LIMIT ?",
                       -1, &statement, nullptr);
    sqlite3_bind_int(statement, 1, rows);
    qint64 sum = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int i = 0; i < 13; ++i)
            sum += column(statement, i).size();
    }
    sqlite3_finalize(statement);
    return sum > 0 ? clock.nsecsElapsed() / 1e6 : 0;
}

} // namespace

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
    const QString pathA = work.filePath(QStringLiteral("a.gloss"));
    const QString pathB = work.filePath(QStringLiteral("b.gloss"));
    {
        std::unique_ptr<Database> db = Database::open(pathA).database;
        Importer(*db).run(folder);
    }
    // B is A before any highlight: the same posts, a library of its own (the WAL was
    // checkpointed when A closed).
    QFile::copy(pathA, pathB);
    std::unique_ptr<Database> a = Database::open(pathA).database;
    std::unique_ptr<Database> b = Database::open(pathB).database;
    if (!a || !b)
        return 1;

    // Ten highlights with notes in each of the first 1,000 articles with text enough; two tags
    // each out of 50 (one is on 200 highlights), and one tag that all of them carry.
    const int total = 10000;
    int made = 0;
    {
        Transaction transaction(*a);
        HighlightRepository highlights(*a);
        const ArticleRepository articles(*a);
        QString error;
        for (const ArticleSummary &s : articles.list({})) {
            if (made >= total)
                break;
            const QString text = articles.find(s.id)->article.text;
            if (text.size() < 360)
                continue;
            for (int i = 0; i < 10; ++i) {
                Highlight h;
                h.articleId = s.id;
                h.color = Highlight::colors().at(i % 5);
                h.note = QStringLiteral("Note %1 on article %2").arg(i).arg(s.id);
                h.tags = { QStringLiteral("topic-%1").arg(made % 50),
                           QStringLiteral("话题%1").arg((made / 50) % 50), QStringLiteral("全部") };
                h.selector = Anchor::select(text, i * 35, i * 35 + 30);
                made += highlights.add(h, &error) != 0;
            }
        }
        transaction.commit();
    }
    std::printf("highlights %d highlights\n", made);

    const QString file = work.filePath(QStringLiteral("annotations.jsonld"));
    QList<double> exports, exportFloors, imports, importFloors, reimports;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer clock;
        clock.start();
        const AnnotationExchange::ExportReport report = AnnotationExchange(*a).exportTo(file, {});
        exports << clock.nsecsElapsed() / 1e9;
        if (!report.ok()) {
            std::fprintf(stderr, "bench_annotations: %s\n", qPrintable(report.error));
            return 1;
        }
        exportFloors << exportFloor(*a, work.filePath(QStringLiteral("floor.json")));
    }
    std::printf("export_seconds %.3f s\n", median(exports));
    std::printf("export_floor_seconds %.3f s\n", median(exportFloors));
    std::printf("export_ratio %.2f x\n", median(exports) / median(exportFloors));
    std::printf("export_file %.1f MB\n", QFileInfo(file).size() / 1e6);

    for (int run = 0; run < 3; ++run) {
        // Each run into B as it was before: the highlights of the run before are taken out.
        QSqlQuery(b->connection()).exec(QStringLiteral("DELETE FROM highlights"));
        QElapsedTimer clock;
        clock.start();
        const AnnotationExchange::ImportReport report = AnnotationExchange(*b).importFrom(file);
        imports << clock.nsecsElapsed() / 1e9;
        if (!report.ok() || report.added != made) {
            std::fprintf(stderr, "bench_annotations: import: %s (added %d)\n",
                         qPrintable(report.error), report.added);
            return 1;
        }
        clock.restart();
        const AnnotationExchange::ImportReport again = AnnotationExchange(*b).importFrom(file);
        reimports << clock.nsecsElapsed() / 1e9;
        if (again.unchanged != made)
            return 1;
        const QString scratch = work.filePath(QStringLiteral("floor-%1.sqlite").arg(run));
        importFloors << importFloor(file, scratch);
    }
    std::printf("import_seconds %.3f s\n", median(imports));
    std::printf("reimport_unchanged_seconds %.3f s\n", median(reimports));
    std::printf("import_floor_seconds %.3f s\n", median(importFloors));
    std::printf("import_ratio %.2f x\n", median(imports) / median(importFloors));

    // The tag filter over A's 10,000 highlights: one tag, two tags AND-ed, and a tag on all.
    const HighlightRepository highlights(*a);
    for (const auto &[name, tags] : QList<QPair<const char *, QStringList>> {
             { "one_tag", { QStringLiteral("Topic-7") } },
             { "two_tags", { QStringLiteral("topic-7"), QStringLiteral("话题3") } },
             { "every_highlight", { QStringLiteral("全部") } } }) {
        HighlightRepository::Filter filter;
        filter.tags = tags;
        QList<double> times, floors;
        int rows = 0;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer clock;
            clock.start();
            rows = int(highlights.list(filter).size());
            times << clock.nsecsElapsed() / 1e6;
            floors << readFloor(*a, rows);
        }
        std::printf("tag_filter_%s_ms %.2f ms\n", name, median(times));
        std::printf("tag_filter_%s_rows %d rows\n", name, rows);
        std::printf("tag_filter_%s_floor_ms %.2f ms\n", name, median(floors));
    }
    return 0;
}
