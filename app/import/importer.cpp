#include "importer.h"

#include "article/articleparser.h"
#include "articlewriter.h"
#include "library/database.h"
#include "library/transaction.h"
#include "search/searchindexer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace gloss {

namespace {

constexpr qint64 maxFileSize = 256 * 1024 * 1024;
constexpr int batchSize = 1000;      // articles per write transaction
constexpr int batchMilliseconds = 250;
constexpr int window = 512;          // parsed files waiting for the writer, at most
constexpr int indexBatchSize = 500;

// One post file after the parsing stage.
struct LoadedFile
{
    enum class Kind { Unchanged, Touched, Parsed, Failed };
    Kind kind = Kind::Failed;
    SourceFile file;
    qint64 storedId = 0;
    Article article;
    QStringList warnings;
    QString error;
};

LoadedFile load(const QString &path, const QString &root, const StoredFile *stored)
{
    LoadedFile out;
    out.file.path = path;
    out.file.root = root;
    out.storedId = stored ? stored->id : 0;

    const QFileInfo info(path);
    out.file.size = info.size();
    out.file.mtime = info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch();
    if (stored && stored->size == out.file.size && stored->mtime == out.file.mtime) {
        out.kind = LoadedFile::Kind::Unchanged;
        return out;
    }
    if (out.file.size > maxFileSize) {
        out.error = QStringLiteral("file too large (%1 MB; the limit is %2 MB)")
                        .arg(out.file.size >> 20)
                        .arg(maxFileSize >> 20);
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        return out;
    }
    const QByteArray bytes = file.readAll();
    out.file.hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (stored && stored->hash == out.file.hash) {
        out.kind = LoadedFile::Kind::Touched;
        return out;
    }

    const QString folder = QDir(root).relativeFilePath(info.path());
    const QStringList folderPath = folder == u"." ? QStringList() : folder.split(u'/', Qt::SkipEmptyParts);
    ArticleParser::Result parsed = ArticleParser::parse(bytes, info.fileName(), folderPath);
    out.warnings = parsed.warnings;
    if (!parsed.ok()) {
        out.error = parsed.error;
        return out;
    }
    out.article = std::move(parsed.article);
    out.kind = LoadedFile::Kind::Parsed;
    return out;
}

} // namespace

Importer::Importer(const Database &db)
    : m_db(db)
{
}

