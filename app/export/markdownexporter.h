#pragma once

#include "annotate/highlight.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <functional>
#include <optional>

namespace gloss {

class Database;
struct ArticleRecord;

// Writes a person's highlights and notes as Markdown: one file per article, with YAML front
// matter, the article's note, each highlight as a blockquote with a stable block id
// (^gloss-<id>), its colour (and the name the library gives it) and tags as Obsidian tags and a
// link that opens it in Gloss (GlossLink), its note under it, orphaned highlights apart. Every file
// goes through QSaveFile and never lands outside the chosen folder.
class MarkdownExporter
{
public:
    enum class Scope { Article, Category, Library };
    struct Options
    {
        Scope scope = Scope::Library;
        qint64 articleId = 0;
        qint64 categoryId = 0;
        QDateTime exportedAt = QDateTime::currentDateTimeUtc();
        // Also the article's text, highlighted passages ==marked== and notes as footnotes.
        bool fullText = false;
    };
    struct Report
    {
        QStringList written; // paths of the files written
        QString error; // the first write that failed, naming the path
        bool canceled = false;
        bool ok() const { return error.isEmpty(); }
    };

    explicit MarkdownExporter(const Database &db)
        : m_db(db)
    { }

    void setProgressHandler(std::function<void(int done, int total)> handler)
    {
        m_progress = std::move(handler);
    }
    void cancel() { m_canceled = true; }

    Report run(const QString &folder, const Options &options);

    // The Markdown of one article (what run() writes for it); its links name the library
    // libraryId (none when it is null); a colour with a name is tagged by it too.
    static QString render(const ArticleRecord &record, const QList<Highlight> &highlights,
                          const QDateTime &exportedAt, const QUuid &libraryId,
                          bool fullText = false, const ColorNames &colorNames = {});
    // The article's text as Markdown paragraphs with its highlights marked and notes as footnotes.
    static QString markedText(const QString &text, const QList<Highlight> &highlights);
    // One highlight as Markdown for the clipboard: the quote, links to the post's file and
    // (given the library's id) back into Gloss at the highlight, the note.
    static QString clipboardText(const Highlight &highlight, const QString &title,
                                 const QString &sourcePath, const QUuid &libraryId = {});

private:
    const Database &m_db;
    std::function<void(int, int)> m_progress;
    std::atomic<bool> m_canceled { false };
};

} // namespace gloss
