#pragma once

#include <QAbstractItemModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace gloss {

class Database;

// The category tree for the left pane: "All articles" first, then every category path, each
// with the number of articles in it and below it, then "Missing files" while the library has
// articles whose file is gone, then "Tags" with every tag the articles' posts carry and how
// many articles carry it.
class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { CategoryIdRole = Qt::UserRole + 1, PathRole, CountRole, TagIdRole, TagNameRole };

    explicit CategoryTreeModel(QObject *parent = nullptr);

    void setLibrary(const Database *db);
    void reload();

    // The category id behind an index; nullopt for "All articles".
    std::optional<qint64> categoryId(const QModelIndex &index) const;
    // The tag id behind an index; nullopt unless it is one of the tags under "Tags".
    std::optional<qint64> tagId(const QModelIndex &index) const;
    QModelIndex indexForPath(const QStringList &path) const;
    // The tag named name in any case or Unicode form (TagName); invalid when no article has it.
    QModelIndex indexForTag(const QString &name) const;
    QModelIndex allArticlesIndex() const { return index(0, 0); }
    // "Tags", the parent of the tags; invalid when no article carries a tag.
    QModelIndex tagsIndex() const;
    // "Missing files"; invalid when no file is missing.
    QModelIndex missingFilesIndex() const;
    bool isMissingFiles(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    enum class Kind { All, Category, Missing, Tags, Tag };
    struct Node
    {
        Kind kind = Kind::All;
        qint64 id = 0; // the category's or the tag's
        QString name;
        int count = 0;
        int parent = -1; // index into m_nodes; -1 for top level
        int row = 0;
        std::vector<int> children;
    };
    const Node *nodeOf(const QModelIndex &index) const;
    QStringList pathOf(int node) const;

    const Database *m_db = nullptr;
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
    int m_tags = -1; // the "Tags" node, when there is one
    int m_missing = -1; // the "Missing files" node, when there is one
};

} // namespace gloss
