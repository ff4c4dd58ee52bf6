#pragma once

#include "annotate/highlight.h"

#include <QUndoCommand>

#include <functional>

namespace gloss {

class Database;

// Every change a person makes to highlights and notes is one of these, on the window's undo
// stack: adding, removing, recolouring a highlight, editing its note or the article's note.
// After each redo or undo, `changed` is told which article to show again.
using HighlightsChanged = std::function<void(qint64 articleId, qint64 highlightId)>;

class AddHighlightCommand : public QUndoCommand
{
public:
    AddHighlightCommand(const Database &db, const Highlight &highlight, HighlightsChanged changed);
    void redo() override;
    void undo() override;
    qint64 highlightId() const { return m_highlight.id; }
    QString error() const { return m_error; }

private:
    const Database &m_db;
    Highlight m_highlight;
    HighlightsChanged m_changed;
    QString m_error;
};

class RemoveHighlightCommand : public QUndoCommand
{
public:
    RemoveHighlightCommand(const Database &db, const Highlight &highlight,
                           HighlightsChanged changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    Highlight m_highlight;
    HighlightsChanged m_changed;
};

class RecolorHighlightCommand : public QUndoCommand
{
public:
    RecolorHighlightCommand(const Database &db, const Highlight &highlight, const QString &color,
                            HighlightsChanged changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    Highlight m_highlight;
    QString m_color;
    HighlightsChanged m_changed;
};

// Typing in a note makes one command per keystroke; consecutive ones merge into one undo step.
class EditNoteCommand : public QUndoCommand
{
public:
    enum class Target { Highlight, Article };
    EditNoteCommand(const Database &db, Target target, qint64 id, qint64 articleId,
                    const QString &before, const QString &after, HighlightsChanged changed);
    void redo() override;
    void undo() override;
    int id() const override { return 0x6e6f7465; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QString &note);

    const Database &m_db;
    Target m_target;
    qint64 m_id;
    qint64 m_articleId;
    QString m_before;
    QString m_after;
    HighlightsChanged m_changed;
};

} // namespace gloss
