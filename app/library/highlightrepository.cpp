#include "highlightrepository.h"

#include "categoryrepository.h"
#include "checkedquery.h"
#include "database.h"
#include "savepoint.h"
#include "sqlitestatement.h"
#include "sqlvalues.h"
#include "tagname.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QUuid>
#include <QVarLengthArray>

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace gloss {

namespace {

// A highlight's tags come as the ids of its highlight_tags rows (a covering index range) and are
// named by TagNames: joining tags for every row made the subquery cost more than the rest of
// the row.
const QString columns = QStringLiteral(
    "h.id, h.article_id, h.color, h.exact, h.prefix, h.suffix, h.start_offset, h.end_offset,"
    " h.note, h.created_at, h.updated_at, h.anchor_state, h.uuid,"
    " (SELECT group_concat(tag_id) FROM highlight_tags WHERE highlight_id = h.id)");

// The names of tags by id, each read once: the highlights of a list share few tags.
class TagNames
{
public:
    explicit TagNames(const Database &db)
        : m_db(db)
        , m_find(db.connection())
    { }

    // The tags of a list of ids ("3,17"), in one order everywhere: by their keys, so case does
    // not split them. False with *error set when a name cannot be read.
    bool names(QByteArrayView ids, QStringList *tags, QString *error)
    {
        QVarLengthArray<const Tag *, 8> found;
        while (!ids.isEmpty()) {
            const qsizetype comma = ids.indexOf(',');
            const QByteArrayView id = comma < 0 ? ids : ids.first(comma);
            ids = comma < 0 ? QByteArrayView() : ids.sliced(comma + 1);
            const Tag *tag = this->tag(id.toLongLong(), error);
            if (!tag)
                return false;
            if (!tag->name.isEmpty())
                found.append(tag);
        }
        std::sort(found.begin(), found.end(), [](const Tag *a, const Tag *b) {
            return std::tie(a->key, a->name) < std::tie(b->key, b->name);
        });
        tags->reserve(found.size());
        for (const Tag *tag : found)
            tags->append(tag->name);
        return true;
    }

private:
    struct Tag
    {
        QString name; // empty: no such tag
        QString key;
    };

    const Tag *tag(qint64 id, QString *error)
    {
        if (const auto it = m_tags.find(id); it != m_tags.end())
            return &it->second;
        if (!m_prepared) {
            m_prepared = CheckedQuery::prepare(
                m_find, QStringLiteral("SELECT name, name_key FROM tags WHERE id = ?"), m_db,
                error);
            if (!m_prepared)
                return nullptr;
        }
        m_find.addBindValue(id);
        if (!CheckedQuery::exec(m_find, m_db, error))
            return nullptr;
        Tag tag;
        if (m_find.next()) {
            tag.name = m_find.value(0).toString();
            // A tag written by another program may have no key.
            tag.key = m_find.isNull(1) ? TagName::key(tag.name) : m_find.value(1).toString();
        }
        m_find.finish();
        return &m_tags.emplace(id, std::move(tag)).first->second;
    }

    const Database &m_db;
    QSqlQuery m_find;
    bool m_prepared = false;
    std::unordered_map<qint64, Tag> m_tags; // its elements stay where they are
};

// One of the five colours shares the text of Highlight::colors() (no string made per highlight).
QString colorNamed(QByteArrayView name)
{
    static const QStringList colors = Highlight::colors();
    for (const QString &color : colors) {
        if (QLatin1String(name) == color)
            return color;
    }
    return QString::fromUtf8(name);
}

// The highlight of the row (of columns) with its tags; nothing with *error set when its tags
// cannot be read.
std::optional<Highlight> fromRow(const SqliteStatement &row, TagNames &tags, QString *error)
{
    Highlight h;
    h.id = row.integer(0);
    h.articleId = row.integer(1);
    h.color = colorNamed(row.utf8(2));
    h.selector.exact = row.text(3);
    h.selector.prefix = row.text(4);
    h.selector.suffix = row.text(5);
    h.selector.start = int(row.integer(6));
    h.selector.end = int(row.integer(7));
    h.note = row.text(8);
    h.createdAt = QDateTime::fromSecsSinceEpoch(row.integer(9), Qt::UTC);
    h.updatedAt = QDateTime::fromSecsSinceEpoch(row.integer(10), Qt::UTC);
    h.state = anchorStateFromName(QLatin1String(row.utf8(11)));
    h.uuid = row.text(12);
    if (!row.isNull(13) && !tags.names(row.utf8(13), &h.tags, error))
        return std::nullopt;
    return h;
}

QString selectWhere(const QString &condition)
{
    return QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM highlights h WHERE ")
        + condition;
}

// The highlight of the statement's first row, if it has one.
std::optional<Highlight> firstRow(const Database &db, SqliteStatement &statement, QString *error)
{
    QString failure;
    if (!statement.next(&failure)) {
        if (!failure.isEmpty())
            CheckedQuery::fail(failure, error);
        return std::nullopt;
    }
    TagNames tags(db);
    return fromRow(statement, tags, error);
}

// Articles in id order, each one's highlights in document order, orphans (which have no place
// in it) last.
void sortInDocumentOrder(QList<Highlight> &highlights)
{
    struct Key
    {
        qint64 articleId;
        bool orphaned;
        int start;
        qint64 id;
        qsizetype row;
        bool operator<(const Key &o) const
        {
            return std::tie(articleId, orphaned, start, id)
                < std::tie(o.articleId, o.orphaned, o.start, o.id);
        }
    };
    // The keys are sorted rather than the highlights, which are then put in place along the
    // cycles of the permutation: each moved once, with no second list of them.
    std::vector<Key> keys;
    keys.reserve(size_t(highlights.size()));
    for (qsizetype i = 0; i < highlights.size(); ++i) {
        const Highlight &h = highlights.at(i);
        keys.push_back(
            { h.articleId, h.state == AnchorState::Orphaned, h.selector.start, h.id, i });
    }
    if (std::is_sorted(keys.begin(), keys.end()))
        return;
    std::sort(keys.begin(), keys.end());
    for (qsizetype start = 0; start < highlights.size(); ++start) {
        if (keys[size_t(start)].row == start)
            continue;
        Highlight first = std::move(highlights[start]);
        qsizetype to = start;
        for (qsizetype from = keys[size_t(to)].row; from != start; from = keys[size_t(to)].row) {
            highlights[to] = std::move(highlights[from]);
            keys[size_t(to)].row = to; // in place now
            to = from;
        }
        highlights[to] = std::move(first);
        keys[size_t(to)].row = to;
    }
}

bool isColor(const QString &color, QString *error)
{
    if (Highlight::colors().contains(color))
        return true;
    *error
        = QCoreApplication::translate("gloss::HighlightRepository", "unknown colour '%1' (use %2)")
              .arg(color, Highlight::colors().join(QStringLiteral(", ")));
    return false;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The tags to store: checked, normalized, one of each key.
bool checkedTags(const QStringList &names, QStringList *tags, QString *error)
{
    QStringList keys;
    for (const QString &name : names) {
        const QString tag = TagName::checked(name, error);
        if (tag.isEmpty())
            return false;
        const QString key = TagName::key(tag);
        if (!keys.contains(key)) {
            keys << key;
            *tags << tag;
        }
    }
    return true;
}

const QString insertRow = QStringLiteral(
    "INSERT INTO highlights (id, article_id, color, exact, prefix, suffix, start_offset,"
    " end_offset, note, created_at, updated_at, anchor_state, uuid)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// The columns a highlight's row shares between insert and update, article_id to anchor_state.
void bindColumns(QSqlQuery &q, const Highlight &h)
{
    q.addBindValue(h.articleId);
    q.addBindValue(h.color);
    q.addBindValue(sqlText(h.selector.exact));
    q.addBindValue(sqlText(h.selector.prefix));
    q.addBindValue(sqlText(h.selector.suffix));
    q.addBindValue(h.selector.start);
    q.addBindValue(h.selector.end);
    q.addBindValue(sqlText(h.note));
    q.addBindValue(h.createdAt.toSecsSinceEpoch());
    q.addBindValue(h.updatedAt.toSecsSinceEpoch());
    q.addBindValue(anchorStateName(h.state));
}

void bindRow(QSqlQuery &q, const Highlight &h)
{
    // A NULL id lets SQLite choose a new one.
    q.addBindValue(h.id != 0 ? QVariant(h.id) : QVariant(QMetaType::fromType<qint64>()));
    bindColumns(q, h);
    const QUuid uuid = QUuid::fromString(h.uuid);
    q.addBindValue(uuid.isNull() ? newUuid() : uuid.toString(QUuid::WithoutBraces));
}

// Links highlights to tags, adding the tags the library does not have yet; its statements
// are prepared once for many highlights.
class TagLinker
{
public:
    explicit TagLinker(const Database &db)
        : m_db(db)
        , m_find(db.connection())
        , m_add(db.connection())
        , m_link(db.connection())
    {
        // The first statement that cannot be prepared is the reason every use fails.
        CheckedQuery::prepare(
            m_find,
            QStringLiteral(
                "SELECT id FROM tags WHERE name_key = ? OR (name_key IS NULL AND name = ?)"),
            m_db, &m_prepareError)
            && CheckedQuery::prepare(
                m_add, QStringLiteral("INSERT INTO tags (name, name_key) VALUES (?, ?)"), m_db,
                &m_prepareError)
            && CheckedQuery::prepare(
                m_link,
                QStringLiteral(
                    "INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)"),
                m_db, &m_prepareError);
    }

    // The tag's id; a tag the library does not have yet is added. 0 with *error set on failure.
    qint64 id(const QString &tag, QString *error)
    {
        if (!m_prepareError.isEmpty()) {
            CheckedQuery::fail(m_prepareError, error);
            return 0;
        }
        const QString key = TagName::key(tag);
        if (const qint64 known = m_ids.value(key))
            return known;
        m_find.addBindValue(key);
        m_find.addBindValue(tag);
        if (!CheckedQuery::exec(m_find, m_db, error))
            return 0;
        qint64 tagId = m_find.next() ? m_find.value(0).toLongLong() : 0;
        m_find.finish();
        if (tagId == 0) {
            m_add.addBindValue(tag);
            m_add.addBindValue(key);
            if (!CheckedQuery::exec(m_add, m_db, error))
                return 0;
            tagId = m_add.lastInsertId().toLongLong();
        }
        m_ids.insert(key, tagId);
        return tagId;
    }

    bool link(qint64 highlightId, const QStringList &tags, QString *error)
    {
        for (const QString &tag : tags) {
            const qint64 tagId = id(tag, error);
            if (tagId == 0)
                return false;
            m_link.addBindValue(highlightId);
            m_link.addBindValue(tagId);
            if (!CheckedQuery::exec(m_link, m_db, error))
                return false;
        }
        return true;
    }

private:
    const Database &m_db;
    QSqlQuery m_find;
    QSqlQuery m_add;
    QSqlQuery m_link;
    QHash<QString, qint64> m_ids; // by key
    QString m_prepareError;
};

} // namespace

qint64 HighlightRepository::insert(const Highlight &h, QString *error)
{
    QStringList tags;
    if (!checkedTags(h.tags, &tags, error))
        return 0;
    Savepoint savepoint(m_db);
    if (!savepoint.isActive())
        return CheckedQuery::fail(savepoint.error(), error);
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(q, insertRow, m_db, error))
        return 0;
    bindRow(q, h);
    if (!CheckedQuery::exec(q, m_db, error))
        return 0;
    const qint64 id = h.id != 0 ? h.id : q.lastInsertId().toLongLong();
    if (!link(id, tags, error))
        return 0;
    if (!savepoint.release())
        return CheckedQuery::fail(savepoint.error(), error);
    return id;
}

qint64 HighlightRepository::add(const Highlight &h, QString *error)
{
    if (!isColor(h.color, error))
        return 0;
    Highlight row = h;
    row.id = 0;
    row.uuid = newUuid();
    row.tags << TagName::inNote(h.note); // as setNote does
    row.updatedAt = QDateTime::currentDateTimeUtc();
    if (!row.createdAt.isValid())
        row.createdAt = row.updatedAt;
    return insert(row, error);
}

bool HighlightRepository::setColor(qint64 id, const QString &color, QString *error)
{
    if (!isColor(color, error))
        return false;
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(
            q, QStringLiteral("UPDATE highlights SET color = ?, updated_at = ? WHERE id = ?"), m_db,
            error))
        return false;
    q.addBindValue(color);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    return CheckedQuery::exec(q, m_db, error);
}

namespace {

// The #word of `before` that typing made into `note`'s (see setNote), or nothing.
QString wordBeingTyped(const QString &before, const QString &note)
{
    if (before.isEmpty())
        return {};
    QStringList dropped = TagName::inNote(before);
    QStringList added = TagName::inNote(note);
    const auto removeShared = [](QStringList &from, const QStringList &other) {
        from.erase(std::remove_if(from.begin(), from.end(),
                                  [&](const QString &tag) {
                                      return std::any_of(
                                          other.begin(), other.end(), [&](const QString &o) {
                                              return TagName::key(o) == TagName::key(tag);
                                          });
                                  }),
                   from.end());
    };
    const QStringList old = dropped;
    removeShared(dropped, added);
    removeShared(added, old);
    if (dropped.size() != 1 || added.size() > 1)
        return {};
    if (added.isEmpty() && note.size() != before.size() - 1)
        return {};
    return dropped.constFirst();
}

} // namespace

bool HighlightRepository::setNote(qint64 id, const QString &note, QString *error,
                                  const QString &before)
{
    Savepoint savepoint(m_db);
    if (!savepoint.isActive())
        return CheckedQuery::fail(savepoint.error(), error);
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(
            q, QStringLiteral("UPDATE highlights SET note = ?, updated_at = ? WHERE id = ?"), m_db,
            error))
        return false;
    q.addBindValue(sqlText(note));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    if (!CheckedQuery::exec(q, m_db, error))
        return false;
    if (q.numRowsAffected() > 0 && !link(id, TagName::inNote(note), error))
        return false;
    if (const QString typed = wordBeingTyped(before, note); !typed.isEmpty()) {
        QSqlQuery unlink(m_db.connection());
        if (!CheckedQuery::prepare(
                unlink,
                QStringLiteral("DELETE FROM highlight_tags WHERE highlight_id = ? AND tag_id IN"
                               " (SELECT id FROM tags WHERE name_key = ?)"),
                m_db, error))
            return false;
        unlink.addBindValue(id);
        unlink.addBindValue(TagName::key(typed));
        if (!CheckedQuery::exec(unlink, m_db, error))
            return false;
    }
    if (!savepoint.release())
        return CheckedQuery::fail(savepoint.error(), error);
    return true;
}

