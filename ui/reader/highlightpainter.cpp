#include "highlightpainter.h"

#include "readerbridge.h"
#include "search/textmatcher.h"

#include <tuple>

namespace gloss {

void HighlightPainter::articleOpened(qint64 articleId)
{
    m_highlights.clear();
    if (articleId != m_searchArticle) {
        m_searchArticle = 0;
        m_searchTerms.clear();
        m_revealSearch = false;
    }
}

bool HighlightPainter::setHighlights(const QList<Highlight> &highlights)
{
    auto painted = [](const QList<Highlight> &list) {
        QList<std::tuple<qint64, int, int, QString, AnchorState>> keys;
        for (const Highlight &h : list)
            keys.append({ h.id, h.selector.start, h.selector.end, h.color, h.state });
        return keys;
    };
    const bool same = painted(highlights) == painted(m_highlights);
    m_highlights = highlights;
    return !same;
}

void HighlightPainter::setSearch(qint64 articleId, const QList<SearchQuery::Term> &terms)
{
    m_searchArticle = terms.isEmpty() ? 0 : articleId;
    m_searchTerms = terms;
    m_revealSearch = !terms.isEmpty();
}

void HighlightPainter::paint(qint64 articleId, const QString &pageText, const QString &articleText)
{
    const bool same = pageText == articleText;
    QVariantList list;
    for (const Highlight &h : std::as_const(m_highlights)) {
        if (h.state == AnchorState::Orphaned)
            continue;
        Anchor::Result at { AnchorState::Ok, h.selector.start, h.selector.end };
        if (!same)
            at = Anchor::locate(pageText, h.selector);
        if (at.state == AnchorState::Orphaned)
            continue;
        list << QVariantMap { { QStringLiteral("id"), h.id },
                              { QStringLiteral("start"), at.start },
                              { QStringLiteral("end"), at.end },
                              { QStringLiteral("color"), h.color } };
    }
    // Search matches are found in the page's own text, so they need no translating.
    m_searchMatches = 0;
    if (m_searchArticle == articleId && !m_searchTerms.isEmpty()) {
        for (const TextRange &match : TextMatcher(m_searchTerms).find(pageText, 2000)) {
            list << QVariantMap { { QStringLiteral("search"), true },
                                  { QStringLiteral("start"), match.start },
                                  { QStringLiteral("end"), match.start + match.length } };
            ++m_searchMatches;
        }
    }
    m_bridge->requestPaint(list);
    if (m_revealSearch && m_searchMatches > 0)
        m_bridge->requestSearchReveal();
    m_revealSearch = false;
}

} // namespace gloss
