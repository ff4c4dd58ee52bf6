#include "notespane.h"

#include "export/markdownexporter.h"
#include "highlightlistmodel.h"
#include "library/articlerepository.h"
#include "tageditor.h"

#include <QClipboard>
#include <QGuiApplication>

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace gloss {

namespace {

QListView *makeList(QWidget *parent, HighlightListModel *model)
{
    auto *list = new QListView(parent);
    list->setModel(model);
    list->setWordWrap(true);
    list->setSpacing(2);
    list->setUniformItemSizes(false);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    return list;
}

} // namespace

NotesPane::NotesPane(QWidget *parent)
    : QWidget(parent)
    , m_details(new QLabel(this))
    , m_articleNote(new QPlainTextEdit(this))
    , m_orphanTitle(new QLabel(tr("Not found in the current text"), this))
    , m_empty(new QLabel(this))
    , m_editorBox(new QWidget(this))
    , m_noteEditor(new QPlainTextEdit(this))
    , m_tags(new TagEditor(this))
    , m_colorName(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_copy(new QPushButton(tr("Cop&y"), this))
    , m_model(new HighlightListModel(this))
    , m_orphans(new HighlightListModel(this))
{
    m_list = makeList(this, m_model);
    m_orphanList = makeList(this, m_orphans);
    m_list->setAccessibleName(tr("Highlights"));
    m_orphanList->setAccessibleName(tr("Highlights not found in the current text"));

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_articleNote->setPlaceholderText(tr("A note on the whole article…"));
    m_articleNote->setMaximumHeight(90);
    m_articleNote->setAccessibleName(tr("Article note"));
    m_noteEditor->setPlaceholderText(tr("A note on this highlight…"));
    m_noteEditor->setMaximumHeight(110);
    m_noteEditor->setAccessibleName(tr("Highlight note"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_orphanTitle->setEnabled(false);

    auto *editor = new QVBoxLayout(m_editorBox);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->addWidget(m_noteEditor);
    editor->addWidget(m_tags);
    editor->addWidget(m_colorName);
    auto *buttons = new QHBoxLayout;
    for (const QString &color : Highlight::colors()) {
        auto *button = new QToolButton(this);
        button->setIcon(HighlightListModel::swatch(color));
        button->setAutoRaise(true);
        m_swatches << button;
        connect(button, &QToolButton::clicked, this, [this, color] {
            if (const std::optional<Highlight> h = current(); h && h->color != color)
                Q_EMIT recolorRequested(h->id, color);
        });
        buttons->addWidget(button);
    }
    buttons->addStretch();
    m_copy->setToolTip(
        tr("Copy the highlight as Markdown: the quote, a link to the article, the note"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_remove);
    editor->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addWidget(m_articleNote);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_empty, 3);
    layout->addWidget(m_orphanTitle);
    layout->addWidget(m_orphanList, 1);
    layout->addWidget(m_editorBox);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid()) {
                    m_orphanList->clearSelection();
                    if (!m_loading)
                        Q_EMIT highlightActivated(
                            index.data(HighlightListModel::IdRole).toLongLong());
                }
                showSelection();
            });
    // A click makes a row current before it selects it: once the current row is selected, the
    // pane shows it. (Selected from code, a row is selected first and then made current.)
    const auto showSelected = [this] {
        if (current())
            showSelection();
    };
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, showSelected);
    connect(m_orphanList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            showSelected);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT highlightActivated(index.data(HighlightListModel::IdRole).toLongLong());
    });
    connect(m_orphanList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    m_list->clearSelection();
                showSelection();
            });
    connect(m_noteEditor, &QPlainTextEdit::textChanged, this, [this] {
        const std::optional<Highlight> h = current();
        if (m_loading || !h)
            return;
        const QString text = m_noteEditor->toPlainText();
        if (text == m_noteText)
            return;
        const QString before = m_noteText;
        m_noteText = text;
        Q_EMIT noteEdited(h->id, before, text);
    });
    connect(m_articleNote, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_articleNote->toPlainText();
        if (m_loading || text == m_articleNoteText)
            return;
        const QString before = m_articleNoteText;
        m_articleNoteText = text;
        Q_EMIT articleNoteEdited(before, text);
    });
    connect(m_tags, &TagEditor::tagAdded, this, [this](const QString &tag) {
        if (const std::optional<Highlight> h = current())
            Q_EMIT tagAdded(h->id, tag);
    });
    connect(m_tags, &TagEditor::tagRemoved, this, [this](const QString &tag) {
        if (const std::optional<Highlight> h = current())
            Q_EMIT tagRemoved(h->id, tag);
    });
    connect(m_copy, &QPushButton::clicked, this, &NotesPane::copySelected);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const std::optional<Highlight> h = current())
            Q_EMIT removeRequested(h->id);
    });
    setColorNames({});
    clear();
}

