#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gloss {

class Database;

// One node of the category tree.
struct CategoryNode
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a top-level category
    QString name;
    int articleCount = 0; // distinct articles here and in every descendant
};

// Reads the category tree of a library.
class CategoryRepository
{
public:
    explicit CategoryRepository(const Database &db)
        : m_db(db)
    { }

    // Reads give nothing when the library cannot be read, with the reason in *error (or, when
    // the caller passes none, as a warning in the log).

    // Every category, parents before their children, siblings by name.
    QList<CategoryNode> tree(QString *error = nullptr) const;
    // The category at the end of path (top-level name first), if the library has it.
    std::optional<qint64> find(const QStringList &path, QString *error = nullptr) const;
    QStringList path(qint64 categoryId, QString *error = nullptr) const;

    // "新媒体/虎嗅" or "新媒体 > 虎嗅" to ["新媒体", "虎嗅"].
    static QStringList parsePath(const QString &text);

private:
    const Database &m_db;
};

} // namespace gloss
