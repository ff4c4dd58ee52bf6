#pragma once

#include <QString>

namespace gloss {

class Database;

// Keeps articles_fts in step with the articles table. An article's `indexed` flag is set in
// the same transaction that writes its index entry, so the library always knows which
// articles search covers; work left by a cancelled or killed import is picked up next time.
class SearchIndexer
{
public:
    explicit SearchIndexer(const Database &db) : m_db(db) { }

    int pendingCount() const;
    // Indexes up to limit pending articles inside the caller's transaction.
    // Returns how many were indexed, or -1 with *error set.
    int indexSome(int limit, QString *error);
    // Takes an article's entry out of the index before its text changes (caller's transaction).
    bool forget(qint64 articleId, QString *error);

private:
    const Database &m_db;
};

} // namespace gloss
