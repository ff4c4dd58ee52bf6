#include "annotationhistory.h"

#include "highlightcommands.h"

#include <QUndoStack>

#include <memory>

namespace gloss {

AnnotationHistory::AnnotationHistory(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{
    // QUndoStack moves its index whatever the command did; put it back right after.
    connect(m_stack, &QUndoStack::indexChanged, this, [this] {
        if (!m_restoreIndex)
            return;
        const int index = *m_restoreIndex;
        m_restoreIndex.reset();
        m_stack->setIndex(index);
    });
}

bool AnnotationHistory::run(LibraryCommand *command)
{
    std::unique_ptr<LibraryCommand> owned(command);
    m_running = true;
    command->redo();
    m_running = false;
    if (!command->error().isEmpty())
        return false;
    command->skipNext(); // push() redoes it: it is done already
    m_stack->push(owned.release());
    return true;
}

void AnnotationHistory::commandFailed(LibraryCommand *command)
{
    if (!m_running) {
        // An undo or redo from the stack: the step back to where it was must not write again.
        command->skipNext();
        m_restoreIndex = m_stack->index();
    }
    Q_EMIT saveFailed(command->error());
}

void AnnotationHistory::commandSaved()
{
    Q_EMIT saved();
}

} // namespace gloss
