#include "highlightcommands.h"

#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"

#include <QCoreApplication>

namespace gloss {

namespace {

QString quoted(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 24 ? line.left(24) + QChar(0x2026) : line;
}

} // namespace

AddHighlightCommand::AddHighlightCommand(const Database &db, const Highlight &highlight,
                                         HighlightsChanged changed)
    : m_db(db)
    , m_highlight(highlight)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("Gloss", "Highlight “%1”")
                .arg(quoted(highlight.selector.exact)));
}

void AddHighlightCommand::redo()
{
    HighlightRepository repository(m_db);
    if (m_highlight.id == 0) {
        m_highlight.createdAt = m_highlight.updatedAt = QDateTime::currentDateTimeUtc();
        m_highlight.id = repository.add(m_highlight, &m_error);
    } else {
        repository.restore(m_highlight, &m_error);
    }
    m_changed(m_highlight.articleId, m_highlight.id);
}

void AddHighlightCommand::undo()
{
    QString error;
    if (const std::optional<Highlight> current = HighlightRepository(m_db).find(m_highlight.id))
        m_highlight = *current; // keep the note and colour it has now for a redo
    HighlightRepository(m_db).remove(m_highlight.id, &error);
    m_changed(m_highlight.articleId, 0);
}

RemoveHighlightCommand::RemoveHighlightCommand(const Database &db, const Highlight &highlight,
                                               HighlightsChanged changed)
    : m_db(db)
    , m_highlight(highlight)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("Gloss", "Remove highlight “%1”")
                .arg(quoted(highlight.selector.exact)));
}

void RemoveHighlightCommand::redo()
{
    QString error;
    HighlightRepository(m_db).remove(m_highlight.id, &error);
    m_changed(m_highlight.articleId, 0);
}

void RemoveHighlightCommand::undo()
{
    QString error;
    HighlightRepository(m_db).restore(m_highlight, &error);
    m_changed(m_highlight.articleId, m_highlight.id);
}

RecolorHighlightCommand::RecolorHighlightCommand(const Database &db, const Highlight &highlight,
                                                 const QString &color, HighlightsChanged changed)
    : m_db(db)
    , m_highlight(highlight)
    , m_color(color)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("Gloss", "Recolour highlight"));
}

void RecolorHighlightCommand::redo()
{
    QString error;
    HighlightRepository(m_db).setColor(m_highlight.id, m_color, &error);
    m_changed(m_highlight.articleId, m_highlight.id);
}

void RecolorHighlightCommand::undo()
{
    QString error;
    HighlightRepository(m_db).setColor(m_highlight.id, m_highlight.color, &error);
    m_changed(m_highlight.articleId, m_highlight.id);
}

EditNoteCommand::EditNoteCommand(const Database &db, Target target, qint64 id, qint64 articleId,
                                 const QString &before, const QString &after,
                                 HighlightsChanged changed)
    : m_db(db)
    , m_target(target)
    , m_id(id)
    , m_articleId(articleId)
    , m_before(before)
    , m_after(after)
    , m_changed(std::move(changed))
{
    setText(target == Target::Article ? QCoreApplication::translate("Gloss", "Edit article note")
                                      : QCoreApplication::translate("Gloss", "Edit note"));
}

void EditNoteCommand::apply(const QString &note)
{
    QString error;
    if (m_target == Target::Article)
        ArticleRepository(m_db).setNote(m_id, note);
    else
        HighlightRepository(m_db).setNote(m_id, note, &error);
}

void EditNoteCommand::redo()
{
    apply(m_after);
    m_changed(m_articleId, m_target == Target::Highlight ? m_id : 0);
}

void EditNoteCommand::undo()
{
    apply(m_before);
    m_changed(m_articleId, m_target == Target::Highlight ? m_id : 0);
}

bool EditNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditNoteCommand *>(other);
    if (next->m_target != m_target || next->m_id != m_id)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace gloss
