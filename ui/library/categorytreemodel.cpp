#include "categorytreemodel.h"

#include "library/articlerepository.h"
#include "library/categoryrepository.h"
#include "library/tagname.h"
#include "library/tagrepository.h"

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
    m_tags = -1;
    m_missing = -1;
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
            node.kind = Kind::Category;
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
        // After the categories, where it does not push them down while there is nothing in it.
        if (const int missing = ArticleRepository(*m_db).missingCount(); missing > 0) {
            Node node;
            node.kind = Kind::Missing;
            node.name = tr("Missing files");
            node.count = missing;
            node.row = int(m_top.size());
            m_missing = int(m_nodes.size());
            m_top.push_back(m_missing);
            m_nodes.push_back(std::move(node));
        }
        const QList<TagSummary> tags = TagRepository(*m_db).articleTags();
        if (!tags.isEmpty()) {
            Node group;
            group.kind = Kind::Tags;
            group.name = tr("Tags");
            group.count = int(tags.size());
            group.row = int(m_top.size());
            m_tags = int(m_nodes.size());
            m_top.push_back(m_tags);
            m_nodes.push_back(group);
            for (const TagSummary &tag : tags) {
                Node node;
                node.kind = Kind::Tag;
                node.id = tag.id;
                node.name = tag.name;
                node.count = tag.articleCount;
                node.parent = m_tags;
                node.row = int(m_nodes[size_t(m_tags)].children.size());
                m_nodes[size_t(m_tags)].children.push_back(int(m_nodes.size()));
                m_nodes.push_back(std::move(node));
            }
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
    if (m_nodes[size_t(node)].kind != Kind::Category)
        return path;
    for (int n = node; n > 0; n = m_nodes[size_t(n)].parent)
        path.prepend(m_nodes[size_t(n)].name);
    return path;
}

std::optional<qint64> CategoryTreeModel::categoryId(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node || node->kind != Kind::Category)
        return std::nullopt;
    return node->id;
}

std::optional<qint64> CategoryTreeModel::tagId(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node || node->kind != Kind::Tag)
        return std::nullopt;
    return node->id;
}

QModelIndex CategoryTreeModel::tagsIndex() const
{
    return m_tags < 0 ? QModelIndex()
                      : createIndex(m_nodes[size_t(m_tags)].row, 0, quintptr(m_tags));
}

QModelIndex CategoryTreeModel::indexForTag(const QString &name) const
{
    if (m_tags < 0)
        return {};
    const QString key = TagName::key(name);
    for (const int child : m_nodes[size_t(m_tags)].children) {
        const Node &node = m_nodes[size_t(child)];
        if (TagName::key(node.name) == key)
            return createIndex(node.row, 0, quintptr(child));
    }
    return {};
}

QModelIndex CategoryTreeModel::missingFilesIndex() const
{
    return m_missing < 0 ? QModelIndex()
                         : createIndex(m_nodes[size_t(m_missing)].row, 0, quintptr(m_missing));
}

bool CategoryTreeModel::isMissingFiles(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind == Kind::Missing;
}

QModelIndex CategoryTreeModel::indexForPath(const QStringList &path) const
{
    QModelIndex current;
    for (const QString &name : path) {
        QModelIndex found;
        for (int row = 0; row < rowCount(current); ++row) {
            const QModelIndex candidate = index(row, 0, current);
            const Node *node = nodeOf(candidate);
            if (node && node->kind == Kind::Category && node->name == name) {
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

Qt::ItemFlags CategoryTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    // "Tags" only holds the tags: it has no articles of its own to show.
    if (node && node->kind == Kind::Tags)
        return Qt::ItemIsEnabled;
    return QAbstractItemModel::flags(index);
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
        // The group's count would be of tags, not of articles as on every other row.
        if (node->kind == Kind::Tags)
            return node->name;
        return QStringLiteral("%1 (%2)").arg(node->name).arg(node->count);
    case Qt::ToolTipRole:
        switch (node->kind) {
        case Kind::Category:
            return pathOf(int(index.internalId())).join(QStringLiteral(" › "));
        case Kind::Missing:
            return tr("Articles whose file is gone; their highlights and notes are kept");
        case Kind::Tags:
            return tr("The tags in the articles' front matter");
        case Kind::Tag:
            return tr("Articles tagged “%1”").arg(node->name);
        case Kind::All:
            break;
        }
        return node->name;
    case CategoryIdRole:
        return node->kind == Kind::Category ? node->id : 0;
    case TagIdRole:
        return node->kind == Kind::Tag ? node->id : 0;
    case TagNameRole:
        return node->kind == Kind::Tag ? node->name : QString();
    case PathRole:
        return pathOf(int(index.internalId()));
    case CountRole:
        return node->count;
    default:
        return {};
    }
}

} // namespace gloss
