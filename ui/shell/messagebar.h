#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace gloss {

// A bar above the reader that tells something without stopping the person: a warning or a
// question, with a few buttons. Hidden until shown.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Warning, Question };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows text (rich text) with the buttons given; replaces what was shown.
    void showMessage(Kind kind, const QString &text, const QStringList &buttons = {});
    QString text() const;
    QList<QPushButton *> buttons() const { return m_buttons; }

Q_SIGNALS:
    // The button at index (in the order given to showMessage) was clicked.
    void buttonClicked(int index);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_layout;
    QList<QPushButton *> m_buttons;
};

} // namespace gloss