QStringList Importer::findPosts(const QString &folder)
{
    static const QStringList patterns { QStringLiteral("*.md"), QStringLiteral("*.markdown"),
                                        QStringLiteral("*.txt"), QStringLiteral("*.html"),
                                        QStringLiteral("*.htm") };
    QStringList paths;
    QDirIterator it(folder, patterns, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    std::sort(paths.begin(), paths.end());
    return paths;
}

void Importer::report(ImportProgress::Phase phase, int done, int total) const
{
    if (m_progress)
        m_progress(ImportProgress { phase, done, total });
}

ImportReport Importer::run(const QString &folder)
{
    ImportReport result;
    QElapsedTimer clock;
    clock.start();

    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists()) {
        result.fatalError = QStringLiteral("%1: no such folder").arg(folder);
        return result;
    }
    if (!folderInfo.isDir()) {
        result.fatalError = QStringLiteral("%1 is not a folder").arg(folder);
        return result;
    }
    const QString root = folderInfo.canonicalFilePath();

    report(ImportProgress::Phase::Scanning, 0, 0);
    const QStringList paths = findPosts(root);
    const int total = int(paths.size());
    result.found = total;

    ArticleWriter writer(m_db);
    const QHash<QString, StoredFile> stored = writer.storedFiles();

    // Parsing stage: workers claim files in order and leave results in their slot; the writer
    // (this thread) takes the slots in order, so article ids follow the sorted file list.
    std::vector<std::unique_ptr<LoadedFile>> results(static_cast<size_t>(total));
    std::mutex mutex;
    std::condition_variable changed;
    int nextToLoad = 0;
    int written = 0;
    bool stop = false; // set under mutex when the writer gives up or is canceled
    // cancel() only flips an atomic, so waits wake now and then to look at it.
    auto waitFor = [&](std::unique_lock<std::mutex> &lock, auto ready) {
        while (!ready())
            changed.wait_for(lock, std::chrono::milliseconds(50));
    };

    auto worker = [&] {
        for (;;) {
            int i = 0;
            {
                std::unique_lock lock(mutex);
                waitFor(lock, [&] {
                    return stop || m_canceled || nextToLoad >= total || nextToLoad < written + window;
                });
                if (stop || m_canceled || nextToLoad >= total)
                    return;
                i = nextToLoad++;
            }
            const auto it = stored.constFind(paths.at(i));
            auto loaded = std::make_unique<LoadedFile>(
                load(paths.at(i), root, it == stored.cend() ? nullptr : &*it));
            {
                std::lock_guard lock(mutex);
                results[size_t(i)] = std::move(loaded);
            }
            changed.notify_all();
        }
    };
    const int threadCount = std::max(1, m_threads > 0 ? m_threads : QThread::idealThreadCount());
    std::vector<std::thread> workers;
    for (int t = 0; t < threadCount; ++t)
        workers.emplace_back(worker);

    report(ImportProgress::Phase::Storing, 0, total);
    auto transaction = std::make_unique<Transaction>(m_db);
    QElapsedTimer batchClock;
    batchClock.start();
    int inBatch = 0;
    auto commit = [&]() -> bool {
        if (!transaction->commit()) {
            result.fatalError = QStringLiteral("cannot write to %1: %2").arg(m_db.path(), transaction->error());
            writer.clearCaches();
            return false;
        }
        report(ImportProgress::Phase::Storing, written, total);
        transaction = std::make_unique<Transaction>(m_db);
        inBatch = 0;
        batchClock.restart();
        return true;
    };
    if (!transaction->isActive())
        result.fatalError = QStringLiteral("cannot write to %1: %2").arg(m_db.path(), transaction->error());

    while (result.fatalError.isEmpty() && written < total && !m_canceled) {
        std::unique_ptr<LoadedFile> item;
        {
            std::unique_lock lock(mutex);
            waitFor(lock, [&] { return results[size_t(written)] != nullptr || m_canceled; });
            if (m_canceled)
                break;
            item = std::move(results[size_t(written)]);
            ++written;
        }
        changed.notify_all();

        for (const QString &warning : std::as_const(item->warnings))
            result.warnings.append({ item->file.path, warning });
        QString error;
        switch (item->kind) {
        case LoadedFile::Kind::Unchanged:
            ++result.unchanged;
            break;
        case LoadedFile::Kind::Touched:
            if (writer.touch(item->storedId, item->file, &error))
                ++result.unchanged;
            break;
        case LoadedFile::Kind::Parsed:
            if (item->storedId != 0) {
                if (writer.update(item->storedId, item->file, item->article, &error))
                    ++result.updated;
            } else if (writer.insert(item->file, item->article, &error)) {
                ++result.imported;
            }
            break;
        case LoadedFile::Kind::Failed:
            error = item->error;
            break;
        }
        if (!error.isEmpty())
            result.failures.append({ item->file.path, error });

        if (++inBatch >= batchSize || batchClock.elapsed() >= batchMilliseconds)
            commit();
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
    }
    changed.notify_all();
    for (std::thread &t : workers)
        t.join();

    if (result.fatalError.isEmpty())
        commit();
    transaction.reset();
    result.canceled = m_canceled && result.fatalError.isEmpty();
    result.storedSeconds = clock.elapsed() / 1000.0;

    if (result.fatalError.isEmpty() && !m_canceled)
        index(&result);
    result.seconds = clock.elapsed() / 1000.0;
    report(ImportProgress::Phase::Finished, written, total);
    return result;
}

void Importer::index(ImportReport *result)
{
    SearchIndexer indexer(m_db);
    const int pending = indexer.pendingCount();
    int done = 0;
    report(ImportProgress::Phase::Indexing, 0, pending);
    while (!m_canceled) {
        Transaction transaction(m_db);
        QString error;
        const int count = indexer.indexSome(indexBatchSize, &error);
        if (count < 0 || !transaction.commit()) {
            result->warnings.append({ m_db.path(), QStringLiteral("search index not updated: %1")
                                                       .arg(count < 0 ? error : transaction.error()) });
            return;
        }
        if (count == 0) {
            result->indexComplete = true;
            return;
        }
        done += count;
        report(ImportProgress::Phase::Indexing, done, pending);
    }
    result->canceled = true;
}

} // namespace gloss
