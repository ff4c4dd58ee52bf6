#include "highlightcommands.h"

#include "annotationhistory.h"
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

LibraryCommand::LibraryCommand(const Database &db, AnnotationHistory *history,
                               HighlightsChanged changed)
    : m_db(db)
    , m_history(history)
    , m_changed(std::move(changed))
{ }

void LibraryCommand::redo()
{
    run(true);
}

void LibraryCommand::undo()
{
    run(false);
}

void LibraryCommand::run(bool forward)
{
    if (m_skipNext) {
        m_skipNext = false;
        return;
    }
    m_error.clear();
    if (!apply(forward, &m_error)) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("Gloss", "the library refused the change");
        m_history->commandFailed(this);
        return;
    }
    m_history->commandSaved();
    m_changed(articleId(), shownHighlight(forward));
}

AddHighlightCommand::AddHighlightCommand(const Database &db, AnnotationHistory *history,
                                         const Highlight &highlight, HighlightsChanged changed)
    : LibraryCommand(db, history, std::move(changed))
    , m_highlight(highlight)
{
    setText(QCoreApplication::translate("Gloss", "Highlight “%1”")
                .arg(quoted(highlight.selector.exact)));
}

bool AddHighlightCommand::apply(bool forward, QString *error)
{
    HighlightRepository repository(m_db);
    if (!forward) {
        // Keep the note and colour it has now for a redo.
        if (const std::optional<Highlight> current = repository.find(m_highlight.id))
            m_highlight = *current;
        return repository.remove(m_highlight.id, error);
    }
    if (m_highlight.id != 0)
        return repository.restore(m_highlight, error);
    Highlight added = m_highlight;
    added.createdAt = added.updatedAt = QDateTime::currentDateTimeUtc();
    added.id = repository.add(added, error);
    if (added.id == 0)
        return false;
    m_highlight = added;
    return true;
}

RemoveHighlightCommand::RemoveHighlightCommand(const Database &db, AnnotationHistory *history,
                                               const Highlight &highlight,
                                               HighlightsChanged changed)
    : LibraryCommand(db, history, std::move(changed))
    , m_highlight(highlight)
{
    setText(QCoreApplication::translate("Gloss", "Remove highlight “%1”")
                .arg(quoted(highlight.selector.exact)));
}

bool RemoveHighlightCommand::apply(bool forward, QString *error)
{
    HighlightRepository repository(m_db);
    return forward ? repository.remove(m_highlight.id, error)
                   : repository.restore(m_highlight, error);
}

RecolorHighlightCommand::RecolorHighlightCommand(const Database &db, AnnotationHistory *history,
                                                 const Highlight &highlight, const QString &color,
                                                 HighlightsChanged changed)
    : LibraryCommand(db, history, std::move(changed))
    , m_highlight(highlight)
    , m_color(color)
{
    setText(QCoreApplication::translate("Gloss", "Recolour highlight"));
}

bool RecolorHighlightCommand::apply(bool forward, QString *error)
{
    return HighlightRepository(m_db).setColor(m_highlight.id, forward ? m_color : m_highlight.color,
                                              error);
}

TagHighlightCommand::TagHighlightCommand(const Database &db, AnnotationHistory *history,
                                         const Highlight &highlight, const QString &tag,
                                         Change change, HighlightsChanged changed)
    : LibraryCommand(db, history, std::move(changed))
    , m_id(highlight.id)
    , m_articleId(highlight.articleId)
    , m_tag(tag)
    , m_change(change)
{
    setText(change == Change::Add
                ? QCoreApplication::translate("Gloss", "Tag highlight “%1”").arg(quoted(tag))
                : QCoreApplication::translate("Gloss", "Remove tag “%1”").arg(quoted(tag)));
}

bool TagHighlightCommand::apply(bool forward, QString *error)
{
    HighlightRepository repository(m_db);
    const bool adding = forward == (m_change == Change::Add);
    return adding ? repository.addTag(m_id, m_tag, error)
                  : repository.removeTag(m_id, m_tag, error);
}

EditNoteCommand::EditNoteCommand(const Database &db, AnnotationHistory *history, Target target,
                                 qint64 id, qint64 articleId, const QString &before,
                                 const QString &after, HighlightsChanged changed)
    : LibraryCommand(db, history, std::move(changed))
    , m_target(target)
    , m_id(id)
    , m_articleId(articleId)
    , m_before(before)
    , m_after(after)
{
    setText(target == Target::Article ? QCoreApplication::translate("Gloss", "Edit article note")
                                      : QCoreApplication::translate("Gloss", "Edit note"));
}

bool EditNoteCommand::apply(bool forward, QString *error)
{
    const QString &note = forward ? m_after : m_before;
    if (m_target == Target::Article)
        return ArticleRepository(m_db).setNote(m_id, note, error);
    // The note it replaces, so that a #word typed letter by letter leaves one tag, not one for
    // each of its beginnings.
    return HighlightRepository(m_db).setNote(m_id, note, error, forward ? m_before : m_after);
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
