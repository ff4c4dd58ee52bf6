#include "categoryrepository.h"

#include "checkedquery.h"
#include "database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace gloss {

QList<CategoryNode> CategoryRepository::tree(QString *error) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QHash<qint64, int> counts;
    // Each category's articles, its descendants' included.
    const QString countSql = QStringLiteral(
        "WITH RECURSIVE tree(root, id) AS ("
        "  SELECT id, id FROM categories"
        "  UNION ALL SELECT tree.root, c.id FROM categories c JOIN tree ON c.parent_id = tree.id)"
        " SELECT tree.root, count(DISTINCT ac.article_id)"
        " FROM tree JOIN article_categories ac ON ac.category_id = tree.id GROUP BY tree.root");
    if (!CheckedQuery::exec(query, countSql, m_db, error))
        return {};
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());

    QHash<qint64, QList<CategoryNode>> children;
    if (!CheckedQuery::exec(query,
                            QStringLiteral("SELECT id, ifnull(parent_id, 0), name FROM categories"),
                            m_db, error))
        return {};
    while (query.next()) {
        CategoryNode node;
        node.id = query.value(0).toLongLong();
        node.parentId = query.value(1).toLongLong();
        node.name = query.value(2).toString();
        node.articleCount = counts.value(node.id);
        children[node.parentId].append(node);
    }

    // Depth-first from the roots, so every parent comes before its children.
    QList<CategoryNode> ordered;
    // Children sorted by name, reversed, so that takeLast() hands them out in order.
    auto sorted = [&](qint64 parent) {
        QList<CategoryNode> list = children.value(parent);
        std::sort(list.begin(), list.end(), [](const CategoryNode &a, const CategoryNode &b) {
            // Case-insensitive and locale-independent, so every machine lists the same order.
            const int order = a.name.compare(b.name, Qt::CaseInsensitive);
            return order != 0 ? order < 0 : a.name < b.name;
        });
        std::reverse(list.begin(), list.end());
        return list;
    };
    QList<CategoryNode> work = sorted(0);
    while (!work.isEmpty()) {
        const CategoryNode node = work.takeLast();
        ordered.append(node);
        work.append(sorted(node.id));
    }
    return ordered;
}

std::optional<qint64> CategoryRepository::find(const QStringList &path, QString *error) const
{
    if (path.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(
            query,
            QStringLiteral("SELECT id FROM categories WHERE ifnull(parent_id, 0) = ? AND name = ?"),
            m_db, error))
        return std::nullopt;
    qint64 parent = 0;
    for (const QString &name : path) {
        query.addBindValue(parent);
        query.addBindValue(name);
        if (!CheckedQuery::exec(query, m_db, error) || !query.next())
            return std::nullopt;
        parent = query.value(0).toLongLong();
    }
    return parent;
}

QStringList CategoryRepository::path(qint64 categoryId, QString *error) const
{
    QStringList names;
    QSqlQuery query(m_db.connection());
    const bool prepared = CheckedQuery::prepare(
        query,
        QStringLiteral("WITH RECURSIVE up(id, parent_id, name, depth) AS ("
                       "  SELECT id, parent_id, name, 0 FROM categories WHERE id = ?"
                       "  UNION ALL SELECT c.id, c.parent_id, c.name, up.depth + 1"
                       "  FROM categories c JOIN up ON c.id = up.parent_id)"
                       " SELECT name FROM up ORDER BY depth DESC"),
        m_db, error);
    if (!prepared)
        return names;
    query.addBindValue(categoryId);
    if (!CheckedQuery::exec(query, m_db, error))
        return names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QStringList CategoryRepository::parsePath(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("\\s*(?:/|>)\\s*"));
    QStringList parts = text.split(separator, Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return parts;
}

} // namespace gloss
