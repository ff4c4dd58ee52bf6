#pragma once

#include <QStyledItemDelegate>

namespace gloss {

// Draws a search result as its title, its category path and two lines of snippet with the
// matches in bold on a highlight.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gloss
