#include "tageditor.h"

#include "flowlayout.h"
#include "library/tagname.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace gloss {

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
    , m_field(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    m_field->setPlaceholderText(tr("Add a tag…"));
    m_field->setAccessibleName(tr("New tag"));
    m_field->setToolTip(tr("Type a tag and press Enter; a #word in the note becomes a tag too"));
    m_field->setMaxLength(TagName::maxLength);
    m_field->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_field->setCompleter(m_completer);
    m_layout->addWidget(m_field);
    connect(m_field, &QLineEdit::returnPressed, this, &TagEditor::addTyped);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &tag) {
                if (const QString chosen = TagName::normalized(tag); !chosen.isEmpty())
                    Q_EMIT tagAdded(chosen);
                // The completer puts the completion into the field once this returns.
                QMetaObject::invokeMethod(m_field, &QLineEdit::clear, Qt::QueuedConnection);
            });
    m_completer->popup()->installEventFilter(this);
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter while the completions are offered but none is chosen adds what was typed (the
    // completer would only close its list).
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter)
            && !m_completer->popup()->currentIndex().isValid()) {
            m_completer->popup()->hide();
            addTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TagEditor::addTyped()
{
    const QString tag = TagName::normalized(m_field->text());
    m_field->clear();
    if (!tag.isEmpty())
        Q_EMIT tagAdded(tag);
}

void TagEditor::setTags(const QStringList &tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    // A button may be the one whose click led here: it goes once its signal is done.
    for (QToolButton *button : std::as_const(m_buttons)) {
        button->hide();
        m_layout->removeWidget(button);
        button->deleteLater();
    }
    m_buttons.clear();
    for (const QString &tag : tags) {
        auto *button = new QToolButton(this);
        button->setText(QString(tag).replace(u'&', QStringLiteral("&&")) + QStringLiteral("  ×"));
        button->setToolTip(tr("Remove the tag “%1”").arg(tag));
        button->setAccessibleName(tr("Remove the tag “%1”").arg(tag));
        connect(button, &QToolButton::clicked, this, [this, tag] { Q_EMIT tagRemoved(tag); });
        m_buttons << button;
    }
    // The buttons go before the field, which stays last.
    m_layout->removeWidget(m_field);
    for (QToolButton *button : std::as_const(m_buttons))
        m_layout->addWidget(button);
    m_layout->addWidget(m_field);
    updateGeometry();
}

void TagEditor::setCompletions(const QStringList &tags)
{
    if (m_completions->stringList() != tags)
        m_completions->setStringList(tags);
}

QToolButton *TagEditor::removeButton(const QString &tag) const
{
    const qsizetype index = m_tags.indexOf(tag);
    return index < 0 ? nullptr : m_buttons.value(index);
}

} // namespace gloss
