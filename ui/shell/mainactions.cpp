#include "mainactions.h"

#include "aboutdialog.h"
#include "annotate/annotationcontroller.h"
#include "annotate/highlight.h"
#include "library/articlerepository.h"
#include "library/librarysession.h"
#include "mainwindow.h"
#include "reader/findbar.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenuBar>
#include <QTreeView>
#include <QUndoStack>

namespace gloss {

namespace {

QAction *makeAction(QObject *parent, const QString &text, const QList<QKeySequence> &keys = {})
{
    auto *action = new QAction(text, parent);
    action->setShortcuts(keys);
    return action;
}

} // namespace

MainActions::MainActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    createFileActions();
    createViewActions();
    createGoActions();
    createEditActions();
}

void MainActions::createFileActions()
{
    MainWindow *w = m_window;
    m_import = makeAction(this, tr("&Import Folder…"), { QKeySequence(Qt::CTRL | Qt::Key_I) });
    connect(m_import, &QAction::triggered, w, &MainWindow::chooseFolderToImport);
    m_sample = makeAction(this, tr("Open &Sample Library"));
    connect(m_sample, &QAction::triggered, w, &MainWindow::openSampleLibrary);
    m_export = makeAction(this, tr("&Export Notes…"), { QKeySequence(Qt::CTRL | Qt::Key_E) });
    connect(m_export, &QAction::triggered, w, &MainWindow::chooseExport);
    m_exportAnnotations = makeAction(this, tr("Export &Annotations…"));
    m_exportAnnotations->setToolTip(
        tr("Write every highlight and note to a file of W3C Web Annotations, which other "
           "libraries and tools read"));
    connect(m_exportAnnotations, &QAction::triggered, w, &MainWindow::chooseAnnotationExport);
    m_importAnnotations = makeAction(this, tr("Im&port Annotations…"));
    m_importAnnotations->setToolTip(
        tr("Merge the highlights and notes of a W3C Web Annotations file into this library"));
    connect(m_importAnnotations, &QAction::triggered, w, &MainWindow::chooseAnnotationImport);
    m_quit = makeAction(this, tr("&Quit"), { QKeySequence::Quit });
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, w, &QWidget::close);
}

void MainActions::createViewActions()
{
    // A slot that changes one reading setting and applies the result.
    auto adjust = [this](auto change) {
        return [this, change] {
            ReaderSettings s = m_window->readerView()->readerSettings();
            change(s);
            applyReaderSettings(s);
        };
    };
    m_themes = new QActionGroup(this);
    const QList<QPair<ReaderSettings::Theme, QString>> themes {
        { ReaderSettings::Theme::System, tr("&System") },
        { ReaderSettings::Theme::Light, tr("&Light") },
        { ReaderSettings::Theme::Sepia, tr("S&epia") },
        { ReaderSettings::Theme::Dark, tr("&Dark") }
    };
    for (const auto &[theme, label] : themes) {
        QAction *action = m_themes->addAction(label);
        action->setCheckable(true);
        action->setData(int(theme));
        connect(action, &QAction::triggered, this,
                adjust([theme = theme](ReaderSettings &s) { s.theme = theme; }));
    }
    applyReaderSettings(m_window->readerView()->readerSettings());

    QAction *larger = makeAction(this, tr("&Larger Text"),
                                 { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn });
    connect(larger, &QAction::triggered, this, adjust([](ReaderSettings &s) {
                s.fontSize = qMin(s.fontSize + 1, ReaderSettings::maxFontSize);
            }));
    QAction *smaller
        = makeAction(this, tr("S&maller Text"),
                     { QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut });
    connect(smaller, &QAction::triggered, this, adjust([](ReaderSettings &s) {
                s.fontSize = qMax(s.fontSize - 1, ReaderSettings::minFontSize);
            }));
    QAction *actual = makeAction(this, tr("&Actual Size"), { QKeySequence(Qt::CTRL | Qt::Key_0) });
    connect(actual, &QAction::triggered, this,
            adjust([](ReaderSettings &s) { s.fontSize = ReaderSettings::defaultFontSize; }));
    m_textSize = { larger, smaller, actual };

    QAction *wider
        = makeAction(this, tr("&Wider Column"), { QKeySequence(Qt::CTRL | Qt::Key_BracketRight) });
    connect(wider, &QAction::triggered, this, adjust([](ReaderSettings &s) {
                s.lineWidth = qMin(s.lineWidth + 4, ReaderSettings::maxLineWidth);
            }));
    QAction *narrower = makeAction(this, tr("&Narrower Column"),
                                   { QKeySequence(Qt::CTRL | Qt::Key_BracketLeft) });
    connect(narrower, &QAction::triggered, this, adjust([](ReaderSettings &s) {
                s.lineWidth = qMax(s.lineWidth - 4, ReaderSettings::minLineWidth);
            }));
    m_column = { wider, narrower };

    m_remoteImages = makeAction(this, tr("Load &Remote Images"));
    m_remoteImages->setCheckable(true);
    m_remoteImages->setToolTip(
        tr("Let articles of this library load images from the web. Nothing else is ever loaded."));
    connect(m_remoteImages, &QAction::toggled, this,
            [this](bool on) { m_window->session()->setRemoteImages(on); });
}

