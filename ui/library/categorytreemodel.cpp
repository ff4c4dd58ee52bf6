#include "categorytreemodel.h"

#include "library/articlerepository.h"
#include "library/categoryrepository.h"

#include <QHash>

namespace gloss {

CategoryTreeModel::CategoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void CategoryTreeModel::setLibrary(const Database *db)
{
    m_db = db;
    reload();
}

void CategoryTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    if (m_db) {
        Node all;
        all.name = tr("All articles");
        all.count = ArticleRepository(*m_db).count();
        m_nodes.push_back(all);
        m_top.push_back(0);
        QHash<qint64, int> byId;
        // The repository lists parents before children.
        for (const CategoryNode &category : CategoryRepository(*m_db).tree()) {
            Node node;
            node.id = category.id;
            node.name = category.name;
            node.count = category.articleCount;
            node.parent = category.parentId == 0 ? -1 : byId.value(category.parentId, -1);
            const int self = int(m_nodes.size());
            std::vector<int> &siblings
                = node.parent < 0 ? m_top : m_nodes[size_t(node.parent)].children;
            node.row = int(siblings.size());
            siblings.push_back(self);
            byId.insert(category.id, self);
            m_nodes.push_back(std::move(node));
        }
        // Last, where it does not push the categories down while there is nothing in it.
        if (const int missing = ArticleRepository(*m_db).missingCount(); missing > 0) {
            Node node;
            node.name = tr("Missing files");
            node.count = missing;
            node.missingFiles = true;
            node.row = int(m_top.size());
            m_top.push_back(int(m_nodes.size()));
            m_nodes.push_back(std::move(node));
        }
    }
    endResetModel();
}

const CategoryTreeModel::Node *CategoryTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[index.internalId()];
}

QStringList CategoryTreeModel::pathOf(int node) const
{
    QStringList path;
    for (int n = node; n > 0; n = m_nodes[size_t(n)].parent)
        path.prepend(m_nodes[size_t(n)].name);
    return path;
}

std::optional<qint64> CategoryTreeModel::categoryId(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node || node->id == 0)
        return std::nullopt;
    return node->id;
}

QModelIndex CategoryTreeModel::missingFilesIndex() const
{
    if (m_top.empty() || !m_nodes[size_t(m_top.back())].missingFiles)
        return {};
    return index(int(m_top.size()) - 1, 0);
}

bool CategoryTreeModel::isMissingFiles(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->missingFiles;
}

QModelIndex CategoryTreeModel::indexForPath(const QStringList &path) const
{
    QModelIndex current;
    for (const QString &name : path) {
        QModelIndex found;
        for (int row = 0; row < rowCount(current); ++row) {
            const QModelIndex candidate = index(row, 0, current);
            const Node *node = nodeOf(candidate);
            if (node && node->id != 0 && node->name == name) {
                found = candidate;
                break;
            }
        }
        if (!found.isValid())
            return {};
        current = found;
    }
    return current;
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const std::vector<int> *children = &m_top;
    if (parent.isValid()) {
        const Node *p = nodeOf(parent);
        if (!p)
            return {};
        children = &p->children;
    }
    if (row >= int(children->size()))
        return {};
    return createIndex(row, 0, quintptr((*children)[size_t(row)]));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    const Node &p = m_nodes[size_t(node->parent)];
    return createIndex(p.row, 0, quintptr(node->parent));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(node->name).arg(node->count);
    case Qt::ToolTipRole:
        if (node->missingFiles)
            return tr("Articles whose file is gone; their highlights and notes are kept");
        return node->id == 0 ? node->name
                             : pathOf(int(index.internalId())).join(QStringLiteral(" › "));
    case CategoryIdRole:
        return node->id;
    case PathRole:
        return pathOf(int(index.internalId()));
    case CountRole:
        return node->count;
    default:
        return {};
    }
}

} // namespace gloss
