#pragma once

#include "search/searchrepository.h"

#include <QAbstractListModel>

namespace gloss {

// The results of a library search: title, category path and marked snippet of each article.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        HighlightIdRole,
        CategoryRole, // the path joined with " › "
        SnippetRole,
        MarksRole, // QVariantList of QPoint(start, length) in the snippet
        InNotesRole
    };

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchHit> &hits);
    const QList<SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace gloss