void MainActions::createGoActions()
{
    LibrarySession *session = m_window->session();
    QAction *next = makeAction(this, tr("&Next Article"),
                               { QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down) });
    connect(next, &QAction::triggered, session, [session] { session->moveArticle(1); });
    QAction *previous = makeAction(this, tr("&Previous Article"),
                                   { QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up) });
    connect(previous, &QAction::triggered, session, [session] { session->moveArticle(-1); });
    m_articles = { next, previous };

    QAction *categories
        = makeAction(this, tr("Go to &Categories"), { QKeySequence(Qt::CTRL | Qt::Key_1) });
    connect(categories, &QAction::triggered, session,
            [session] { session->categoryView()->setFocus(); });
    QAction *articles
        = makeAction(this, tr("Go to &Articles"), { QKeySequence(Qt::CTRL | Qt::Key_2) });
    connect(articles, &QAction::triggered, session,
            [session] { session->articleView()->setFocus(); });
    QAction *reader = makeAction(this, tr("Go to &Reader"), { QKeySequence(Qt::CTRL | Qt::Key_3) });
    ReaderView *view = m_window->readerView();
    connect(reader, &QAction::triggered, view, [view] { view->setFocus(); });
    m_focus = { categories, articles, reader };

    // [ and ] step through the article's headings (Ctrl+[ and Ctrl+] are the column width).
    QAction *nextHeading
        = makeAction(this, tr("Next Hea&ding"), { QKeySequence(Qt::Key_BracketRight) });
    connect(nextHeading, &QAction::triggered, view, [view] { view->stepHeading(1); });
    QAction *previousHeading
        = makeAction(this, tr("Previous Headin&g"), { QKeySequence(Qt::Key_BracketLeft) });
    connect(previousHeading, &QAction::triggered, view, [view] { view->stepHeading(-1); });
    m_headings = { nextHeading, previousHeading };

    m_allHighlights = makeAction(this, tr("All &Highlights…"),
                                 { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H) });
    AnnotationController *annotations = m_window->annotations();
    connect(m_allHighlights, &QAction::triggered, annotations,
            [annotations] { annotations->showAllHighlights(); });
}

