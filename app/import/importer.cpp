#include "importer.h"

#include "article/articleparser.h"
#include "articlewriter.h"
#include "library/articlereader.h"
#include "library/database.h"
#include "library/transaction.h"
#include "orderedpipeline.h"
#include "search/searchindexer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace gloss {

namespace {

constexpr qint64 maxFileSize = 256 * 1024 * 1024;
constexpr int window = 512; // results waiting for the writer, at most
// Bytes of posts being read or waiting for the writer, at most (a larger post goes alone): a
// folder of large posts never has several of them in memory at once.
constexpr qint64 budget = 64 * 1024 * 1024;
constexpr int progressMilliseconds = 100;

// One post file after the parsing stage.
struct LoadedFile
{
    enum class Kind { Unchanged, Touched, Parsed, Failed };
    Kind kind = Kind::Failed;
    SourceFile file;
    qint64 storedId = 0;
    Article article; // without its HTML, which is in html
    HtmlBody html; // UTF-8
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
        out.error = QCoreApplication::translate("gloss::Importer",
                                                "file too large (%1 MB; the limit is %2 MB)")
                        .arg(out.file.size >> 20)
                        .arg(maxFileSize >> 20);
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QCoreApplication::translate("gloss::Importer", "cannot read the file: %1")
                        .arg(file.errorString());
        return out;
    }
    QByteArray bytes = file.readAll();
    file.close();
    out.file.hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (stored && stored->hash == out.file.hash) {
        out.kind = LoadedFile::Kind::Touched;
        return out;
    }

    const QString folder = QDir(root).relativeFilePath(info.path());
    const QStringList folderPath
        = folder == u"." ? QStringList() : folder.split(u'/', Qt::SkipEmptyParts);
    // The bytes are handed over: for an HTML post they become its HTML, in the same buffer.
    ArticleParser::Utf8Result parsed
        = ArticleParser::parseUtf8(std::move(bytes), info.fileName(), folderPath);
    out.warnings = parsed.warnings;
    if (!parsed.ok()) {
        out.error = parsed.error;
        return out;
    }
    out.article = std::move(parsed.article);
    out.html = std::move(parsed.html);
    out.kind = LoadedFile::Kind::Parsed;
    return out;
}

// Groups the writer's work into transactions of at most `size` items or `milliseconds`, and
// reports progress as it goes.
class Batch
{
public:
    Batch(const Database &db, std::function<void(int)> progress, int size, int milliseconds)
        : m_db(db)
        , m_progress(std::move(progress))
        , m_size(size)
        , m_milliseconds(milliseconds)
    {
        m_sinceProgress.start();
        begin();
    }

    QString error() const { return m_error; }

    // After each item; false when a commit failed and the work must stop.
    bool step(int done)
    {
        if (m_sinceProgress.elapsed() >= progressMilliseconds) {
            m_progress(done);
            m_sinceProgress.restart();
        }
        if (++m_count < m_size && m_clock.elapsed() < m_milliseconds)
            return true;
        return commit(done) && begin();
    }
    bool finish(int done) { return commit(done); }

private:
    bool begin()
    {
        m_transaction = std::make_unique<Transaction>(m_db);
        if (!m_transaction->isActive())
            m_error = QCoreApplication::translate("gloss::Importer", "cannot write to %1: %2")
                          .arg(m_db.path(), m_transaction->error());
        m_count = 0;
        m_clock.restart();
        return m_error.isEmpty();
    }
    bool commit(int done)
    {
        if (!m_transaction || !m_transaction->commit()) {
            if (m_error.isEmpty() && m_transaction)
                m_error = QCoreApplication::translate("gloss::Importer", "cannot write to %1: %2")
                              .arg(m_db.path(), m_transaction->error());
            m_transaction.reset();
            return false;
        }
        m_transaction.reset();
        m_progress(done);
        return true;
    }

    const Database &m_db;
    std::function<void(int)> m_progress;
    int m_size;
    int m_milliseconds;
    int m_count = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceProgress;
    std::unique_ptr<Transaction> m_transaction;
    QString m_error;
};

} // namespace

Importer::Importer(const Database &db)
    : m_db(db)
{ }

QStringList Importer::postNameFilters()
{
    return { QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.txt"),
             QStringLiteral("*.html"), QStringLiteral("*.htm") };
}

