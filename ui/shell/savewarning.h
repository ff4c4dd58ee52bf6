#pragma once

#include <QObject>

class QWidget;

namespace gloss {

class MessageBar;
class SaveStatus;

// Tells the person, in the bar above the reader, that their changes are not reaching the library
// and why, and offers back notes an earlier session could not save; asks before a library with
// notes that are kept nowhere is closed.
class SaveWarning : public QObject
{
    Q_OBJECT
public:
    SaveWarning(SaveStatus *status, MessageBar *bar, QWidget *window);

    // Before the library closes: false when the person keeps it open to save what is unsaved.
    bool mayClose();

private:
    void update();
    void buttonClicked(int button);
    void showDetails();

    SaveStatus *m_status;
    MessageBar *m_bar;
    QWidget *m_window;
};

} // namespace gloss
