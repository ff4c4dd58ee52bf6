#pragma once

#include "export/markdownexporter.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace gloss {

// Asks what to export (this article, the current category, the whole library), whether to
// include the article text, and where.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(bool hasArticle, const QString &categoryName, const QString &folder, bool fullText,
                 QWidget *parent = nullptr);

    MarkdownExporter::Scope scope() const;
    bool fullText() const;
    QString folder() const;

private:
    QRadioButton *m_article;
    QRadioButton *m_category;
    QRadioButton *m_library;
    QCheckBox *m_fullText;
    QLineEdit *m_folder;
};

} // namespace gloss
