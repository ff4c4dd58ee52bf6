#pragma once

#include "importreport.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace gloss {

class ArticleWriter;
class Database;
struct StoredFile;

// Imports a folder of Hexo posts into a library: finds the post files, parses them on all
// cores, stores them through one writer in batched transactions, then brings the search
// index up to date. Unchanged files are skipped; a changed file updates its article in place,
// keeping its id and its highlights. A file that cannot be read is reported, never fatal.
//
// run() works on the calling thread (a GUI runs it in a worker thread with a Database opened
// there); cancel() and the progress handler are safe across threads.
class Importer
{
public:
    using ProgressHandler = std::function<void(const ImportProgress &)>;

    explicit Importer(const Database &db);

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void setThreadCount(int threads) { m_threads = threads; }
    // Ask a running import to stop soon; what was stored so far stays stored.
    void cancel() { m_canceled = true; }

    ImportReport run(const QString &folder);

    // The post files under folder (Markdown, HTML and text files; hidden ones skipped), sorted.
    static QStringList findPosts(const QString &folder);
    // The names findPosts takes ("*.md" and the like).
    static QStringList postNameFilters();

private:
    void report(ImportProgress::Phase phase, int done, int total) const;
    void index(ImportReport *report);
    // Marks the stored articles under root whose file is not among paths, and clears the mark
    // of those found again; a write the library refused is a failure of the report.
    static void markMissing(ArticleWriter &writer, const QHash<QString, StoredFile> &stored,
                            const QString &root, const QStringList &paths, ImportReport *report);

    const Database &m_db;
    ProgressHandler m_progress;
    int m_threads = 0;
    std::atomic<bool> m_canceled { false };
};

} // namespace gloss
