#pragma once

#include <QtGlobal>

struct sqlite3;

namespace gloss {

// Holds SQLite's page cache to about 2 MB while one value of many megabytes (a large post's
// HTML or text) is written. Its pages stay in the cache until it is full and spills them, so
// the library's usual 32 MB cache would hold that much of the value again in memory. The
// usual size comes back when this goes out of scope; smaller values change nothing.
class SmallCache
{
public:
    // Values from this size on are large (below it the cache is left alone).
    static constexpr qint64 threshold = 4 * 1024 * 1024;

    SmallCache(sqlite3 *db, qint64 valueBytes);
    ~SmallCache();
    SmallCache(const SmallCache &) = delete;
    SmallCache &operator=(const SmallCache &) = delete;

private:
    sqlite3 *m_db = nullptr; // null when nothing was changed
    qint64 m_previous = 0;
};

} // namespace gloss