bool HighlightRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(q, QStringLiteral("DELETE FROM highlights WHERE id = ?"), m_db,
                               error))
        return false;
    q.addBindValue(id);
    return CheckedQuery::exec(q, m_db, error);
}

bool HighlightRepository::restore(const Highlight &h, QString *error)
{
    return h.id != 0 && insert(h, error) != 0;
}

bool HighlightRepository::link(qint64 id, const QStringList &tags, QString *error)
{
    return tags.isEmpty() || TagLinker(m_db).link(id, tags, error);
}

bool HighlightRepository::touch(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(
            q, QStringLiteral("UPDATE highlights SET updated_at = ? WHERE id = ?"), m_db, error))
        return false;
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    return CheckedQuery::exec(q, m_db, error);
}

bool HighlightRepository::setTags(qint64 id, const QStringList &names, QString *error)
{
    QStringList tags;
    if (!checkedTags(names, &tags, error))
        return false;
    Savepoint savepoint(m_db);
    if (!savepoint.isActive())
        return CheckedQuery::fail(savepoint.error(), error);
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(
            q, QStringLiteral("DELETE FROM highlight_tags WHERE highlight_id = ?"), m_db, error))
        return false;
    q.addBindValue(id);
    if (!CheckedQuery::exec(q, m_db, error) || !link(id, tags, error) || !touch(id, error))
        return false;
    if (!savepoint.release())
        return CheckedQuery::fail(savepoint.error(), error);
    return true;
}

