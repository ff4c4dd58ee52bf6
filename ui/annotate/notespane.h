#pragma once

#include "annotate/highlight.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace gloss {

class HighlightListModel;
class TagEditor;
struct ArticleRecord;

// The right pane: the open article's note, its highlights in document order with their notes,
// and the ones that could not be found in the current text; the selected one's note, colour and
// tags can be changed. Edits are reported as signals
// (the window turns them into undoable commands).
class NotesPane : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPane(QWidget *parent = nullptr);

    void showArticle(const ArticleRecord &record);
    // The open library's id, for the link back into Gloss that Copy carries.
    void setLibraryId(const QUuid &id) { m_libraryId = id; }
    void clear();
    // The article's highlights; selects `selectId` when it is among them.
    void setHighlights(const QList<Highlight> &highlights, qint64 selectId = 0);
    void setArticleNote(const QString &note);
    // The names the library gives the colours, shown for the selected highlight and the buttons.
    void setColorNames(const ColorNames &names);
    // The library's tags, offered when a tag is typed.
    void setTagCompletions(const QStringList &tags);
    void selectHighlight(qint64 id);
    qint64 selectedHighlight() const;

    HighlightListModel *model() const { return m_model; }
    HighlightListModel *orphanModel() const { return m_orphans; }
    QPlainTextEdit *noteEditor() const { return m_noteEditor; }
    QPlainTextEdit *articleNoteEditor() const { return m_articleNote; }
    TagEditor *tagEditor() const { return m_tags; }
    // The colour of the selected highlight as shown ("Colour: question").
    QString colorText() const;
    // Puts the selected highlight on the clipboard as Markdown (quote, link back, note).
    void copySelected();

Q_SIGNALS:
    void highlightActivated(qint64 id);
    void noteEdited(qint64 id, const QString &before, const QString &after);
    void articleNoteEdited(const QString &before, const QString &after);
    void recolorRequested(qint64 id, const QString &color);
    void tagAdded(qint64 id, const QString &tag);
    void tagRemoved(qint64 id, const QString &tag);
    void removeRequested(qint64 id);

private:
    std::optional<Highlight> current() const;
    void showSelection();

    QLabel *m_details;
    QPlainTextEdit *m_articleNote;
    QListView *m_list;
    QLabel *m_orphanTitle;
    QListView *m_orphanList;
    QLabel *m_empty;
    QWidget *m_editorBox;
    QPlainTextEdit *m_noteEditor;
    TagEditor *m_tags;
    QLabel *m_colorName;
    QList<QToolButton *> m_swatches; // in the order of Highlight::colors()
    ColorNames m_colorNames;
    QPushButton *m_remove;
    QPushButton *m_copy;
    QString m_title;
    QString m_sourcePath;
    QUuid m_libraryId;
    HighlightListModel *m_model;
    HighlightListModel *m_orphans;
    QString m_articleNoteText;
    QString m_noteText;
    bool m_loading = false;
};

} // namespace gloss
