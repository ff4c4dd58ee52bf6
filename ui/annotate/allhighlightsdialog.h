#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableView;

namespace gloss {

class Database;
class LibraryHighlightsModel;

// Every highlight of the library, filtered by colour, category and text; activating one opens
// its article at the highlight.
class AllHighlightsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AllHighlightsDialog(QWidget *parent = nullptr);

    void setLibrary(const Database *db);
    void reload();
    LibraryHighlightsModel *model() const { return m_model; }
    QComboBox *colorFilter() const { return m_color; }
    QComboBox *categoryFilter() const { return m_category; }
    QLineEdit *textFilter() const { return m_text; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void openRequested(qint64 articleId, qint64 highlightId);

private:
    void applyFilter();

    const Database *m_db = nullptr;
    QComboBox *m_color;
    QComboBox *m_category;
    QLineEdit *m_text;
    QTableView *m_table;
    LibraryHighlightsModel *m_model;
};

} // namespace gloss
