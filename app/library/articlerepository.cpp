#include "articlerepository.h"

#include "article/htmltext.h"
#include "categoryrepository.h"
#include "checkedquery.h"
#include "database.h"
#include "sqlvalues.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gloss {

namespace {

QDateTime fromSeconds(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

std::optional<QStringList> ArticleRepository::categoryPath(qint64 categoryId, QString *error) const
{
    auto it = m_categoryPaths.constFind(categoryId);
    if (it == m_categoryPaths.cend()) {
        QString failure;
        QStringList path = CategoryRepository(m_db).path(categoryId, &failure);
        if (!failure.isEmpty()) {
            CheckedQuery::fail(failure, error);
            return std::nullopt;
        }
        it = m_categoryPaths.insert(categoryId, path);
    }
    return *it;
}

std::optional<ArticleRecord> ArticleRepository::find(qint64 id, Detail detail, QString *error) const
{
    const bool full = detail == Detail::Full;
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(
            query,
            QStringLiteral("SELECT source_path, source_root, title, author, published_at, date_raw,"
                           " modified_at, modified_raw, header_image, body_format, %1, excerpt,"
                           " note, imported_at, updated_at, read_at, read_position, indexed,"
                           " note_updated_at, missing_since, content_hash FROM articles"
                           " WHERE id = ?")
                .arg(full ? QStringLiteral(
                         "(SELECT html FROM article_html WHERE article_id = articles.id),"
                         " text")
                          : QStringLiteral("'', ''")),
            m_db, error))
        return std::nullopt;
    query.addBindValue(id);
    if (!CheckedQuery::exec(query, m_db, error) || !query.next())
        return std::nullopt;

    ArticleRecord r;
    r.id = id;
    r.sourcePath = query.value(0).toString();
    r.sourceRoot = query.value(1).toString();
    Article &a = r.article;
    a.title = query.value(2).toString();
    a.author = query.value(3).toString();
    a.published = fromSeconds(query.value(4));
    a.dateRaw = query.value(5).toString();
    a.modified = fromSeconds(query.value(6));
    a.modifiedRaw = query.value(7).toString();
    a.headerImage = query.value(8).toString();
    a.bodyFormat
        = query.value(9).toString() == u"markdown" ? BodyFormat::Markdown : BodyFormat::Html;
    a.html = query.value(10).toString();
    a.text = query.value(11).toString();
    a.excerpt = query.value(12).toString();
    r.note = query.value(13).toString();
    r.importedAt = fromSeconds(query.value(14));
    r.updatedAt = fromSeconds(query.value(15));
    r.readAt = fromSeconds(query.value(16));
    r.readPosition = query.value(17).toDouble();
    r.indexed = query.value(18).toBool();
    r.noteUpdatedAt = fromSeconds(query.value(19));
    r.missingSince = fromSeconds(query.value(20));
    r.contentHash = query.value(21).toByteArray();
    // The indexing pass writes the text after an import; until then it is made here.
    if (full && !r.indexed)
        a.text = HtmlText::extract(a.html, &a.excerpt);

    if (!CheckedQuery::prepare(
            query,
            QStringLiteral("SELECT category_id FROM article_categories WHERE article_id = ?"), m_db,
            error))
        return std::nullopt;
    query.addBindValue(id);
    if (!CheckedQuery::exec(query, m_db, error))
        return std::nullopt;
    while (query.next()) {
        const std::optional<QStringList> path = categoryPath(query.value(0).toLongLong(), error);
        if (!path)
            return std::nullopt;
        a.categoryPaths << *path;
    }
    std::sort(a.categoryPaths.begin(), a.categoryPaths.end());

    if (!CheckedQuery::prepare(
            query,
            QStringLiteral("SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
                           " WHERE at.article_id = ? ORDER BY t.name"),
            m_db, error))
        return std::nullopt;
    query.addBindValue(id);
    if (!CheckedQuery::exec(query, m_db, error))
        return std::nullopt;
    while (query.next())
        a.tags << query.value(0).toString();
    return r;
}

QString ArticleRepository::filter(const Query &q)
{
    QStringList where;
    if (q.categoryId)
        where << QStringLiteral("id IN ") + CategoryRepository::articlesUnder();
    // One index range per tag (article_tags_tag), intersected.
    QStringList tagged;
    for (qsizetype i = 0; i < q.tagIds.size(); ++i)
        tagged
            << QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = :tag%1").arg(i);
    if (!tagged.isEmpty())
        where << QStringLiteral("id IN (%1)").arg(tagged.join(QStringLiteral(" INTERSECT ")));
    if (q.missingOnly)
        where << QStringLiteral("missing_since IS NOT NULL");
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void ArticleRepository::bindFilter(QSqlQuery &sql, const Query &q)
{
    if (q.categoryId)
        sql.bindValue(QStringLiteral(":category"), *q.categoryId);
    for (qsizetype i = 0; i < q.tagIds.size(); ++i)
        sql.bindValue(QStringLiteral(":tag%1").arg(i), q.tagIds.at(i));
}

QList<ArticleSummary> ArticleRepository::list(const Query &q, QString *error) const
{
    QString sql
        = QStringLiteral("SELECT id, title, author, published_at, date_raw, read_at IS NOT NULL,"
                         " missing_since IS NOT NULL FROM articles")
        + filter(q);
    switch (q.sort) {
    case Sort::NewestFirst:
        sql += QStringLiteral(" ORDER BY published_at DESC, id DESC");
        break;
    case Sort::OldestFirst:
        sql += QStringLiteral(" ORDER BY published_at IS NULL, published_at, id");
        break;
    case Sort::Title:
        sql += QStringLiteral(" ORDER BY title COLLATE NOCASE, id");
        break;
    case Sort::Author:
        sql += QStringLiteral(" ORDER BY author COLLATE NOCASE, published_at DESC, id");
        break;
    }
    sql += QStringLiteral(" LIMIT :limit OFFSET :offset");

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QList<ArticleSummary> rows;
    if (!CheckedQuery::prepare(query, sql, m_db, error))
        return rows;
    bindFilter(query, q);
    query.bindValue(QStringLiteral(":limit"), q.limit);
    query.bindValue(QStringLiteral(":offset"), q.offset);
    if (!CheckedQuery::exec(query, m_db, error))
        return rows;

    while (query.next()) {
        ArticleSummary s;
        s.id = query.value(0).toLongLong();
        s.title = query.value(1).toString();
        s.author = query.value(2).toString();
        s.published = fromSeconds(query.value(3));
        s.dateRaw = query.value(4).toString();
        s.read = query.value(5).toBool();
        s.missing = query.value(6).toBool();
        rows << s;
    }
    return rows;
}

int ArticleRepository::count(std::optional<qint64> categoryId, QString *error) const
{
    Query query;
    query.categoryId = categoryId;
    return count(query, error);
}

int ArticleRepository::count(const Query &q, QString *error) const
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(query, QStringLiteral("SELECT count(*) FROM articles") + filter(q),
                               m_db, error))
        return 0;
    bindFilter(query, q);
    if (!CheckedQuery::exec(query, m_db, error) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QStringList ArticleRepository::sourceRoots(QString *error) const
{
    QStringList roots;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!CheckedQuery::exec(
            query, QStringLiteral("SELECT DISTINCT source_root FROM articles ORDER BY source_root"),
            m_db, error))
        return roots;
    while (query.next())
        roots << query.value(0).toString();
    return roots;
}

int ArticleRepository::missingCount(QString *error) const
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::exec(
            query, QStringLiteral("SELECT count(*) FROM articles WHERE missing_since IS NOT NULL"),
            m_db, error)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString ArticleRepository::title(qint64 id, QString *error) const
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(query, QStringLiteral("SELECT title FROM articles WHERE id = ?"),
                               m_db, error))
        return {};
    query.addBindValue(id);
    return CheckedQuery::exec(query, m_db, error) && query.next() ? query.value(0).toString()
                                                                  : QString();
}

