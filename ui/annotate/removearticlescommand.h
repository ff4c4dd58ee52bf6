#pragma once

#include "highlightcommands.h"
#include "import/articleremoval.h"

namespace gloss {

// Remove from Library as a step on the undo stack: takes articles out with their highlights and
// notes, and its undo puts them back with the same ids (ArticleRemoval). After each, `changed`
// is told the article to show (the first put back; none after a removal).
class RemoveArticlesCommand : public LibraryCommand
{
public:
    RemoveArticlesCommand(const Database &db, AnnotationHistory *history, const QList<qint64> &ids,
                          const QString &firstTitle, HighlightsChanged changed);

protected:
    bool apply(bool forward, QString *error) override;
    qint64 articleId() const override { return m_shown; }
    qint64 shownHighlight(bool) const override { return 0; }

private:
    QList<qint64> m_ids;
    QList<RemovedArticle> m_removed;
    qint64 m_shown = 0;
};

} // namespace gloss