bool HighlightRepository::addTag(qint64 id, const QString &name, QString *error)
{
    const QString tag = TagName::checked(name, error);
    if (tag.isEmpty())
        return false;
    Savepoint savepoint(m_db);
    if (!savepoint.isActive())
        return CheckedQuery::fail(savepoint.error(), error);
    if (!link(id, { tag }, error) || !touch(id, error))
        return false;
    if (!savepoint.release())
        return CheckedQuery::fail(savepoint.error(), error);
    return true;
}

bool HighlightRepository::removeTag(qint64 id, const QString &name, QString *error)
{
    Savepoint savepoint(m_db);
    if (!savepoint.isActive())
        return CheckedQuery::fail(savepoint.error(), error);
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(
            q,
            QStringLiteral(
                "DELETE FROM highlight_tags WHERE highlight_id = ? AND tag_id IN"
                " (SELECT id FROM tags WHERE name_key = ? OR (name_key IS NULL AND name = ?))"),
            m_db, error))
        return false;
    q.addBindValue(id);
    q.addBindValue(TagName::key(name));
    q.addBindValue(TagName::normalized(name));
    if (!CheckedQuery::exec(q, m_db, error) || !touch(id, error))
        return false;
    if (!savepoint.release())
        return CheckedQuery::fail(savepoint.error(), error);
    return true;
}

