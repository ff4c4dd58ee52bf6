#pragma once

#include "annotate/highlight.h"
#include "library/highlightrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace gloss {

class Database;

// Every highlight of the library that passes a filter: colour, quote, note, tags, article.
class LibraryHighlightsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuoteColumn, NoteColumn, TagsColumn, ArticleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArticleIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setLibrary(const Database *db);
    void setFilter(const HighlightRepository::Filter &filter);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Database *m_db = nullptr;
    HighlightRepository::Filter m_filter;
    QList<Highlight> m_rows;
    QHash<qint64, QString> m_titles;
};

} // namespace gloss
