#include "articlewriter.h"

#include "library/blobwriter.h"
#include "library/checkedquery.h"
#include "library/database.h"
#include "library/smallcache.h"
#include "library/sqlvalues.h"
#include "library/tagname.h"
#include "search/searchindexer.h"

#include <QDateTime>
#include <QSqlError>

namespace gloss {

namespace {

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

ArticleWriter::ArticleWriter(const Database &db)
    : m_db(db)
    , m_insert(db.connection())
    , m_update(db.connection())
    , m_touch(db.connection())
    , m_setMissing(db.connection())
    , m_unlink(db.connection())
    , m_unlinkTags(db.connection())
    , m_link(db.connection())
    , m_linkTag(db.connection())
    , m_findCategory(db.connection())
    , m_addCategory(db.connection())
    , m_findTag(db.connection())
    , m_addTag(db.connection())
    // The HTML goes straight from the parser's buffer into SQLite, which keeps no copy of it.
    , m_storeHtml(db,
                  QStringLiteral("INSERT OR REPLACE INTO article_html (article_id, html)"
                                 " VALUES (:id, :html)"),
                  &m_prepareError)
    // A large body is written into a blob of its size, a piece at a time.
    , m_reserveHtml(db,
                    QStringLiteral("INSERT OR REPLACE INTO article_html (article_id, html)"
                                   " VALUES (:id, zeroblob(:size))"),
                    &m_prepareError)
{
    const QString fields = QStringLiteral(
        "source_path = :path, source_root = :root, file_size = :size, file_mtime = :mtime,"
        " content_hash = :hash, title = :title, author = :author, published_at = :published,"
        " date_raw = :date_raw, modified_at = :modified, modified_raw = :modified_raw,"
        " header_image = :image, body_format = :format, text = '', excerpt = '',"
        " updated_at = :now, indexed = 0");
    const QList<std::pair<QSqlQuery *, QString>> statements {
        { &m_insert,
          QStringLiteral(
              "INSERT INTO articles (source_path, source_root, file_size, file_mtime,"
              " content_hash, title, author, published_at, date_raw, modified_at, modified_raw,"
              " header_image, body_format, text, excerpt, imported_at, updated_at, indexed)"
              " VALUES (:path, :root, :size, :mtime, :hash, :title, :author, :published,"
              " :date_raw, :modified, :modified_raw, :image, :format, '', '', :now, :now, 0)") },
        { &m_update,
          QStringLiteral("UPDATE articles SET ") + fields + QStringLiteral(" WHERE id = :id") },
        { &m_touch,
          QStringLiteral("UPDATE articles SET file_size = ?, file_mtime = ? WHERE id = ?") },
        { &m_setMissing,
          QStringLiteral("UPDATE articles SET missing_since = CASE WHEN ? THEN"
                         " coalesce(missing_since, ?) END WHERE id = ?") },
        { &m_unlink, QStringLiteral("DELETE FROM article_categories WHERE article_id = ?") },
        { &m_unlinkTags, QStringLiteral("DELETE FROM article_tags WHERE article_id = ?") },
        { &m_link,
          QStringLiteral("INSERT OR IGNORE INTO article_categories (category_id, article_id)"
                         " VALUES (?, ?)") },
        { &m_linkTag,
          QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)") },
        { &m_findCategory,
          QStringLiteral("SELECT id FROM categories WHERE ifnull(parent_id, 0) = ifnull(?, 0)"
                         " AND name = ?") },
        { &m_addCategory,
          QStringLiteral("INSERT INTO categories (parent_id, name) VALUES (?, ?)") },
        // Tags are one whatever their case or Unicode form (TagName); highlights share them.
        { &m_findTag,
          QStringLiteral(
              "SELECT id FROM tags WHERE name_key = ? OR (name_key IS NULL AND name = ?)") },
        { &m_addTag, QStringLiteral("INSERT INTO tags (name_key, name) VALUES (?, ?)") },
    };
    // The first statement that cannot be prepared is the reason every write fails.
    for (const auto &[query, sql] : statements) {
        if (!m_prepareError.isEmpty())
            break;
        if (!CheckedQuery::prepare(*query, sql, db, &m_prepareError))
            break;
    }
}

QHash<QString, StoredFile> ArticleWriter::storedFiles(QString *error) const
{
    QHash<QString, StoredFile> files;
    if (!m_prepareError.isEmpty()) {
        CheckedQuery::fail(m_prepareError, error);
        return files;
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!CheckedQuery::exec(
            query,
            QStringLiteral("SELECT source_path, id, content_hash, file_size, file_mtime,"
                           " missing_since IS NOT NULL FROM articles"),
            m_db, error))
        return files;
    while (query.next()) {
        StoredFile &f = files[query.value(0).toString()];
        f.id = query.value(1).toLongLong();
        f.hash = query.value(2).toByteArray();
        f.size = query.value(3).toLongLong();
        f.mtime = query.value(4).toLongLong();
        f.missing = query.value(5).toBool();
    }
    return files;
}

bool ArticleWriter::bindAndExec(QSqlQuery &query, const SourceFile &file, const Article &a,
                                QString *error)
{
    query.bindValue(QStringLiteral(":path"), file.path);
    query.bindValue(QStringLiteral(":root"), file.root);
    query.bindValue(QStringLiteral(":size"), file.size);
    query.bindValue(QStringLiteral(":mtime"), file.mtime);
    query.bindValue(QStringLiteral(":hash"), file.hash);
    query.bindValue(QStringLiteral(":title"), sqlText(a.title));
    query.bindValue(QStringLiteral(":author"), sqlText(a.author));
    query.bindValue(QStringLiteral(":published"), sqlSeconds(a.published));
    query.bindValue(QStringLiteral(":date_raw"), sqlText(a.dateRaw));
    query.bindValue(QStringLiteral(":modified"), sqlSeconds(a.modified));
    query.bindValue(QStringLiteral(":modified_raw"), sqlText(a.modifiedRaw));
    query.bindValue(QStringLiteral(":image"), sqlText(a.headerImage));
    query.bindValue(QStringLiteral(":format"), bodyFormatName(a.bodyFormat));
    query.bindValue(QStringLiteral(":now"), QDateTime::currentSecsSinceEpoch());
    return run(query, error);
}

bool ArticleWriter::storeHtml(qint64 id, const HtmlBody &html, QString *error)
{
    const SmallCache cache(m_db.handle(), html.size());
    if (!html.isSpooled() && html.size() < SmallCache::threshold) {
        m_storeHtml.bind(":id", id);
        m_storeHtml.bindUtf8(":html", html.bytes());
        return m_storeHtml.exec(error);
    }
    // Large HTML is written a piece at a time into a blob of its size: bound whole, SQLite
    // would copy all of it into the row it builds. It is kept as a blob (SQLite fills only a
    // blob piece by piece); its readers take the bytes as UTF-8 text all the same.
    m_reserveHtml.bind(":id", id);
    m_reserveHtml.bind(":size", html.size());
    if (!m_reserveHtml.exec(error))
        return false;
    BlobWriter blob(m_db, "article_html", "html", id, error);
    return blob.isOpen()
        && html.read([&](QByteArrayView piece) { return blob.write(piece, error); }, error);
}

bool ArticleWriter::insert(const SourceFile &file, const Article &article, const HtmlBody &html,
                           QString *error)
{
    if (!m_prepareError.isEmpty())
        return CheckedQuery::fail(m_prepareError, error);
    if (!bindAndExec(m_insert, file, article, error))
        return false;
    const qint64 id = m_insert.lastInsertId().toLongLong();
    return storeHtml(id, html, error) && link(id, article, error);
}

bool ArticleWriter::update(qint64 id, const SourceFile &file, const Article &article,
                           const HtmlBody &html, QString *error)
{
    if (!m_prepareError.isEmpty())
        return CheckedQuery::fail(m_prepareError, error);
    // The index entry must go while the old text is still there to say what to remove.
    if (!SearchIndexer(m_db).forget(id, error))
        return false;
    m_update.bindValue(QStringLiteral(":id"), id);
    if (!bindAndExec(m_update, file, article, error) || !storeHtml(id, html, error))
        return false;
    m_unlink.addBindValue(id);
    m_unlinkTags.addBindValue(id);
    return run(m_unlink, error) && run(m_unlinkTags, error) && link(id, article, error);
}

bool ArticleWriter::touch(qint64 id, const SourceFile &file, QString *error)
{
    if (!m_prepareError.isEmpty())
        return CheckedQuery::fail(m_prepareError, error);
    m_touch.addBindValue(file.size);
    m_touch.addBindValue(file.mtime);
    m_touch.addBindValue(id);
    return run(m_touch, error);
}

bool ArticleWriter::setMissing(qint64 id, bool missing, QString *error)
{
    if (!m_prepareError.isEmpty())
        return CheckedQuery::fail(m_prepareError, error);
    m_setMissing.addBindValue(missing);
    m_setMissing.addBindValue(QDateTime::currentSecsSinceEpoch());
    m_setMissing.addBindValue(id);
    return run(m_setMissing, error);
}

void ArticleWriter::clearCaches()
{
    m_categories.clear();
    m_tags.clear();
}

bool ArticleWriter::link(qint64 id, const Article &article, QString *error)
{
    for (const QStringList &path : article.categoryPaths) {
        qint64 parent = 0;
        for (const QString &name : path) {
            parent = categoryId(parent, name, error);
            if (parent == 0)
                return false;
        }
        m_link.addBindValue(parent);
        m_link.addBindValue(id);
        if (!run(m_link, error))
            return false;
    }
    for (const QString &tag : article.tags) {
        if (TagName::normalized(tag).isEmpty())
            continue;
        const qint64 tid = tagId(tag, error);
        if (tid == 0)
            return false;
        m_linkTag.addBindValue(id);
        m_linkTag.addBindValue(tid);
        if (!run(m_linkTag, error))
            return false;
    }
    return true;
}

qint64 ArticleWriter::categoryId(qint64 parent, const QString &name, QString *error)
{
    const QPair<qint64, QString> key(parent, name);
    if (const auto it = m_categories.constFind(key); it != m_categories.cend())
        return *it;
    const QVariant parentValue
        = parent == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(parent);
    const qint64 id = findOrAdd(m_findCategory, m_addCategory, { parentValue, name }, error);
    if (id != 0)
        m_categories.insert(key, id);
    return id;
}

qint64 ArticleWriter::tagId(const QString &name, QString *error)
{
    const QString tag = TagName::normalized(name);
    const QString key = TagName::key(tag);
    if (const auto it = m_tags.constFind(key); it != m_tags.cend())
        return *it;
    const qint64 id = findOrAdd(m_findTag, m_addTag, { key, tag }, error);
    if (id != 0)
        m_tags.insert(key, id);
    return id;
}

qint64 ArticleWriter::findOrAdd(QSqlQuery &find, QSqlQuery &add, const QVariantList &values,
                                QString *error)
{
    for (const QVariant &value : values)
        find.addBindValue(value);
    if (!run(find, error))
        return 0;
    qint64 id = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    if (id != 0)
        return id;
    for (const QVariant &value : values)
        add.addBindValue(value);
    if (!run(add, error))
        return 0;
    return add.lastInsertId().toLongLong();
}

} // namespace gloss