QList<HighlightRepository::TagCount> HighlightRepository::allTags(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<TagCount> tags;
    if (!CheckedQuery::exec(q,
                            QStringLiteral("SELECT t.name, count(*) AS n FROM highlight_tags ht"
                                           " JOIN tags t ON t.id = ht.tag_id GROUP BY t.id"),
                            m_db, error))
        return tags;
    while (q.next())
        tags << TagCount { q.value(0).toString(), q.value(1).toInt() };
    std::sort(tags.begin(), tags.end(), [](const TagCount &a, const TagCount &b) {
        if (a.highlights != b.highlights)
            return a.highlights > b.highlights;
        return TagName::key(a.name) < TagName::key(b.name);
    });
    return tags;
}

QStringList HighlightRepository::tagNames(QString *error) const
{
    // One index lookup per tag (highlight_tags_tag, article_tags_tag) rather than a scan of the
    // links: a library has far fewer tags than tagged articles.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QStringList names;
    if (!CheckedQuery::exec(
            q,
            QStringLiteral(
                "SELECT name, name_key, (SELECT count(*) FROM highlight_tags WHERE tag_id = t.id)"
                " AS n FROM tags t WHERE n > 0"
                " OR EXISTS (SELECT 1 FROM article_tags WHERE tag_id = t.id)"),
            m_db, error))
        return names;
    struct Row
    {
        QString name;
        QString key;
        int highlights;
    };
    std::vector<Row> rows;
    while (q.next()) {
        const QString name = q.value(0).toString();
        rows.push_back(
            { name, q.isNull(1) ? TagName::key(name) : q.value(1).toString(), q.value(2).toInt() });
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(b.highlights, a.key, a.name) < std::tie(a.highlights, b.key, b.name);
    });
    names.reserve(qsizetype(rows.size()));
    for (const Row &row : rows)
        names << row.name;
    return names;
}

