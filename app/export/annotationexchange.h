#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace gloss {

class Database;

// Moves highlights, their notes and tags, and articles' notes between libraries and tools as
// W3C Web Annotations (see AnnotationFile). Import merges: each annotation finds its article by
// the post's relative path, then by title and date; a highlight is matched by its uuid, and the
// newer of two versions ("modified") wins; a new one is anchored in this library's text
// (exact, then context, then fuzzy) and kept even when it is not found. Importing a file twice
// changes nothing the second time. The whole import is one transaction: a file with any problem
// changes nothing.
class AnnotationExchange
{
public:
    struct ExportOptions
    {
        std::optional<qint64> articleId;
        std::optional<qint64> categoryId; // this category and below
        QDateTime generatedAt = QDateTime::currentDateTimeUtc();
    };
    struct ExportReport
    {
        int highlights = 0;
        int articleNotes = 0;
        bool canceled = false; // nothing was written
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    struct ImportReport
    {
        int added = 0; // new highlights and notes (counted again below when not found as they were)
        int updated = 0; // a newer version replaced the library's
        int unchanged = 0; // the same, or the library's version is newer
        int moved = 0; // added, found elsewhere in the text or slightly changed
        int orphaned = 0; // added, not found in this library's text: kept apart
        int skipped = 0; // annotations of articles this library does not have
        QStringList movedHighlights; // "Title (path): «quote»"
        QStringList orphanedHighlights;
        QStringList skippedArticles; // "Title (path)", once each
        bool canceled = false; // nothing was changed
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    explicit AnnotationExchange(const Database &db)
        : m_db(db)
    { }

    ExportReport exportTo(const QString &path, const ExportOptions &options) const;
    ImportReport importFrom(const QString &path) const;

    // Told how many articles (export) or annotations (import) are done, of how many; called on
    // the thread that runs the export or import.
    void setProgressHandler(std::function<void(int done, int total)> handler)
    {
        m_progress = std::move(handler);
    }
    // From any thread: the export or import that runs stops, having written or changed nothing.
    void cancel() { m_canceled = true; }

private:
    void reportProgress(int done, int total) const;

    const Database &m_db;
    std::function<void(int, int)> m_progress;
    std::atomic<bool> m_canceled { false };
};

} // namespace gloss
