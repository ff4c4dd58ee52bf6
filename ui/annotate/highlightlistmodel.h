#pragma once

#include "annotate/highlight.h"

#include <QAbstractListModel>
#include <QColor>
#include <QIcon>

namespace gloss {

// A list of highlights for the notes pane: the quote, its colour, its note, its tags.
class HighlightListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, NoteRole, ColorNameRole, StateRole, QuoteRole };

    using QAbstractListModel::QAbstractListModel;

    void setHighlights(const QList<Highlight> &highlights);
    const QList<Highlight> &highlights() const { return m_highlights; }
    int rowOf(qint64 id) const;

    static QColor color(const QString &name);
    // A small rounded square of the colour, for buttons and lists.
    static QIcon swatch(const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Highlight> m_highlights;
};

} // namespace gloss