bool HighlightRepository::addAsIs(const QList<Highlight> &highlights, QString *error)
{
    QList<QStringList> tags;
    for (const Highlight &h : highlights) {
        tags.append(QStringList());
        if (!isColor(h.color, error) || !checkedTags(h.tags, &tags.last(), error))
            return false;
    }
    if (highlights.isEmpty())
        return true;
    Savepoint savepoint(m_db);
    if (!savepoint.isActive())
        return CheckedQuery::fail(savepoint.error(), error);
    // The rows go into the table in one statement from a staging table: each statement that
    // writes the search index makes FTS5 flush its pending terms (at the statement's
    // savepoint), so one INSERT per highlight would cost a flush per highlight.
    QSqlQuery q(m_db.connection());
    const auto run
        = [&](const QString &statement) { return CheckedQuery::exec(q, statement, m_db, error); };
    if (!run(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS highlights_in (id, article_id, color, exact, prefix,"
            " suffix, start_offset, end_offset, note, created_at, updated_at, anchor_state, uuid)"))
        || !run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS highlight_tags_in (uuid, tag_id)"))
        || !run(QStringLiteral("DELETE FROM temp.highlights_in"))
        || !run(QStringLiteral("DELETE FROM temp.highlight_tags_in")))
        return false;
    QSqlQuery stage(m_db.connection());
    QSqlQuery stageTag(m_db.connection());
    if (!CheckedQuery::prepare(
            stage,
            QString(insertRow).replace(QStringLiteral("INSERT INTO highlights "),
                                       QStringLiteral("INSERT INTO temp.highlights_in ")),
            m_db, error)
        || !CheckedQuery::prepare(
            stageTag, QStringLiteral("INSERT INTO temp.highlight_tags_in VALUES (?, ?)"), m_db,
            error))
        return false;
    TagLinker tagIds(m_db);
    for (qsizetype i = 0; i < highlights.size(); ++i) {
        Highlight row = highlights.at(i);
        row.id = 0;
        const QUuid uuid = QUuid::fromString(row.uuid);
        row.uuid = uuid.isNull() ? newUuid() : uuid.toString(QUuid::WithoutBraces);
        bindRow(stage, row);
        if (!CheckedQuery::exec(stage, m_db, error))
            return false;
        for (const QString &tag : tags.at(i)) {
            const qint64 tagId = tagIds.id(tag, error);
            stageTag.addBindValue(row.uuid);
            stageTag.addBindValue(tagId);
            if (tagId == 0 || !CheckedQuery::exec(stageTag, m_db, error))
                return false;
        }
    }
    if (!run(QStringLiteral(
            "INSERT INTO highlights (article_id, color, exact, prefix, suffix, start_offset,"
            " end_offset, note, created_at, updated_at, anchor_state, uuid)"
            " SELECT article_id, color, exact, prefix, suffix, start_offset, end_offset, note,"
            " created_at, updated_at, anchor_state, uuid FROM temp.highlights_in ORDER BY rowid"))
        || !run(QStringLiteral(
            "INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) SELECT h.id, i.tag_id"
            " FROM temp.highlight_tags_in i JOIN highlights h ON h.uuid = i.uuid"))
        || !run(QStringLiteral("DELETE FROM temp.highlights_in"))
        || !run(QStringLiteral("DELETE FROM temp.highlight_tags_in")))
        return false;
    if (!savepoint.release())
        return CheckedQuery::fail(savepoint.error(), error);
    return true;
}

