#pragma once

#include "highlightcommands.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace gloss {

class AllHighlightsDialog;
class AnnotationHistory;
class LibraryCommand;
class LibrarySession;
class NotesPane;
class ReaderView;
class SaveStatus;

// Highlights and notes, from the person's hand to the library and back: what is asked for in
// the reader, the notes pane and All Highlights becomes an undoable command on the library, and
// after each change the reader and the pane show the article's highlights and notes again.
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(LibrarySession *session, ReaderView *reader, NotesPane *notes,
                         QWidget *window);
    ~AnnotationController() override;

    QUndoStack *undoStack() const { return m_undo; }
    // Whether changes reach the library, and the notes kept while they do not.
    SaveStatus *saveStatus() const { return m_saveStatus; }
    // Highlights the reader's selection in color (empty: the colour used last).
    void highlightSelection(const QString &color = {});
    AllHighlightsDialog *showAllHighlights();
    // Shows the article's highlights and notes again after a change (selecting highlightId).
    void refresh(qint64 articleId, qint64 highlightId);

    // Remove from Library: asks first when the articles have highlights or notes (naming how
    // many), then takes them out as one undoable step.
    void removeArticles(const QList<qint64> &ids);
    // Every article whose file is gone, likewise.
    void removeAllMissing();

    // The names the open library gives the highlight colours.
    ColorNames colorNames() const { return m_colorNames; }
    // Stores them in the library and shows them; false (and the reason shown) when it refused.
    bool setColorNames(const ColorNames &names);

Q_SIGNALS:
    void colorNamesChanged(const ColorNames &names);

private:
    void addHighlight(qint64 articleId, const TextSelector &selector, const QString &color);
    void editNote(bool onArticle, qint64 id, const QString &before, const QString &after);
    void recolor(qint64 id, const QString &color);
    void remove(qint64 id);
    void tag(qint64 id, const QString &tag, TagHighlightCommand::Change change);
    void showColorNames(const ColorNames &names);
    HighlightsChanged changed();

    LibrarySession *m_session;
    ReaderView *m_reader;
    NotesPane *m_notes;
    QWidget *m_window;
    QUndoStack *m_undo;
    AnnotationHistory *m_history;
    SaveStatus *m_saveStatus;
    AllHighlightsDialog *m_allHighlights = nullptr;
    QString m_lastColor = QStringLiteral("yellow");
    ColorNames m_colorNames;
};

} // namespace gloss
