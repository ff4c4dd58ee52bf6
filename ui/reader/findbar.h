#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QWebEngineFindTextResult;
class QWebEnginePage;

namespace gloss {

// Find in the open article: a field, previous and next (Shift+Enter, Enter), the match count,
// Esc to close. Uses the page's own find, which works with page JavaScript off.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWebEnginePage *page, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    // "3 of 12", "No matches" or empty.
    QString countText() const;
    int matchCount() const { return m_matches; }
    int activeMatch() const { return m_active; }

    // Shows the bar with the field focused and its text selected (Ctrl+F).
    void open();
    // Hides the bar and clears the page's find marks (Esc).
    void dismiss();
    void findNext();
    void findPrevious();
    // Runs the current text again (after the article changed).
    void refresh();

Q_SIGNALS:
    // The page has answered a find: the count and which match is active (1-based).
    void matchesChanged(int matches, int active);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward);
    void onResult(const QWebEngineFindTextResult &result);

    QWebEnginePage *m_page = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    int m_matches = 0;
    int m_active = 0;
};

} // namespace gloss
