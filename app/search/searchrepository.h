#pragma once

#include "textmatcher.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gloss {

class Database;

// One article found by a search.
struct SearchHit
{
    qint64 articleId = 0;
    QString title;
    QStringList category; // the article's first category path, top level first
    Snippet snippet; // text around the first match, the matches marked
    double rank = 0; // bm25: lower is better
    bool inNotes = false; // found in a highlight or a note rather than the article
    qint64 highlightId = 0; // the highlight whose words or note matched, when there is one
};

// Library-wide full-text search over titles, authors, article text, highlights and notes.
// tag:NAME in the query keeps to highlights carrying that tag and to their articles, and to
// articles whose posts carry the tag in their front matter (with their highlights and notes).
// Several tags must all be on one highlight, or all on one article.
class SearchRepository
{
public:
    struct Options
    {
        std::optional<qint64> categoryId; // this category and below
        bool withNotesOnly = false; // only articles carrying highlights or a note
        int limit = 50;
    };
    struct Result
    {
        QList<SearchHit> hits;
        QList<SearchQuery::Term> terms; // what was looked for, to mark it in the article
        int notIndexed = 0; // articles the index does not cover yet
        QString error;
    };

    explicit SearchRepository(const Database &db)
        : m_db(db)
    { }

    Result search(const QString &query, const Options &options) const;
    Result search(const QString &query) const { return search(query, Options()); }

private:
    // A search for tags alone (no words).
    Result tagged(const QString &input, const QStringList &tagKeys, const Options &options,
                  Result result) const;

    const Database &m_db;
};

} // namespace gloss
