#include "searchresultmodel.h"

#include <QPoint>

namespace gloss {

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title.isEmpty() ? tr("(untitled)") : hit.title;
    case Qt::ToolTipRole:
        return hit.category.isEmpty()
            ? hit.title
            : hit.title + u'\n' + hit.category.join(QStringLiteral(" › "));
    case ArticleIdRole:
        return hit.articleId;
    case HighlightIdRole:
        return hit.highlightId;
    case CategoryRole:
        return hit.category.join(QStringLiteral(" › "));
    case SnippetRole:
        return hit.snippet.text;
    case MarksRole: {
        QVariantList marks;
        for (const TextRange &mark : hit.snippet.marks)
            marks << QPoint(int(mark.start), int(mark.length));
        return marks;
    }
    case InNotesRole:
        return hit.inNotes;
    default:
        return {};
    }
}

} // namespace gloss
