#include "removearticlescommand.h"

#include <QCoreApplication>

namespace gloss {

RemoveArticlesCommand::RemoveArticlesCommand(const Database &db, AnnotationHistory *history,
                                             const QList<qint64> &ids, const QString &firstTitle,
                                             HighlightsChanged changed)
    : LibraryCommand(db, history, std::move(changed))
    , m_ids(ids)
{
    setText(ids.size() == 1
                ? QCoreApplication::translate("Gloss", "Remove “%1” from Library").arg(firstTitle)
                : QCoreApplication::translate("Gloss", "Remove %n Article(s) from Library", nullptr,
                                              int(ids.size())));
}

bool RemoveArticlesCommand::apply(bool forward, QString *error)
{
    ArticleRemoval removal(m_db);
    if (forward) {
        std::optional<QList<RemovedArticle>> removed = removal.remove(m_ids, error);
        if (!removed)
            return false;
        m_removed = std::move(*removed);
        m_shown = 0;
        return true;
    }
    if (!removal.restore(m_removed, error))
        return false;
    m_shown = m_removed.isEmpty() ? 0 : m_removed.constFirst().id;
    m_removed.clear();
    return true;
}

} // namespace gloss