void NotesPane::setColorNames(const ColorNames &names)
{
    m_colorNames = names;
    const QStringList colors = Highlight::colors();
    for (int i = 0; i < colors.size(); ++i)
        m_swatches.at(i)->setToolTip(
            tr("Make this highlight %1")
                .arg(Highlight::colorLabel(colors.at(i), names.value(colors.at(i)))));
    showSelection();
}

void NotesPane::setTagCompletions(const QStringList &tags)
{
    m_tags->setCompletions(tags);
}

QString NotesPane::colorText() const
{
    return m_colorName->text();
}

void NotesPane::showArticle(const ArticleRecord &record)
{
    const Article &a = record.article;
    m_title = a.title;
    m_sourcePath = record.sourcePath;
    QStringList paths;
    for (const QStringList &path : a.categoryPaths)
        paths << path.join(QStringLiteral(" › ")).toHtmlEscaped();
    QStringList meta;
    if (!a.author.isEmpty())
        meta << a.author.toHtmlEscaped();
    meta << (a.published.isValid()
                 ? QLocale().toString(a.published.toLocalTime().date(), QLocale::ShortFormat)
                 : tr("date unknown"));
    meta << tr("%n character(s)", nullptr, int(a.text.size()));
    QString details = QStringLiteral("<b>%1</b><br><small>%2<br>%3")
                          .arg(a.title.toHtmlEscaped(), meta.join(QStringLiteral(" · ")),
                               paths.join(QStringLiteral("; ")));
    if (!a.tags.isEmpty())
        details += QStringLiteral("<br>")
            + tr("Tags: %1").arg(a.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    m_details->setText(details + QStringLiteral("</small>"));
    m_details->setToolTip(record.sourcePath);
    m_articleNote->setEnabled(true);
    setArticleNote(record.note);
}

void NotesPane::copySelected()
{
    if (const std::optional<Highlight> h = current())
        QGuiApplication::clipboard()->setText(
            MarkdownExporter::clipboardText(*h, m_title, m_sourcePath, m_libraryId));
}

void NotesPane::clear()
{
    m_details->setText(tr("Open an article to see its highlights and notes."));
    m_details->setToolTip({});
    setArticleNote({});
    m_articleNote->setEnabled(false);
    setHighlights({});
}

void NotesPane::setArticleNote(const QString &note)
{
    if (note == m_articleNote->toPlainText())
        return;
    m_loading = true;
    m_articleNoteText = note;
    m_articleNote->setPlainText(note);
    m_loading = false;
}

void NotesPane::setHighlights(const QList<Highlight> &highlights, qint64 selectId)
{
    const qint64 keep = selectId != 0 ? selectId : selectedHighlight();
    QList<Highlight> found, lost;
    for (const Highlight &h : highlights)
        (h.state == AnchorState::Orphaned ? lost : found) << h;
    m_loading = true;
    m_model->setHighlights(found);
    m_orphans->setHighlights(lost);
    m_loading = false;
    m_orphanTitle->setVisible(!lost.isEmpty());
    m_orphanList->setVisible(!lost.isEmpty());
    m_list->setVisible(!found.isEmpty());
    m_empty->setVisible(found.isEmpty());
    m_empty->setText(tr("No highlights yet.\nSelect text in the article and press H, or "
                        "right-click it to pick a colour."));
    selectHighlight(keep);
    showSelection();
}

void NotesPane::selectHighlight(qint64 id)
{
    m_loading = true;
    if (const int row = m_model->rowOf(id); row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
        m_list->scrollTo(m_model->index(row));
    } else if (const int orphan = m_orphans->rowOf(id); orphan >= 0) {
        m_orphanList->setCurrentIndex(m_orphans->index(orphan));
    }
    m_loading = false;
    showSelection();
}

qint64 NotesPane::selectedHighlight() const
{
    const std::optional<Highlight> h = current();
    return h ? h->id : 0;
}

std::optional<Highlight> NotesPane::current() const
{
    QModelIndex index = m_list->selectionModel()->currentIndex();
    const HighlightListModel *model = m_model;
    if (!index.isValid() || !m_list->selectionModel()->isSelected(index)) {
        index = m_orphanList->selectionModel()->currentIndex();
        model = m_orphans;
        if (!index.isValid() || !m_orphanList->selectionModel()->isSelected(index))
            return std::nullopt;
    }
    if (index.row() >= model->highlights().size())
        return std::nullopt;
    return model->highlights().at(index.row());
}

void NotesPane::showSelection()
{
    const std::optional<Highlight> h = current();
    m_editorBox->setEnabled(h.has_value());
    m_tags->setTags(h ? h->tags : QStringList());
    m_colorName->setText(
        h ? tr("Colour: %1").arg(Highlight::colorLabel(h->color, m_colorNames.value(h->color)))
          : QString());
    const QString note = h ? h->note : QString();
    // While someone types, the stored note catches up with the editor: leave the editor be.
    if (m_noteEditor->hasFocus() && note == m_noteEditor->toPlainText())
        return;
    const bool loading = m_loading;
    m_loading = true;
    m_noteText = note;
    m_noteEditor->setPlainText(note);
    m_loading = loading;
}

} // namespace gloss