QHash<QString, QDateTime> HighlightRepository::uuids(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QHash<QString, QDateTime> versions;
    if (!CheckedQuery::exec(q, QStringLiteral("SELECT uuid, updated_at FROM highlights"), m_db,
                            error))
        return versions;
    while (q.next())
        versions.insert(q.value(0).toString(),
                        QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
    return versions;
}

bool HighlightRepository::replace(const Highlight &h, QString *error)
{
    if (!isColor(h.color, error))
        return false;
    QStringList tags;
    if (!checkedTags(h.tags, &tags, error))
        return false;
    Savepoint savepoint(m_db);
    if (!savepoint.isActive())
        return CheckedQuery::fail(savepoint.error(), error);
    QSqlQuery q(m_db.connection());
    QSqlQuery unlink(m_db.connection());
    if (!CheckedQuery::prepare(
            q,
            QStringLiteral(
                "UPDATE highlights SET article_id = ?, color = ?, exact = ?, prefix = ?,"
                " suffix = ?, start_offset = ?, end_offset = ?, note = ?, created_at = ?,"
                " updated_at = ?, anchor_state = ? WHERE id = ?"),
            m_db, error)
        || !CheckedQuery::prepare(
            unlink, QStringLiteral("DELETE FROM highlight_tags WHERE highlight_id = ?"), m_db,
            error))
        return false;
    bindColumns(q, h);
    q.addBindValue(h.id);
    unlink.addBindValue(h.id);
    if (!CheckedQuery::exec(q, m_db, error) || !CheckedQuery::exec(unlink, m_db, error)
        || !link(h.id, tags, error))
        return false;
    if (!savepoint.release())
        return CheckedQuery::fail(savepoint.error(), error);
    return true;
}

std::optional<Highlight> HighlightRepository::findByUuid(const QString &uuid, QString *error) const
{
    SqliteStatement statement(m_db, selectWhere(QStringLiteral("h.uuid = :uuid")), error);
    statement.bind(":uuid", uuid.toLower());
    return firstRow(m_db, statement, error);
}

std::optional<Highlight> HighlightRepository::find(qint64 id, QString *error) const
{
    SqliteStatement statement(m_db, selectWhere(QStringLiteral("h.id = :id")), error);
    statement.bind(":id", id);
    return firstRow(m_db, statement, error);
}

QList<Highlight> HighlightRepository::list(const Filter &filter, QString *error) const
{
    QStringList where;
    if (filter.articleId)
        where << QStringLiteral("h.article_id = :article");
    if (filter.categoryId)
        where << QStringLiteral("h.article_id IN ") + CategoryRepository::articlesUnder();
    if (!filter.color.isEmpty())
        where << QStringLiteral("h.color = :color");
    if (!filter.text.isEmpty())
        where << QStringLiteral("(instr(h.exact, :text) > 0 OR instr(h.note, :text) > 0)");
    QStringList tagKeys;
    for (const QString &tag : filter.tags) {
        if (const QString key = TagName::key(tag); !tagKeys.contains(key))
            tagKeys << key;
    }
    if (!tagKeys.isEmpty()) {
        // One index range per tag (highlight_tags_tag), intersected.
        QStringList parts;
        for (qsizetype i = 0; i < tagKeys.size(); ++i) {
            parts << QStringLiteral("SELECT highlight_id FROM highlight_tags WHERE tag_id ="
                                    " (SELECT id FROM tags WHERE name_key = :tag%1)")
                         .arg(i);
        }
        where << QStringLiteral("h.id IN (%1)").arg(parts.join(QStringLiteral(" INTERSECT ")));
    }
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM highlights h");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // Sorted here, not by SQLite: its sorter carried every column of every row (quotes,
    // contexts, notes) through a temporary B-tree, a third of the time of a list of thousands.

    QList<Highlight> highlights;
    SqliteStatement statement(m_db, sql, error);
    if (!statement.isValid())
        return highlights;
    if (filter.articleId)
        statement.bind(":article", *filter.articleId);
    if (filter.categoryId)
        statement.bind(":category", *filter.categoryId);
    if (!filter.color.isEmpty())
        statement.bind(":color", filter.color);
    if (!filter.text.isEmpty())
        statement.bind(":text", filter.text);
    for (qsizetype i = 0; i < tagKeys.size(); ++i)
        statement.bind(QByteArray(":tag" + QByteArray::number(i)).constData(), tagKeys.at(i));
    TagNames tags(m_db);
    QString failure;
    while (statement.next(&failure)) {
        std::optional<Highlight> h = fromRow(statement, tags, &failure);
        if (!h)
            break;
        highlights.append(std::move(*h));
    }
    // A read that failed half-way gives nothing, as one that failed at once.
    if (!failure.isEmpty()) {
        CheckedQuery::fail(failure, error);
        return {};
    }
    sortInDocumentOrder(highlights);
    return highlights;
}

bool HighlightRepository::reanchor(qint64 articleId, const QString &text, QString *error)
{
    Filter filter;
    filter.articleId = articleId;
    QString failure;
    const QList<Highlight> highlights = list(filter, &failure);
    if (!failure.isEmpty())
        return CheckedQuery::fail(failure, error);
    if (highlights.isEmpty())
        return true;
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(
            q,
            QStringLiteral("UPDATE highlights SET exact = ?, prefix = ?, suffix = ?,"
                           " start_offset = ?, end_offset = ?, anchor_state = ? WHERE id = ?"),
            m_db, error))
        return false;
    for (const Highlight &h : highlights) {
        const Anchor::Result found = Anchor::locate(text, h.selector);
        // An orphan keeps the words it had: they are all that is left of it.
        const TextSelector s = found.state == AnchorState::Orphaned
            ? h.selector
            : Anchor::select(text, found.start, found.end);
        q.addBindValue(sqlText(s.exact));
        q.addBindValue(sqlText(s.prefix));
        q.addBindValue(sqlText(s.suffix));
        q.addBindValue(s.start);
        q.addBindValue(s.end);
        q.addBindValue(anchorStateName(found.state));
        q.addBindValue(h.id);
        if (!CheckedQuery::exec(q, m_db, error))
            return false;
    }
    return true;
}

} // namespace gloss
