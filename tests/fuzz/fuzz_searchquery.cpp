// What a person types in the search field: the query parser, the matcher that marks results,
// and the FTS5 query itself, run against a small in-memory index with the gloss_cjk tokenizer.
#include "search/searchquery.h"
#include "search/textmatcher.h"
#include "text/cjktokenizer.h"

#include <QString>

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>

namespace {

sqlite3 *index()
{
    static sqlite3 *db = [] {
        sqlite3 *handle = nullptr;
        sqlite3_open(":memory:", &handle);
        QString error;
        gloss::CjkTokenizer::registerWith(handle, &error);
        sqlite3_exec(
            handle,
            "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='gloss_cjk');"
            "INSERT INTO t VALUES ('AI芯片，撑得过明年吗？资本冷却 gene expression Docker');"
            "INSERT INTO t VALUES ('Transformers café 图片 𠀀 naïve');",
            nullptr, nullptr, nullptr);
        return handle;
    }();
    return db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const gloss::SearchQuery::Parsed parsed = gloss::SearchQuery::parse(input);
    const gloss::TextMatcher matcher(parsed.terms);
    matcher.snippet(input + QStringLiteral(" AI芯片 café ") + input, 40);
    if (!parsed.fts.isEmpty()) {
        // Whatever the parser makes must be a query FTS5 accepts.
        sqlite3_stmt *stmt = nullptr;
        const QByteArray fts = parsed.fts.toUtf8();
        sqlite3_prepare_v2(index(), "SELECT rowid FROM t WHERE t MATCH ?", -1, &stmt, nullptr);
        sqlite3_bind_text(stmt, 1, fts.constData(), int(fts.size()), SQLITE_TRANSIENT);
        int rc = SQLITE_ROW;
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(stmt);
        if (rc != SQLITE_DONE)
            __builtin_trap(); // the parser produced a query FTS5 refuses
        sqlite3_finalize(stmt);
    }
    return 0;
}
