#include "smallcache.h"

#include <QByteArray>

#include <sqlite3.h>

namespace gloss {

namespace {

bool cacheSize(sqlite3 *db, qint64 *size)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cache_size", -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return false;
    }
    const bool ok = sqlite3_step(statement) == SQLITE_ROW;
    if (ok)
        *size = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return ok;
}

void setCacheSize(sqlite3 *db, qint64 size)
{
    const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(size);
    sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
}

} // namespace

SmallCache::SmallCache(sqlite3 *db, qint64 valueBytes)
{
    // A failure here costs memory, never data: the write goes on with the usual cache.
    if (!db || valueBytes < threshold || !cacheSize(db, &m_previous))
        return;
    m_db = db;
    setCacheSize(m_db, -2000); // kibibytes: SQLite's own default
}

SmallCache::~SmallCache()
{
    if (m_db)
        setCacheSize(m_db, m_previous);
}

} // namespace gloss
