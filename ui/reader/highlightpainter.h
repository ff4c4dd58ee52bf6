#pragma once

#include "annotate/highlight.h"
#include "search/searchquery.h"

#include <QList>

namespace gloss {

class ReaderBridge;

// What the reader paints over an article: its highlights, moved from the library's text to the
// page's where the two differ, and the words of a search, found in the page's own text. The page
// script draws the marks it is handed (ReaderBridge::paintRequested).
class HighlightPainter
{
public:
    explicit HighlightPainter(ReaderBridge *bridge)
        : m_bridge(bridge)
    { }

    // Another article is shown: its highlights come next; a search for another article is dropped.
    void articleOpened(qint64 articleId);
    // Returns whether the page needs painting again: a note edit changes nothing on it.
    bool setHighlights(const QList<Highlight> &highlights);
    // Marks the words of a search in article articleId, and scrolls to the first at the next
    // paint. No terms: no marks.
    void setSearch(qint64 articleId, const QList<SearchQuery::Term> &terms);
    // Hands the page its marks. Offsets are in the library's text (articleText); pageText is the
    // text the page shows, almost always the same string.
    void paint(qint64 articleId, const QString &pageText, const QString &articleText);
    // How many search matches the page was last asked to mark.
    int searchMatchCount() const { return m_searchMatches; }

private:
    ReaderBridge *m_bridge;
    QList<Highlight> m_highlights;
    qint64 m_searchArticle = 0;
    QList<SearchQuery::Term> m_searchTerms;
    bool m_revealSearch = false;
    int m_searchMatches = 0;
};

} // namespace gloss
