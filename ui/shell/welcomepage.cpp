#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gloss {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *title = new QLabel(tr("This library is empty"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Import a folder of Hexo posts (Markdown or HTML with YAML front "
                               "matter), or look around the sample library first."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *buttons = new QHBoxLayout;
    auto *sampleButton = new QPushButton(tr("Open &Sample Library"), this);
    auto *importButton = new QPushButton(tr("&Import Folder…"), this);
    importButton->setDefault(true);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(importButton, &QPushButton::clicked, this, &WelcomePage::importRequested);
    buttons->addStretch();
    buttons->addWidget(sampleButton);
    buttons->addWidget(importButton);
    buttons->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace gloss
