#include "tagrepository.h"

#include "checkedquery.h"
#include "database.h"
#include "tagname.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace gloss {

QList<TagSummary> TagRepository::articleTags(QString *error) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QList<TagSummary> tags;
    // One index range per tag (article_tags_tag) rather than a scan of the links.
    if (!CheckedQuery::exec(query,
                            QStringLiteral("SELECT id, name, n FROM (SELECT id, name,"
                                           " (SELECT count(*) FROM article_tags WHERE tag_id ="
                                           " tags.id) AS n FROM tags) WHERE n > 0"),
                            m_db, error))
        return tags;
    QList<std::pair<QString, TagSummary>> keyed;
    while (query.next()) {
        TagSummary tag { query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toInt() };
        keyed.append({ TagName::key(tag.name), tag });
    }
    // Sorted here by key, so that every machine lists the same order whatever its locale.
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first, a.second.name) < std::tie(b.first, b.second.name);
    });
    tags.reserve(keyed.size());
    for (const auto &entry : std::as_const(keyed))
        tags << entry.second;
    return tags;
}

std::optional<qint64> TagRepository::find(const QString &name, QString *error) const
{
    const QString normalized = TagName::normalized(name);
    if (normalized.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(
            query,
            QStringLiteral(
                "SELECT id FROM tags WHERE name_key = ? OR (name_key IS NULL AND name = ?)"),
            m_db, error))
        return std::nullopt;
    query.addBindValue(TagName::key(normalized));
    query.addBindValue(normalized);
    if (!CheckedQuery::exec(query, m_db, error) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace gloss
