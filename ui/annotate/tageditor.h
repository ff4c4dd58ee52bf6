#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace gloss {

class FlowLayout;

// A highlight's tags as buttons that remove them, and a field that adds one, completing from
// the library's tags. Asks for changes (tagAdded, tagRemoved) and shows them once made (setTags).
class TagEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TagEditor(QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    // The tags the field offers as it is typed in.
    void setCompletions(const QStringList &tags);

    QLineEdit *field() const { return m_field; }
    // The button that removes tag (null when it is not shown).
    QToolButton *removeButton(const QString &tag) const;

Q_SIGNALS:
    void tagAdded(const QString &tag);
    void tagRemoved(const QString &tag);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTyped();

    FlowLayout *m_layout;
    QLineEdit *m_field;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QList<QToolButton *> m_buttons; // in the order of m_tags
    QStringList m_tags;
};

} // namespace gloss
