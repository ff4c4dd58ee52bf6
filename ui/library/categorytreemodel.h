#pragma once

#include <QAbstractItemModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace gloss {

class Database;

// The category tree for the left pane: "All articles" first, then every category path, each
// with the number of articles in it and below it, and last "Missing files" while the library
// has articles whose file is gone.
class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { CategoryIdRole = Qt::UserRole + 1, PathRole, CountRole };

    explicit CategoryTreeModel(QObject *parent = nullptr);

    void setLibrary(const Database *db);
    void reload();

    // The category id behind an index; nullopt for "All articles".
    std::optional<qint64> categoryId(const QModelIndex &index) const;
    QModelIndex indexForPath(const QStringList &path) const;
    QModelIndex allArticlesIndex() const { return index(0, 0); }
    // "Missing files"; invalid when no file is missing.
    QModelIndex missingFilesIndex() const;
    bool isMissingFiles(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        qint64 id = 0; // 0: "All articles" or "Missing files"
        bool missingFiles = false;
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
};

} // namespace gloss
