#pragma once

#include <QObject>

#include <optional>

class QUndoStack;

namespace gloss {

class LibraryCommand;

// Keeps the undo stack honest about the library: a command goes on the stack only once its
// change is saved, and an undo or redo the library refuses leaves the stack where it was.
// Every refusal is announced (saveFailed), as is every save after one (saved).
class AnnotationHistory : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationHistory(QUndoStack *stack, QObject *parent = nullptr);

    // Applies command; it joins the stack (and this takes it) only when the change was saved.
    // Returns whether it was.
    bool run(LibraryCommand *command);

    // Called by the commands.
    void commandFailed(LibraryCommand *command);
    void commandSaved();

Q_SIGNALS:
    void saveFailed(const QString &error);
    void saved();

private:
    QUndoStack *m_stack;
    bool m_running = false;
    std::optional<int> m_restoreIndex; // where the stack goes back to after a refused step
};

} // namespace gloss
