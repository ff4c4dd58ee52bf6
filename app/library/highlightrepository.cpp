#include "highlightrepository.h"

#include "categoryrepository.h"
#include "checkedquery.h"
#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gloss {

namespace {

const QString columns = QStringLiteral(
    "h.id, h.article_id, h.color, h.exact, h.prefix, h.suffix, h.start_offset, h.end_offset,"
    " h.note, h.created_at, h.updated_at, h.anchor_state");

Highlight fromQuery(const QSqlQuery &q)
{
    Highlight h;
    h.id = q.value(0).toLongLong();
    h.articleId = q.value(1).toLongLong();
    h.color = q.value(2).toString();
    h.selector.exact = q.value(3).toString();
    h.selector.prefix = q.value(4).toString();
    h.selector.suffix = q.value(5).toString();
    h.selector.start = q.value(6).toInt();
    h.selector.end = q.value(7).toInt();
    h.note = q.value(8).toString();
    h.createdAt = QDateTime::fromSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    h.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    h.state = anchorStateFromName(q.value(11).toString());
    return h;
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

} // namespace

qint64 HighlightRepository::insert(const Highlight &h, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(
            q,
            QStringLiteral("INSERT INTO highlights (id, article_id, color, exact, prefix, suffix,"
                           " start_offset, end_offset, note, created_at, updated_at, anchor_state)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            m_db, error))
        return 0;
    // A NULL id lets SQLite choose a new one.
    q.addBindValue(h.id != 0 ? QVariant(h.id) : QVariant(QMetaType::fromType<qint64>()));
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
    if (!CheckedQuery::exec(q, m_db, error))
        return 0;
    return h.id != 0 ? h.id : q.lastInsertId().toLongLong();
}

qint64 HighlightRepository::add(const Highlight &h, QString *error)
{
    if (!isColor(h.color, error))
        return 0;
    Highlight row = h;
    row.id = 0;
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

bool HighlightRepository::setNote(qint64 id, const QString &note, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(
            q, QStringLiteral("UPDATE highlights SET note = ?, updated_at = ? WHERE id = ?"), m_db,
            error))
        return false;
    q.addBindValue(sqlText(note));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    return CheckedQuery::exec(q, m_db, error);
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

std::optional<Highlight> HighlightRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!CheckedQuery::prepare(q,
                               QStringLiteral("SELECT ") + columns
                                   + QStringLiteral(" FROM highlights h WHERE h.id = ?"),
                               m_db, error))
        return std::nullopt;
    q.addBindValue(id);
    if (!CheckedQuery::exec(q, m_db, error) || !q.next())
        return std::nullopt;
    return fromQuery(q);
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
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM highlights h");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(
        " ORDER BY h.article_id, h.anchor_state = 'orphaned', h.start_offset, h.id");

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<Highlight> highlights;
    if (!CheckedQuery::prepare(q, sql, m_db, error))
        return highlights;
    if (filter.articleId)
        q.bindValue(QStringLiteral(":article"), *filter.articleId);
    if (filter.categoryId)
        q.bindValue(QStringLiteral(":category"), *filter.categoryId);
    if (!filter.color.isEmpty())
        q.bindValue(QStringLiteral(":color"), filter.color);
    if (!filter.text.isEmpty())
        q.bindValue(QStringLiteral(":text"), filter.text);
    if (!CheckedQuery::exec(q, m_db, error))
        return highlights;
    while (q.next())
        highlights << fromQuery(q);
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
