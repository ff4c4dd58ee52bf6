#include "libraryhighlightsmodel.h"

#include "highlightlistmodel.h"
#include "library/articlerepository.h"

namespace gloss {

void LibraryHighlightsModel::setLibrary(const Database *db)
{
    m_db = db;
    reload();
}

void LibraryHighlightsModel::setFilter(const HighlightRepository::Filter &filter)
{
    m_filter = filter;
    reload();
}

void LibraryHighlightsModel::reload()
{
    beginResetModel();
    m_rows = m_db ? HighlightRepository(*m_db).list(m_filter) : QList<Highlight>();
    m_titles.clear();
    if (m_db) {
        const ArticleRepository articles(*m_db);
        for (const Highlight &h : std::as_const(m_rows)) {
            if (!m_titles.contains(h.articleId))
                m_titles.insert(h.articleId, articles.title(h.articleId));
        }
    }
    endResetModel();
}

int LibraryHighlightsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryHighlightsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryHighlightsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Highlight &h = m_rows.at(index.row());
    if (role == IdRole)
        return h.id;
    if (role == ArticleIdRole)
        return h.articleId;
    switch (index.column()) {
    case QuoteColumn:
        if (role == Qt::DisplayRole)
            return h.selector.exact.simplified();
        if (role == Qt::DecorationRole)
            return HighlightListModel::color(h.color);
        if (role == Qt::ToolTipRole)
            return h.state == AnchorState::Orphaned
                ? tr("Not found in the current text of the article")
                : h.selector.exact;
        if (role == Qt::ForegroundRole && h.state == AnchorState::Orphaned)
            return QColor(Qt::gray);
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return h.note;
        break;
    case TagsColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return h.tags.join(QStringLiteral(", "));
        break;
    case ArticleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_titles.value(h.articleId);
        break;
    }
    return {};
}

QVariant LibraryHighlightsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Highlight");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case ArticleColumn:
        return tr("Article");
    }
    return {};
}

} // namespace gloss
