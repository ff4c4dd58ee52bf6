#include "annotationcontroller.h"

#include "allhighlightsdialog.h"
#include "annotationhistory.h"
#include "highlightcommands.h"
#include "library/articlerepository.h"
#include "library/highlightrepository.h"
#include "library/librarysession.h"
#include "library/settingsrepository.h"
#include "library/tagname.h"
#include "notespane.h"
#include "reader/readerview.h"
#include "removearticlescommand.h"
#include "savestatus.h"

#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <algorithm>

namespace gloss {

AnnotationController::AnnotationController(LibrarySession *session, ReaderView *reader,
                                           NotesPane *notes, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_reader(reader)
    , m_notes(notes)
    , m_window(window)
    , m_undo(new QUndoStack(this))
    , m_history(new AnnotationHistory(m_undo, this))
    , m_saveStatus(new SaveStatus(this))
{
    // Every change goes through the undo stack, and only a saved one stays on it.
    connect(m_history, &AnnotationHistory::saveFailed, m_saveStatus, &SaveStatus::failed);
    connect(m_history, &AnnotationHistory::saved, m_saveStatus, &SaveStatus::saved);
    connect(m_session, &LibrarySession::saveFailed, m_saveStatus, &SaveStatus::failed);
    connect(m_session, &LibrarySession::saved, m_saveStatus, &SaveStatus::saved);
    connect(m_saveStatus, &SaveStatus::noteSaved, this, [this](qint64 articleId) {
        if (articleId == m_reader->articleId())
            refresh(articleId, 0);
    });

    connect(m_session, &LibrarySession::closing, this, [this] {
        m_notes->clear();
        m_undo->clear(); // its commands belong to the library that is closing
        if (m_allHighlights)
            m_allHighlights->hide();
        m_saveStatus->setLibrary(nullptr);
        m_notes->setTagCompletions({});
        showColorNames({});
    });
    connect(m_session, &LibrarySession::opened, this, [this] {
        m_saveStatus->setLibrary(m_session->database());
        const SettingsRepository settings(*m_session->database());
        m_notes->setLibraryId(QUuid::fromString(settings.libraryId()));
        showColorNames(settings.colorNames());
        m_notes->setTagCompletions(HighlightRepository(*m_session->database()).tagNames());
    });
    connect(m_session, &LibrarySession::articleShown, this, [this](const ArticleRecord &record) {
        m_notes->showArticle(record);
        refresh(record.id, 0);
    });
    connect(m_session, &LibrarySession::highlightRevealed, m_notes, &NotesPane::selectHighlight);

    connect(m_reader, &ReaderView::highlightRequested, this, &AnnotationController::addHighlight);
    connect(m_reader, &ReaderView::highlightClicked, m_notes, &NotesPane::selectHighlight);
    connect(m_reader, &ReaderView::recolorRequested, this, &AnnotationController::recolor);
    connect(m_reader, &ReaderView::removeRequested, this, &AnnotationController::remove);
    connect(m_notes, &NotesPane::highlightActivated, m_reader, &ReaderView::revealHighlight);
    connect(m_notes, &NotesPane::noteEdited, this,
            [this](qint64 id, const QString &before, const QString &after) {
                editNote(false, id, before, after);
            });
    connect(m_notes, &NotesPane::articleNoteEdited, this,
            [this](const QString &before, const QString &after) {
                editNote(true, m_reader->articleId(), before, after);
            });
    connect(m_notes, &NotesPane::recolorRequested, this, &AnnotationController::recolor);
    connect(m_notes, &NotesPane::removeRequested, this, &AnnotationController::remove);
    connect(m_notes, &NotesPane::tagAdded, this, [this](qint64 id, const QString &name) {
        tag(id, name, TagHighlightCommand::Change::Add);
    });
    connect(m_notes, &NotesPane::tagRemoved, this, [this](qint64 id, const QString &name) {
        tag(id, name, TagHighlightCommand::Change::Remove);
    });
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::highlightSelection(const QString &color)
{
    m_reader->highlightSelection(color.isEmpty() ? m_lastColor : color);
}

void AnnotationController::addHighlight(qint64 articleId, const TextSelector &selector,
                                        const QString &color)
{
    const Database *db = m_session->database();
    if (!db)
        return;
    Highlight h;
    h.articleId = articleId;
    h.color = color;
    h.selector = selector;
    m_lastColor = color;
    m_history->run(new AddHighlightCommand(*db, m_history, h, changed()));
}

// A note that cannot be saved stays in its editor and is kept until the library takes it.
void AnnotationController::editNote(bool onArticle, qint64 id, const QString &before,
                                    const QString &after)
{
    const qint64 article = m_reader->articleId();
    const auto target
        = onArticle ? EditNoteCommand::Target::Article : EditNoteCommand::Target::Highlight;
    if (m_history->run(new EditNoteCommand(*m_session->database(), m_history, target, id, article,
                                           before, after, changed())))
        m_saveStatus->forgetNote(onArticle, id);
    else
        m_saveStatus->keepNote({ onArticle, id, article, after, QDateTime::currentDateTimeUtc() });
}

// Recolour and remove come from the pane and from the article's context menu alike.
void AnnotationController::recolor(qint64 id, const QString &color)
{
    const Database &db = *m_session->database();
    if (const std::optional<Highlight> h = HighlightRepository(db).find(id); h && h->color != color)
        m_history->run(new RecolorHighlightCommand(db, m_history, *h, color, changed()));
}

void AnnotationController::remove(qint64 id)
{
    const Database &db = *m_session->database();
    if (const std::optional<Highlight> h = HighlightRepository(db).find(id))
        m_history->run(new RemoveHighlightCommand(db, m_history, *h, changed()));
}

// A tag the highlight has already (in any case) is not added again; one it lacks is not removed.
void AnnotationController::tag(qint64 id, const QString &name, TagHighlightCommand::Change change)
{
    const Database *db = m_session->database();
    if (!db)
        return;
    const std::optional<Highlight> h = HighlightRepository(*db).find(id);
    if (!h)
        return;
    const QString key = TagName::key(name);
    const auto it = std::find_if(h->tags.cbegin(), h->tags.cend(),
                                 [&](const QString &tag) { return TagName::key(tag) == key; });
    const bool has = it != h->tags.cend();
    if (key.isEmpty() || has == (change == TagHighlightCommand::Change::Add))
        return;
    // A removed tag comes back on undo under the name it had.
    const QString tag = has ? *it : TagName::normalized(name);
    m_history->run(new TagHighlightCommand(*db, m_history, *h, tag, change, changed()));
}

bool AnnotationController::setColorNames(const ColorNames &names)
{
    const Database *db = m_session->database();
    if (!db)
        return false;
    SettingsRepository settings(*db);
    QString error;
    if (!settings.setColorNames(names, &error)) {
        m_saveStatus->failed(error);
        return false;
    }
    m_saveStatus->saved();
    showColorNames(settings.colorNames());
    return true;
}

void AnnotationController::showColorNames(const ColorNames &names)
{
    m_colorNames = names;
    m_notes->setColorNames(names);
    m_reader->setColorNames(names);
    if (m_allHighlights)
        m_allHighlights->setColorNames(names);
    Q_EMIT colorNamesChanged(names);
}

HighlightsChanged AnnotationController::changed()
{
    return [this](qint64 articleId, qint64 highlightId) { refresh(articleId, highlightId); };
}

void AnnotationController::refresh(qint64 articleId, qint64 highlightId)
{
    const Database *db = m_session->database();
    if (!db || articleId == 0)
        return;
    if (articleId != m_reader->articleId()) {
        // An undo for another article: show that article first.
        m_session->selectArticle(articleId);
        if (articleId != m_reader->articleId())
            return;
    }
    HighlightRepository::Filter filter;
    filter.articleId = articleId;
    QList<Highlight> highlights = HighlightRepository(*db).list(filter);
    std::optional<QString> articleNote = ArticleRepository(*db).note(articleId);
    // What the person typed and the library did not take yet is what they see.
    for (const SaveStatus::Note &note : m_saveStatus->unsaved()) {
        if (note.articleId != articleId)
            continue;
        if (note.onArticle)
            articleNote = note.text;
        for (Highlight &h : highlights)
            if (!note.onArticle && h.id == note.id)
                h.note = note.text;
    }
    m_reader->setHighlights(highlights);
    m_notes->setHighlights(highlights, highlightId);
    m_notes->setTagCompletions(HighlightRepository(*db).tagNames());
    if (m_allHighlights && m_allHighlights->isVisible())
        m_allHighlights->reload();
    if (articleNote)
        m_notes->setArticleNote(*articleNote);
}

void AnnotationController::removeArticles(const QList<qint64> &ids)
{
    const Database *db = m_session->database();
    if (!db || ids.isEmpty())
        return;
    QString error;
    const ArticleRemoval::Annotations annotations = ArticleRemoval(*db).annotations(ids, &error);
    if (!error.isEmpty()) {
        QMessageBox::critical(m_window, tr("Remove from Library"), error);
        return;
    }
    const QString title = ArticleRepository(*db).title(ids.constFirst());
    auto remove = [this, ids, title] {
        const Database *open = m_session->database();
        if (!open)
            return;
        m_history->run(new RemoveArticlesCommand(*open, m_history, ids, title,
                                                 [this](qint64 articleId, qint64) {
                                                     m_session->reload();
                                                     if (articleId != 0)
                                                         m_session->selectArticle(articleId);
                                                 }));
    };
    if (annotations.isEmpty()) {
        remove();
        return;
    }
    // Asked without blocking, so that the library may not change under an open question.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove from Library"),
        ids.size() == 1 ? tr("Remove “%1” from the library?").arg(title)
                        : tr("Remove %n article(s) from the library?", nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setInformativeText(
        tr("%1 and %2 go with it. Edit › Undo brings everything back while this window is open.")
            .arg(tr("%n highlight(s)", nullptr, annotations.highlights),
                 tr("%n note(s)", nullptr, annotations.notes)));
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, remove](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            remove();
    });
    box->open();
}

void AnnotationController::removeAllMissing()
{
    if (const Database *db = m_session->database())
        removeArticles(ArticleRemoval(*db).missing());
}

AllHighlightsDialog *AnnotationController::showAllHighlights()
{
    if (!m_allHighlights) {
        m_allHighlights = new AllHighlightsDialog(m_window);
        m_allHighlights->setColorNames(m_colorNames);
        connect(m_allHighlights, &AllHighlightsDialog::openRequested, m_session,
                &LibrarySession::openHighlight);
    }
    m_allHighlights->setLibrary(m_session->database());
    m_allHighlights->show();
    m_allHighlights->raise();
    m_allHighlights->activateWindow();
    return m_allHighlights;
}

} // namespace gloss
