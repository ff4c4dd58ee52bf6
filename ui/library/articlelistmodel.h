#pragma once

#include "library/articlerepository.h"

#include <QAbstractTableModel>

#include <optional>

namespace gloss {

class Database;

// The article list of one category, of one tag, or of all (or of those whose file is gone):
// title, date, author; an article whose file is gone is greyed. Rows are fetched a page at a
// time as the view scrolls (fetchMore), so a library of 100,000 articles opens at once.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, AuthorColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, ReadRole, MissingRole };
    static constexpr int pageSize = 200;

    explicit ArticleListModel(QObject *parent = nullptr);

    void setLibrary(const Database *db);
    // The articles of a category (all when unset), or only those whose file is gone.
    void setCategory(std::optional<qint64> categoryId, bool missingOnly = false);
    bool missingOnly() const { return m_missingOnly; }
    // The articles carrying a tag (TagRepository), in place of a category.
    void setTag(qint64 tagId);
    void reload();
    void markRead(qint64 id);

    qint64 articleId(int row) const;
    int rowOf(qint64 id) const; // -1 when not (yet) loaded
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<ArticleSummary> page(int offset) const;
    ArticleRepository::Query query() const; // what the list shows, in its order

    const Database *m_db = nullptr;
    bool m_busy = false; // inside a reset or an insert: no fetching more
    std::optional<qint64> m_category;
    std::optional<qint64> m_tag;
    bool m_missingOnly = false;
    ArticleRepository::Sort m_sort = ArticleRepository::Sort::NewestFirst;
    QList<ArticleSummary> m_rows;
    int m_total = 0;
};

} // namespace gloss
