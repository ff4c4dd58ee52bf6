#include "articlelistmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace gloss {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ArticleListModel::setLibrary(const Database *db)
{
    m_db = db;
    m_category.reset();
    m_tag.reset();
    m_missingOnly = false;
    reload();
}

void ArticleListModel::setCategory(std::optional<qint64> categoryId, bool missingOnly)
{
    m_category = categoryId;
    m_tag.reset();
    m_missingOnly = missingOnly;
    reload();
}

void ArticleListModel::setTag(qint64 tagId)
{
    m_category.reset();
    m_missingOnly = false;
    m_tag = tagId;
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_rows = page(0);
    m_total = m_db ? ArticleRepository(*m_db).count(query()) : 0;
    // Views (and QAbstractItemModelTester) may ask for more while a change is announced;
    // that would nest one change in another. They ask again afterwards.
    m_busy = true;
    endResetModel();
    m_busy = false;
}

QList<ArticleSummary> ArticleListModel::page(int offset) const
{
    if (!m_db)
        return {};
    ArticleRepository::Query q = query();
    q.offset = offset;
    q.limit = pageSize;
    return ArticleRepository(*m_db).list(q);
}

ArticleRepository::Query ArticleListModel::query() const
{
    ArticleRepository::Query q;
    q.categoryId = m_category;
    if (m_tag)
        q.tagIds << *m_tag;
    q.missingOnly = m_missingOnly;
    q.sort = m_sort;
    return q;
}

void ArticleListModel::markRead(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || m_rows[row].read)
        return;
    m_rows[row].read = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), { Qt::FontRole, ReadRole });
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ArticleListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ArticleSummary &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title;
        case DateColumn:
            return a.published.isValid()
                ? a.published.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))
                : QString();
        case AuthorColumn:
            return a.author;
        }
        return {};
    case Qt::ToolTipRole:
        return a.missing ? tr("%1 (file missing)").arg(a.title) : a.title;
    case Qt::ForegroundRole:
        if (a.missing)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (!a.read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ArticleIdRole:
        return a.id;
    case ReadRole:
        return a.read;
    case MissingRole:
        return a.missing;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case AuthorColumn:
        return tr("Author");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && !m_busy && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ArticleSummary> more = page(int(m_rows.size()));
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the library shrank under us
        return;
    }
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_busy = false;
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    using Sort = ArticleRepository::Sort;
    Sort sort = m_sort;
    if (column == TitleColumn)
        sort = Sort::Title;
    else if (column == AuthorColumn)
        sort = Sort::Author;
    else if (column == DateColumn)
        sort = order == Qt::DescendingOrder ? Sort::NewestFirst : Sort::OldestFirst;
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

} // namespace gloss