std::optional<QString> ArticleRepository::note(qint64 id, QString *error) const
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(query, QStringLiteral("SELECT note FROM articles WHERE id = ?"),
                               m_db, error))
        return std::nullopt;
    query.addBindValue(id);
    if (!CheckedQuery::exec(query, m_db, error) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QList<qint64> ArticleRepository::annotated(std::optional<qint64> categoryId, QString *error) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT id FROM articles WHERE (note != '' OR id IN (SELECT article_id FROM highlights))");
    if (categoryId)
        sql += QStringLiteral(" AND id IN ") + CategoryRepository::articlesUnder();
    QList<qint64> ids;
    if (!CheckedQuery::prepare(query, sql + QStringLiteral(" ORDER BY id"), m_db, error))
        return ids;
    if (categoryId)
        query.bindValue(QStringLiteral(":category"), *categoryId);
    if (!CheckedQuery::exec(query, m_db, error))
        return ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

bool ArticleRepository::markRead(qint64 id, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(
            query,
            QStringLiteral("UPDATE articles SET read_at = ? WHERE id = ? AND read_at IS NULL"),
            m_db, error))
        return false;
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(id);
    return CheckedQuery::exec(query, m_db, error);
}

bool ArticleRepository::setNote(qint64 id, const QString &note, QString *error)
{
    return setNote(id, note, QDateTime::currentDateTimeUtc(), error);
}

