#pragma once

#include "annotate/highlight.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QStringListModel;
class QLineEdit;
class QTableView;

namespace gloss {

class Database;
class LibraryHighlightsModel;

// Every highlight of the library, filtered by colour, category, text and tags (each of several);
// activating one opens its article at the highlight.
class AllHighlightsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AllHighlightsDialog(QWidget *parent = nullptr);

    void setLibrary(const Database *db);
    void reload();
    // The names the library gives the colours, in the colour filter.
    void setColorNames(const ColorNames &names);
    LibraryHighlightsModel *model() const { return m_model; }
    QComboBox *colorFilter() const { return m_color; }
    QComboBox *categoryFilter() const { return m_category; }
    QLineEdit *textFilter() const { return m_text; }
    // Tags separated by commas; a highlight must carry all of them.
    QLineEdit *tagFilter() const { return m_tags; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void openRequested(qint64 articleId, qint64 highlightId);

private:
    void applyFilter();
    // The tags typed in the tag filter: split at commas, and a part that is no tag of the
    // library at spaces too ("work ideas" is two tags, "to check" one when it is a tag).
    QStringList typedTags() const;

    const Database *m_db = nullptr;
    QComboBox *m_color;
    QComboBox *m_category;
    QLineEdit *m_text;
    QLineEdit *m_tags;
    QCompleter *m_tagCompleter;
    QStringListModel *m_tagNames;
    QTableView *m_table;
    LibraryHighlightsModel *m_model;
};

} // namespace gloss
