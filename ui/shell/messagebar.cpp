#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace gloss {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->setContentsMargins(8, 6, 8, 6);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_text, 1);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QStringList &buttons)
{
    const bool warning = kind == Kind::Warning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion)
            .pixmap(size, size));
    // Amber for a warning, pale blue for a question, as people know them from other programs.
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window,
                     warning ? QColor(0xfc, 0xe9, 0xc4) : QColor(0xdd, 0xeb, 0xf7));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(palette);
    m_text->setText(text);
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (const QString &label : buttons) {
        auto *button = new QPushButton(label, this);
        const int index = int(m_buttons.size());
        connect(button, &QPushButton::clicked, this,
                [this, index] { Q_EMIT buttonClicked(index); });
        m_layout->addWidget(button, 0, Qt::AlignVCenter);
        m_buttons << button;
    }
    setAccessibleDescription(m_text->text());
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace gloss
