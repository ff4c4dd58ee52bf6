#include "articleremoval.h"

#include "library/checkedquery.h"
#include "library/database.h"
#include "library/transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace gloss {

namespace {

using Row = RemovedArticle::Row;

// The rows a statement with one bound id selects, every column by name: what is put back is
// what was there, whatever columns later versions add.
bool readRows(const Database &db, const QString &sql, qint64 id, QList<Row> *rows, QString *error)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!CheckedQuery::prepare(query, sql, db, error))
        return false;
    query.addBindValue(id);
    if (!CheckedQuery::exec(query, db, error))
        return false;
    while (query.next()) {
        const QSqlRecord record = query.record();
        Row row;
        for (int i = 0; i < record.count(); ++i)
            row.append({ record.fieldName(i), record.value(i) });
        rows->append(row);
    }
    return true;
}

bool writeRow(const Database &db, const QString &table, const Row &row, QString *error)
{
    QStringList names;
    QStringList marks;
    for (const auto &column : row) {
        names << column.first;
        marks << QStringLiteral("?");
    }
    QSqlQuery query(db.connection());
    if (!CheckedQuery::prepare(query,
                               QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, names.join(u','), marks.join(u',')),
                               db, error))
        return false;
    for (const auto &column : row)
        query.addBindValue(column.second);
    return CheckedQuery::exec(query, db, error);
}

bool run(const Database &db, const QString &sql, qint64 id, QString *error)
{
    QSqlQuery query(db.connection());
    if (!CheckedQuery::prepare(query, sql, db, error))
        return false;
    query.addBindValue(id);
    return CheckedQuery::exec(query, db, error);
}

} // namespace

ArticleRemoval::Annotations ArticleRemoval::annotations(const QList<qint64> &ids,
                                                        QString *error) const
{
    Annotations out;
    QSqlQuery query(m_db.connection());
    if (!CheckedQuery::prepare(
            query,
            QStringLiteral("SELECT (SELECT count(*) FROM highlights WHERE article_id = :id),"
                           " (SELECT count(*) FROM highlights WHERE article_id = :id"
                           " AND note != '') + (SELECT note != '' FROM articles WHERE id = :id)"),
            m_db, error))
        return out;
    for (const qint64 id : ids) {
        query.bindValue(QStringLiteral(":id"), id);
        if (!CheckedQuery::exec(query, m_db, error) || !query.next())
            return {};
        out.highlights += query.value(0).toInt();
        out.notes += query.value(1).toInt();
    }
    return out;
}

QList<qint64> ArticleRemoval::missing(QString *error) const
{
    QList<qint64> ids;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!CheckedQuery::exec(
            query,
            QStringLiteral("SELECT id FROM articles WHERE missing_since IS NOT NULL ORDER BY id"),
            m_db, error))
        return ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

std::optional<QList<RemovedArticle>> ArticleRemoval::remove(const QList<qint64> &ids,
                                                            QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    QList<RemovedArticle> removed;
    for (const qint64 id : ids) {
        RemovedArticle r;
        r.id = id;
        QList<Row> article;
        if (!readRows(m_db, QStringLiteral("SELECT * FROM articles WHERE id = ?"), id, &article,
                      error))
            return std::nullopt;
        if (article.isEmpty())
            continue; // gone already
        r.article = article.constFirst();
        if (!readRows(m_db, QStringLiteral("SELECT * FROM article_html WHERE article_id = ?"), id,
                      &r.html, error)
            || !readRows(m_db,
                         QStringLiteral("SELECT * FROM article_categories WHERE article_id = ?"),
                         id, &r.categories, error)
            || !readRows(m_db, QStringLiteral("SELECT * FROM article_tags WHERE article_id = ?"),
                         id, &r.tags, error)
            || !readRows(
                m_db, QStringLiteral("SELECT * FROM highlights WHERE article_id = ? ORDER BY id"),
                id, &r.highlights, error)
            || !readRows(m_db,
                         QStringLiteral("SELECT * FROM highlight_tags WHERE highlight_id IN"
                                        " (SELECT id FROM highlights WHERE article_id = ?)"),
                         id, &r.highlightTags, error))
            return std::nullopt;
        // The article's search entry goes with it (the index holds its text, not the table's
        // row); its note's entry and its highlights' go by their triggers, its HTML, categories
        // and tags by their cascades.
        if (!run(m_db,
                 QStringLiteral("INSERT INTO articles_fts(articles_fts, rowid, title, author, text)"
                                " SELECT 'delete', id, title, author, text FROM articles"
                                " WHERE id = ? AND indexed = 1"),
                 id, error)
            || !run(m_db, QStringLiteral("DELETE FROM highlights WHERE article_id = ?"), id, error)
            || !run(m_db, QStringLiteral("DELETE FROM articles WHERE id = ?"), id, error))
            return std::nullopt;
        removed << r;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return std::nullopt;
    }
    return removed;
}

bool ArticleRemoval::restore(const QList<RemovedArticle> &removed, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    for (const RemovedArticle &r : removed) {
        if (!writeRow(m_db, QStringLiteral("articles"), r.article, error))
            return false;
        const std::pair<QString, const QList<Row> *> tables[] = {
            { QStringLiteral("article_html"), &r.html },
            { QStringLiteral("article_categories"), &r.categories },
            { QStringLiteral("article_tags"), &r.tags },
            { QStringLiteral("highlights"), &r.highlights },
            { QStringLiteral("highlight_tags"), &r.highlightTags },
        };
        for (const auto &[table, rows] : tables) {
            for (const Row &row : *rows) {
                if (!writeRow(m_db, table, row, error))
                    return false;
            }
        }
        // Articles have no insert triggers: their index entries are written here, as the
        // indexing pass and a note edit would.
        if (!run(m_db,
                 QStringLiteral("INSERT INTO articles_fts(rowid, title, author, text)"
                                " SELECT id, title, author, text FROM articles"
                                " WHERE id = ? AND indexed = 1"),
                 r.id, error)
            || !run(m_db,
                    QStringLiteral("INSERT INTO article_notes_fts(rowid, note)"
                                   " SELECT id, note FROM articles WHERE id = ? AND note != ''"),
                    r.id, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace gloss