QStringList Importer::findPosts(const QString &folder)
{
    QStringList paths;
    QDirIterator it(folder, postNameFilters(), QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
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
        result.fatalError
            = QCoreApplication::translate("gloss::Importer", "%1: no such folder").arg(folder);
        return result;
    }
    if (!folderInfo.isDir()) {
        result.fatalError
            = QCoreApplication::translate("gloss::Importer", "%1 is not a folder").arg(folder);
        return result;
    }
    const QString root = folderInfo.canonicalFilePath();

    report(ImportProgress::Phase::Scanning, 0, 0);
    const QStringList paths = findPosts(root);
    const int total = int(paths.size());
    result.found = total;

    // Pass 1: parse on all cores, store through this thread. Articles are browsable after it.
    ArticleWriter writer(m_db);
    // Without what is stored, every file would look new: no import at all is better.
    const QHash<QString, StoredFile> stored = writer.storedFiles(&result.fatalError);
    if (!result.fatalError.isEmpty())
        return result;
    report(ImportProgress::Phase::Storing, 0, total);
    // Small transactions: articles show up in the window while the import goes on.
    Batch batch(
        m_db, [&](int done) { report(ImportProgress::Phase::Storing, done, total); }, 1000, 250);
    if (!batch.error().isEmpty()) {
        result.fatalError = batch.error();
        return result;
    }
    const int handled = runOrderedPipeline<LoadedFile>(
        total, m_threads, window, m_canceled,
        [&](int i, int) {
            const auto it = stored.constFind(paths.at(i));
            return load(paths.at(i), root, it == stored.cend() ? nullptr : &*it);
        },
        [&](int i, LoadedFile &item) {
            for (const QString &warning : std::as_const(item.warnings))
                result.warnings.append({ item.file.path, warning });
            QString error;
            switch (item.kind) {
            case LoadedFile::Kind::Unchanged:
                ++result.unchanged;
                break;
            case LoadedFile::Kind::Touched:
                if (writer.touch(item.storedId, item.file, &error))
                    ++result.unchanged;
                break;
            case LoadedFile::Kind::Parsed:
                if (item.storedId != 0) {
                    if (writer.update(item.storedId, item.file, item.article, item.html, &error))
                        ++result.updated;
                } else if (writer.insert(item.file, item.article, item.html, &error)) {
                    ++result.imported;
                }
                break;
            case LoadedFile::Kind::Failed:
                error = item.error;
                break;
            }
            if (!error.isEmpty())
                result.failures.append({ item.file.path, error });
            return batch.step(i + 1);
        },
        [&](int i) { return QFileInfo(paths.at(i)).size(); }, budget);
    // Only a whole pass knows which files are gone.
    if (!m_canceled && handled == total && batch.error().isEmpty())
        markMissing(writer, stored, root, paths, &result);
    if (!batch.finish(handled)) {
        writer.clearCaches();
        result.fatalError = batch.error();
    }
    result.canceled = m_canceled && result.fatalError.isEmpty();
    result.storedSeconds = clock.elapsed() / 1000.0;

    // Pass 2: plain text and search index.
    if (result.fatalError.isEmpty() && !m_canceled)
        index(&result);
    result.seconds = clock.elapsed() / 1000.0;
    report(ImportProgress::Phase::Finished, handled, total);
    return result;
}

void Importer::markMissing(ArticleWriter &writer, const QHash<QString, StoredFile> &stored,
                           const QString &root, const QStringList &paths, ImportReport *result)
{
    // Articles under the folder, whoever imported them; a post of another folder is not ours
    // to call missing.
    const QString prefix = root.endsWith(u'/') ? root : root + u'/';
    const QSet<QString> found(paths.cbegin(), paths.cend());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const bool missing = !found.contains(it.key());
        if (missing)
            ++result->missing;
        if (missing == it->missing)
            continue;
        if (!missing)
            ++result->foundAgain;
        QString error;
        if (!writer.setMissing(it->id, missing, &error))
            result->failures.append({ it.key(), error });
    }
}

void Importer::index(ImportReport *result)
{
    SearchIndexer indexer(m_db);
    QString pendingError;
    const QList<SearchIndexer::Pending> pending = indexer.pending(&pendingError);
    const int total = int(pending.size());
    report(ImportProgress::Phase::Indexing, 0, total);

    const int threadCount = m_threads > 0 ? m_threads : QThread::idealThreadCount();
    std::vector<std::unique_ptr<ArticleReader>> readers(size_t(std::max(1, threadCount)));
    // Large transactions: each commit flushes a segment of the full-text index, and fewer,
    // larger segments make indexing faster (see the hashsize setting in 001_initial.sql).
    Batch batch(
        m_db, [&](int done) { report(ImportProgress::Phase::Indexing, done, total); }, 5000, 1000);
    QString error = pendingError.isEmpty() ? batch.error() : pendingError;
    const int done = !error.isEmpty()
        ? 0
        : runOrderedPipeline<SearchIndexer::Entry>(
            total, threadCount, window, m_canceled,
            [&](int i, int worker) {
                std::unique_ptr<ArticleReader> &reader = readers[size_t(worker)];
                if (!reader)
                    reader = std::make_unique<ArticleReader>(m_db.path());
                const ArticleReader::Row row = reader->read(pending.at(i).id);
                SearchIndexer::Entry entry = row.found
                    ? SearchIndexer::prepare(
                        row.id, row.title, row.author, row.htmlSize,
                        [&reader](QByteArray *html) { return reader->readHtml(html); })
                    : SearchIndexer::Entry();
                reader->release(); // the HTML goes as soon as the text is made
                return entry;
            },
            [&](int i, SearchIndexer::Entry &entry) {
                if (entry.found && !indexer.store(entry, &error))
                    return false;
                // A commit may flush the index's pending terms: not with the text still here.
                entry = SearchIndexer::Entry();
                return batch.step(i + 1);
            },
            [&](int i) { return pending.at(i).size; }, budget);
    if (error.isEmpty() && !batch.finish(done))
        error = batch.error();
    if (!error.isEmpty()) {
        result->warnings.append(
            { m_db.path(),
              QCoreApplication::translate("gloss::Importer", "search index not updated: %1")
                  .arg(error) });
        return;
    }
    if (m_canceled)
        result->canceled = true;
    else
        result->indexComplete = indexer.pendingCount(&pendingError) == 0 && pendingError.isEmpty();
}

} // namespace gloss