bool ArticleRepository::setNote(qint64 id, const QString &note, const QDateTime &changedAt,
                                QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(
            query, QStringLiteral("UPDATE articles SET note = ?, note_updated_at = ? WHERE id = ?"),
            m_db, error))
        return false;
    query.addBindValue(note.isNull() ? QStringLiteral("") : note);
    query.addBindValue(sqlSeconds(changedAt));
    query.addBindValue(id);
    return CheckedQuery::exec(query, m_db, error);
}

QString ArticleRepository::text(qint64 id, QString *error) const
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(
            query, QStringLiteral("SELECT text FROM articles WHERE id = ? AND indexed = 1"), m_db,
            error))
        return QString();
    query.addBindValue(id);
    if (!CheckedQuery::exec(query, m_db, error))
        return QString();
    if (query.next())
        return query.value(0).toString();
    // Not indexed yet: the text is made from the HTML, as find() does.
    const std::optional<ArticleRecord> record = find(id, Detail::Full, error);
    return record ? record->article.text : QString();
}

QList<ArticleSource> ArticleRepository::sources(QString *error) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QList<ArticleSource> rows;
    if (!CheckedQuery::exec(query,
                            QStringLiteral("SELECT id, source_path, source_root, title,"
                                           " published_at, date_raw, note, note_updated_at"
                                           " FROM articles ORDER BY id"),
                            m_db, error))
        return rows;
    while (query.next()) {
        ArticleSource a;
        a.id = query.value(0).toLongLong();
        a.sourcePath = query.value(1).toString();
        a.relativePath = QDir(query.value(2).toString()).relativeFilePath(a.sourcePath);
        a.title = query.value(3).toString();
        a.published = fromSeconds(query.value(4));
        a.dateRaw = query.value(5).toString();
        a.note = query.value(6).toString();
        a.noteUpdatedAt = fromSeconds(query.value(7));
        rows << a;
    }
    return rows;
}

bool ArticleRepository::setReadPosition(qint64 id, double position, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(query,
                               QStringLiteral("UPDATE articles SET read_position = ? WHERE id = ?"),
                               m_db, error))
        return false;
    query.addBindValue(qBound(0.0, position, 1.0));
    query.addBindValue(id);
    return CheckedQuery::exec(query, m_db, error);
}

} // namespace gloss