void MainActions::createEditActions()
{
    AnnotationController *annotations = m_window->annotations();
    m_highlight = makeAction(this, tr("&Highlight Selection"), { QKeySequence(Qt::Key_H) });
    connect(m_highlight, &QAction::triggered, annotations,
            [annotations] { annotations->highlightSelection(); });
    // Keys 1 to 5 highlight in the colours in their order; H then goes on with the last one.
    const QStringList colors = Highlight::colors();
    for (int i = 0; i < colors.size(); ++i) {
        const QString color = colors.at(i);
        QAction *action
            = makeAction(this, Highlight::colorMenuText(color), { QKeySequence(Qt::Key_1 + i) });
        connect(action, &QAction::triggered, annotations,
                [annotations, color] { annotations->highlightSelection(color); });
        m_colors << action;
    }
    connect(annotations, &AnnotationController::colorNamesChanged, this,
            [this, colors](const ColorNames &names) {
                for (int i = 0; i < colors.size(); ++i)
                    m_colors.at(i)->setText(
                        Highlight::colorMenuText(colors.at(i), names.value(colors.at(i))));
            });

    FindBar *findBar = m_window->findBar();
    ReaderView *reader = m_window->readerView();
    QAction *find = makeAction(this, tr("&Find in Article…"), { QKeySequence::Find });
    connect(find, &QAction::triggered, findBar, [findBar, reader] {
        if (reader->articleId() != 0)
            findBar->open();
    });
    QAction *findNext = makeAction(this, tr("Find &Next"), { QKeySequence::FindNext });
    connect(findNext, &QAction::triggered, findBar,
            [findBar] { findBar->isVisible() ? findBar->findNext() : findBar->open(); });
    QAction *findPrevious = makeAction(this, tr("Find Pre&vious"), { QKeySequence::FindPrevious });
    connect(findPrevious, &QAction::triggered, findBar,
            [findBar] { findBar->isVisible() ? findBar->findPrevious() : findBar->open(); });
    QAction *search = makeAction(this, tr("&Search Library…"),
                                 { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F) });
    SearchPanel *panel = m_window->searchPanel();
    connect(search, &QAction::triggered, panel, [panel] { panel->focusField(); });
    m_find = { find, findNext, findPrevious, search };

    // Remove from Library, in the Edit menu and the article list's context menu.
    LibrarySession *session = m_window->session();
    m_removeArticles = makeAction(this, tr("&Remove from Library…"));
    connect(m_removeArticles, &QAction::triggered, annotations,
            [annotations, session] { annotations->removeArticles(session->selectedArticles()); });
    m_removeMissing = makeAction(this, tr("Remove All &Missing…"));
    connect(m_removeMissing, &QAction::triggered, annotations,
            [annotations] { annotations->removeAllMissing(); });
    QTreeView *list = session->articleView();
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    list->addActions({ m_removeArticles, m_removeMissing });
    auto enable = [this, session] {
        const Database *db = session->database();
        m_removeArticles->setEnabled(db && !session->selectedArticles().isEmpty());
        m_removeMissing->setEnabled(db && ArticleRepository(*db).missingCount() > 0);
    };
    connect(session, &LibrarySession::contentsChanged, this, enable);
    connect(session, &LibrarySession::opened, this, enable);
    enable();

    m_preferences
        = makeAction(this, tr("&Preferences…"),
                     { QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences });
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, m_window, &MainWindow::showPreferences);

    m_about = makeAction(this, tr("&About Gloss"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, m_window, [this] { AboutDialog(m_window).exec(); });
}

void MainActions::createMenus(QMenuBar *bar)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({ m_import, m_sample, m_export });
    file->addSeparator();
    file->addActions({ m_exportAnnotations, m_importAnnotations });
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    QUndoStack *undoStack = m_window->annotations()->undoStack();
    QAction *undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addActions({ undo, redo });
    edit->addSeparator();
    edit->addAction(m_highlight);
    edit->addMenu(tr("Highlight &in Colour"))->addActions(m_colors);
    edit->addSeparator();
    edit->addActions(m_find);
    edit->addSeparator();
    edit->addActions({ m_removeArticles, m_removeMissing });
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addMenu(tr("&Theme"))->addActions(m_themes->actions());
    view->addSeparator();
    view->addActions(m_textSize);
    view->addSeparator();
    view->addActions(m_column);
    view->addSeparator();
    view->addAction(m_remoteImages);

    QMenu *go = bar->addMenu(tr("&Go"));
    go->addActions(m_articles);
    go->addActions(m_headings);
    go->addSeparator();
    go->addActions(m_focus);
    go->addSeparator();
    go->addAction(m_allHighlights);

    bar->addMenu(tr("&Help"))->addAction(m_about);
}

void MainActions::setImportRunning(bool running)
{
    m_import->setEnabled(!running);
    m_sample->setEnabled(!running);
}

void MainActions::setExportRunning(bool running)
{
    m_export->setEnabled(!running);
}

void MainActions::setExchangeRunning(bool running)
{
    m_exportAnnotations->setEnabled(!running);
    m_importAnnotations->setEnabled(!running);
}

void MainActions::showRemoteImages(bool on)
{
    const QSignalBlocker blocker(m_remoteImages);
    m_remoteImages->setChecked(on);
}

void MainActions::applyReaderSettings(const ReaderSettings &settings)
{
    AppSettings().setReader(settings);
    m_window->readerView()->setReaderSettings(settings);
    for (QAction *action : m_themes->actions())
        action->setChecked(action->data().toInt() == int(settings.theme));
}

} // namespace gloss
