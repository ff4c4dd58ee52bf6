#pragma once

#include "annotate/highlight.h"

#include <QUndoCommand>

#include <functional>

namespace gloss {

class AnnotationHistory;
class Database;

// Every change a person makes to highlights and notes is one of these, on the window's undo
// stack: adding, removing, recolouring a highlight, editing its note or the article's note.
// After each redo or undo that reached the library, `changed` is told which article to show
// again; one that did not reach it changes nothing and is reported to the history.
using HighlightsChanged = std::function<void(qint64 articleId, qint64 highlightId)>;

class LibraryCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

    // Why the last redo or undo could not be saved; empty when it was.
    QString error() const { return m_error; }
    // The library is already in the state the next redo or undo would bring: only the stack moves.
    void skipNext() { m_skipNext = true; }

protected:
    LibraryCommand(const Database &db, AnnotationHistory *history, HighlightsChanged changed);
    // Writes the change (forward) or takes it back; false with *error when the library refused.
    virtual bool apply(bool forward, QString *error) = 0;
    // The article and the highlight to show after the change.
    virtual qint64 articleId() const = 0;
    virtual qint64 shownHighlight(bool forward) const = 0;

    const Database &m_db;

private:
    void run(bool forward);

    AnnotationHistory *m_history;
    HighlightsChanged m_changed;
    QString m_error;
    bool m_skipNext = false;
};

class AddHighlightCommand : public LibraryCommand
{
public:
    AddHighlightCommand(const Database &db, AnnotationHistory *history, const Highlight &highlight,
                        HighlightsChanged changed);
    qint64 highlightId() const { return m_highlight.id; }

protected:
    bool apply(bool forward, QString *error) override;
    qint64 articleId() const override { return m_highlight.articleId; }
    qint64 shownHighlight(bool forward) const override { return forward ? m_highlight.id : 0; }

private:
    Highlight m_highlight;
};

class RemoveHighlightCommand : public LibraryCommand
{
public:
    RemoveHighlightCommand(const Database &db, AnnotationHistory *history,
                           const Highlight &highlight, HighlightsChanged changed);

protected:
    bool apply(bool forward, QString *error) override;
    qint64 articleId() const override { return m_highlight.articleId; }
    qint64 shownHighlight(bool forward) const override { return forward ? 0 : m_highlight.id; }

private:
    Highlight m_highlight;
};

class RecolorHighlightCommand : public LibraryCommand
{
public:
    RecolorHighlightCommand(const Database &db, AnnotationHistory *history,
                            const Highlight &highlight, const QString &color,
                            HighlightsChanged changed);

protected:
    bool apply(bool forward, QString *error) override;
    qint64 articleId() const override { return m_highlight.articleId; }
    qint64 shownHighlight(bool) const override { return m_highlight.id; }

private:
    Highlight m_highlight;
    QString m_color;
};

// Puts a tag on a highlight, or takes one off.
class TagHighlightCommand : public LibraryCommand
{
public:
    enum class Change { Add, Remove };
    TagHighlightCommand(const Database &db, AnnotationHistory *history, const Highlight &highlight,
                        const QString &tag, Change change, HighlightsChanged changed);

protected:
    bool apply(bool forward, QString *error) override;
    qint64 articleId() const override { return m_articleId; }
    qint64 shownHighlight(bool) const override { return m_id; }

private:
    qint64 m_id;
    qint64 m_articleId;
    QString m_tag;
    Change m_change;
};

// Typing in a note makes one command per keystroke; consecutive ones merge into one undo step.
class EditNoteCommand : public LibraryCommand
{
public:
    enum class Target { Highlight, Article };
    EditNoteCommand(const Database &db, AnnotationHistory *history, Target target, qint64 id,
                    qint64 articleId, const QString &before, const QString &after,
                    HighlightsChanged changed);
    int id() const override { return 0x6e6f7465; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    bool apply(bool forward, QString *error) override;
    qint64 articleId() const override { return m_articleId; }
    qint64 shownHighlight(bool) const override { return m_target == Target::Highlight ? m_id : 0; }

private:
    Target m_target;
    qint64 m_id;
    qint64 m_articleId;
    QString m_before;
    QString m_after;
};

} // namespace gloss
