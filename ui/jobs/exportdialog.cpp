#include "exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gloss {

ExportDialog::ExportDialog(bool hasArticle, const QString &categoryName, const QString &folder,
                           bool fullText, QWidget *parent)
    : QDialog(parent)
    , m_article(new QRadioButton(tr("This &article"), this))
    , m_category(new QRadioButton(categoryName.isEmpty()
                                      ? tr("This &category")
                                      : tr("The &category “%1”").arg(categoryName),
                                  this))
    , m_library(new QRadioButton(tr("The whole &library"), this))
    , m_fullText(new QCheckBox(
          tr("Include the article &text, highlights marked and notes as footnotes"), this))
    , m_folder(new QLineEdit(folder, this))
{
    setWindowTitle(tr("Export Notes"));
    m_article->setEnabled(hasArticle);
    m_category->setEnabled(!categoryName.isEmpty());
    (hasArticle ? m_article : m_library)->setChecked(true);
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Export Into"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!folder.isEmpty());

    auto *folderRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Folder:"), this);
    label->setBuddy(m_folder);
    folderRow->addWidget(label);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_article);
    layout->addWidget(m_category);
    layout->addWidget(m_library);
    m_fullText->setChecked(fullText);
    layout->addWidget(m_fullText);
    layout->addLayout(folderRow);
    layout->addWidget(buttons);
}

MarkdownExporter::Scope ExportDialog::scope() const
{
    if (m_article->isChecked())
        return MarkdownExporter::Scope::Article;
    if (m_category->isChecked())
        return MarkdownExporter::Scope::Category;
    return MarkdownExporter::Scope::Library;
}

bool ExportDialog::fullText() const
{
    return m_fullText->isChecked();
}

QString ExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

} // namespace gloss
