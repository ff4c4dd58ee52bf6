#include "mainwindow.h"

#include "aboutdialog.h"
#include "annotate/annotationcontroller.h"
#include "annotate/notespane.h"
#include "annotate/savestatus.h"
#include "instanceserver.h"
#include "jobs/exportcontroller.h"
#include "jobs/exportdialog.h"
#include "jobs/importcontroller.h"
#include "library/database.h"
#include "library/librarysession.h"
#include "library/samplelibrary.h"
#include "messagebar.h"
#include "reader/findbar.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "search/searchresultmodel.h"
#include "settings/appsettings.h"
#include "settings/language.h"
#include "settings/preferencesdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gloss {

namespace {

QWidget *makeWelcome(QWidget *parent, QAction *sample, QAction *import)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *title = new QLabel(MainWindow::tr("This library is empty"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        MainWindow::tr("Import a folder of Hexo posts (Markdown or HTML with YAML front "
                       "matter), or look around the sample library first."),
        page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *buttons = new QHBoxLayout;
    auto *sampleButton = new QPushButton(MainWindow::tr("Open &Sample Library"), page);
    auto *importButton = new QPushButton(MainWindow::tr("&Import Folder…"), page);
    importButton->setDefault(true);
    QObject::connect(sampleButton, &QPushButton::clicked, sample, &QAction::trigger);
    QObject::connect(importButton, &QPushButton::clicked, import, &QAction::trigger);
    buttons->addStretch();
    buttons->addWidget(sampleButton);
    buttons->addWidget(importButton);
    buttons->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(AppSettings().reader())
    , m_importer(new ImportController(this))
    , m_exporter(new ExportController(this))
{
    setWindowTitle(tr("Gloss"));
    setAcceptDrops(true);
    createActions();

    // The widgets are made in the order Tab visits them.
    auto *categoryView = new QTreeView(this);
    auto *articleView = new QTreeView(this);

    // The search results take the article list's place while the field holds a query.
    m_instance = new InstanceServer(this);
    m_search = new SearchPanel(this);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(articleView);
    m_listStack->addWidget(m_search);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(categoryView);
    m_leftSplitter->addWidget(m_listStack);
    m_leftSplitter->setStretchFactor(1, 2);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_search->field());
    leftLayout->addWidget(m_leftSplitter, 1);

    m_reader = new ReaderView(this);
    m_reader->setReaderSettings(m_settings);
    m_session = new LibrarySession(categoryView, articleView, m_reader, this);
    m_session->setCloseCheck([this] { return mayCloseLibrary(); });
    m_findBar = new FindBar(m_reader->page(), this);
    m_messageBar = new MessageBar(this);
    m_readerColumn = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(m_readerColumn);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_messageBar);
    readerLayout->addWidget(m_findBar);
    readerLayout->addWidget(m_reader, 1);
    m_welcome = makeWelcome(this, m_sampleAction, m_importAction);
    m_center = new QStackedWidget(this);
    m_center->addWidget(m_readerColumn);
    m_center->addWidget(m_welcome);

    m_notes = new NotesPane(this);
    m_annotations = new AnnotationController(m_session, m_reader, m_notes, this);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_center);
    m_mainSplitter->addWidget(m_notes);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 5);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setSizes({ 320, 760, 280 });
    setCentralWidget(m_mainSplitter);

    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_cancelImport = new QPushButton(tr("Cancel"), this);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelImport);
    m_progress->hide();
    m_cancelImport->hide();

    connect(m_session, &LibrarySession::libraryLocked, m_instance, &InstanceServer::listen);
    connect(m_session, &LibrarySession::opened, this, [this] {
        m_search->setLibrary(m_session->path());
        const QSignalBlocker blocker(m_remoteImages);
        m_remoteImages->setChecked(m_session->remoteImages());
        setWindowTitle(tr("%1 — Gloss").arg(QFileInfo(m_session->path()).completeBaseName()));
    });
    connect(m_session, &LibrarySession::categoryShown, this,
            [this](std::optional<qint64> id, const QString &name, int count) {
                m_search->setCategory(id, name);
                statusBar()->showMessage(tr("%n article(s)", nullptr, count), 3000);
            });
    connect(m_session, &LibrarySession::contentsChanged, this, &MainWindow::updateCentralPage);
    connect(m_session, &LibrarySession::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_search, &SearchPanel::activeChanged, this, [this](bool active) {
        m_listStack->setCurrentWidget(active ? static_cast<QWidget *>(m_search)
                                             : m_session->articleView());
        if (!active)
            m_reader->showSearchMatches(m_reader->articleId(), {});
    });
    connect(m_search, &SearchPanel::resultActivated, this, [this](qint64 article, qint64 id) {
        m_session->openSearchResult(article, id, m_search->terms());
    });
    connect(m_instance, &InstanceServer::activationRequested, this,
            [this](const QStringList &folders) {
                if (isMinimized())
                    showNormal();
                raise();
                activateWindow();
                if (!folders.isEmpty())
                    importFolder(folders.constFirst());
            });
    connect(m_reader, &ReaderView::articleReady, m_findBar, &FindBar::refresh);
    connect(m_reader, &ReaderView::externalLinkRequested, this, [this](const QUrl &url) {
        statusBar()->showMessage(tr("Opened %1 in the browser").arg(url.toDisplayString()), 4000);
        QDesktopServices::openUrl(url);
    });
    connect(m_importer, &ImportController::progress, this, &MainWindow::onImportProgress);
    connect(m_importer, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_cancelImport, &QPushButton::clicked, m_importer, &ImportController::cancel);
    connect(m_cancelImport, &QPushButton::clicked, m_exporter, &ExportController::cancel);
    connect(m_exporter, &ExportController::progress, this, [this](int done, int total) {
        m_statusLabel->setText(tr("Exporting: %1 of %2 articles").arg(done).arg(total));
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_exporter, &ExportController::finished, this,
            [this](const QStringList &written, const QString &error, bool canceled,
                   const QString &folder) {
                m_progress->hide();
                m_cancelImport->hide();
                m_statusLabel->clear();
                m_exportAction->setEnabled(true);
                Q_EMIT exportFinished(written, error);
                if (!error.isEmpty()) {
                    QMessageBox::critical(this, tr("Export failed"), error);
                    return;
                }
                auto *box = new QMessageBox(
                    QMessageBox::Information, tr("Export finished"),
                    canceled ? tr("Export canceled after %n file(s).", nullptr, int(written.size()))
                             : tr("Exported %n file(s) to %1.", nullptr, int(written.size()))
                                   .arg(QDir::toNativeSeparators(folder)),
                    QMessageBox::Close, this);
                QPushButton *show = box->addButton(tr("&Show in Folder"), QMessageBox::ActionRole);
                connect(show, &QPushButton::clicked, this,
                        [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });

    // Saves that fail, and notes kept meanwhile, are told in the bar above the reader.
    connect(m_annotations->saveStatus(), &SaveStatus::changed, this, &MainWindow::updateMessageBar);
    connect(m_messageBar, &MessageBar::buttonClicked, this, [this](int button) {
        SaveStatus *status = m_annotations->saveStatus();
        if (status->isFailing()) {
            if (button == 0)
                status->retry();
            else
                showSaveDetails();
        } else if (button == 0) {
            status->saveRecovered();
        } else if (QMessageBox::question(
                       this, tr("Discard Unsaved Notes"),
                       tr("Discard the %n note(s) that could not be saved? This cannot be undone.",
                          nullptr, int(status->recovered().size())))
                   == QMessageBox::Yes) {
            status->discardRecovered();
        }
    });
    createMenus();

    resize(1360, 860);
    const AppSettings::Window window = AppSettings().window();
    restoreGeometry(window.geometry);
    restoreState(window.state);
    m_mainSplitter->restoreState(window.mainSplitter);
    m_leftSplitter->restoreState(window.leftSplitter);
    m_session->articleView()->header()->restoreState(window.articleHeader);
    updateCentralPage();
}

MainWindow::~MainWindow()
{
    m_exporter->cancelAndWait();
    m_importer->cancelAndWait();
    // The library closes before the child widgets go; a request the page still has in flight
    // must find no library rather than a closed one.
    m_reader->setLibrary(nullptr);
}

void MainWindow::createActions()
{
    // A slot that changes one reading setting and applies the result.
    auto adjust = [this](auto change) {
        return [this, change] {
            ReaderSettings s = m_settings;
            change(s);
            applySettings(s);
        };
    };

    m_importAction = new QAction(tr("&Import Folder…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseFolderToImport);
    m_exportAction = new QAction(tr("&Export Notes…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString categoryName
            = m_session->categoryId() ? m_session->categoryName() : QString();
        const AppSettings settings;
        ExportDialog dialog(m_reader->articleId() != 0, categoryName, settings.exportFolder(),
                            settings.exportFullText(), this);
        if (dialog.exec() == QDialog::Accepted)
            exportNotes(int(dialog.scope()), dialog.folder(), dialog.fullText());
    });
    m_sampleAction = new QAction(tr("Open &Sample Library"), this);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSampleLibrary);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_themeGroup = new QActionGroup(this);
    const QList<QPair<ReaderSettings::Theme, QString>> themes {
        { ReaderSettings::Theme::System, tr("&System") },
        { ReaderSettings::Theme::Light, tr("&Light") },
        { ReaderSettings::Theme::Sepia, tr("S&epia") },
        { ReaderSettings::Theme::Dark, tr("&Dark") }
    };
    for (const auto &[theme, label] : themes) {
        QAction *action = m_themeGroup->addAction(label);
        action->setCheckable(true);
        action->setData(int(theme));
        action->setChecked(theme == m_settings.theme);
        connect(action, &QAction::triggered, this,
                adjust([theme = theme](ReaderSettings &s) { s.theme = theme; }));
    }

    m_zoomIn = new QAction(tr("&Larger Text"), this);
    m_zoomIn->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn });
    connect(m_zoomIn, &QAction::triggered, this, adjust([](ReaderSettings &s) {
                s.fontSize = qMin(s.fontSize + 1, ReaderSettings::maxFontSize);
            }));
    m_zoomOut = new QAction(tr("S&maller Text"), this);
    m_zoomOut->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut });
    connect(m_zoomOut, &QAction::triggered, this, adjust([](ReaderSettings &s) {
                s.fontSize = qMax(s.fontSize - 1, ReaderSettings::minFontSize);
            }));
    m_zoomReset = new QAction(tr("&Actual Size"), this);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomReset, &QAction::triggered, this,
            adjust([](ReaderSettings &s) { s.fontSize = ReaderSettings::defaultFontSize; }));
    m_wider = new QAction(tr("&Wider Column"), this);
    m_wider->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    connect(m_wider, &QAction::triggered, this, adjust([](ReaderSettings &s) {
                s.lineWidth = qMin(s.lineWidth + 4, ReaderSettings::maxLineWidth);
            }));
    m_narrower = new QAction(tr("&Narrower Column"), this);
    m_narrower->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    connect(m_narrower, &QAction::triggered, this, adjust([](ReaderSettings &s) {
                s.lineWidth = qMax(s.lineWidth - 4, ReaderSettings::minLineWidth);
            }));
    m_remoteImages = new QAction(tr("Load &Remote Images"), this);
    m_remoteImages->setCheckable(true);
    m_remoteImages->setToolTip(
        tr("Let articles of this library load images from the web. Nothing else is ever loaded."));
    connect(m_remoteImages, &QAction::toggled, this,
            [this](bool on) { m_session->setRemoteImages(on); });

    m_nextArticle = new QAction(tr("&Next Article"), this);
    m_nextArticle->setShortcuts({ QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down) });
    connect(m_nextArticle, &QAction::triggered, this, [this] { m_session->moveArticle(1); });
    m_previousArticle = new QAction(tr("&Previous Article"), this);
    m_previousArticle->setShortcuts(
        { QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up) });
    connect(m_previousArticle, &QAction::triggered, this, [this] { m_session->moveArticle(-1); });
    m_focusCategories = new QAction(tr("Go to &Categories"), this);
    m_focusCategories->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_focusCategories, &QAction::triggered, this,
            [this] { m_session->categoryView()->setFocus(); });
    m_focusArticles = new QAction(tr("Go to &Articles"), this);
    m_focusArticles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_focusArticles, &QAction::triggered, this,
            [this] { m_session->articleView()->setFocus(); });
    m_focusReader = new QAction(tr("Go to &Reader"), this);
    m_focusReader->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_focusReader, &QAction::triggered, this, [this] { m_reader->setFocus(); });

    m_highlightAction = new QAction(tr("&Highlight Selection"), this);
    m_highlightAction->setShortcut(QKeySequence(Qt::Key_H));
    connect(m_highlightAction, &QAction::triggered, this,
            [this] { m_annotations->highlightSelection(); });
    static const QHash<QString, QString> names { { QStringLiteral("yellow"), tr("&Yellow") },
                                                 { QStringLiteral("green"), tr("&Green") },
                                                 { QStringLiteral("blue"), tr("&Blue") },
                                                 { QStringLiteral("pink"), tr("&Pink") },
                                                 { QStringLiteral("purple"), tr("P&urple") } };
    for (const QString &color : Highlight::colors()) {
        auto *action = new QAction(names.value(color), this);
        connect(action, &QAction::triggered, this,
                [this, color] { m_annotations->highlightSelection(color); });
        m_colorActions << action;
    }

    m_searchAction = new QAction(tr("&Search Library…"), this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this, [this] { m_search->focusField(); });
    m_findAction = new QAction(tr("&Find in Article…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_reader->articleId() != 0)
            m_findBar->open();
    });
    m_findNextAction = new QAction(tr("Find &Next"), this);
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    connect(m_findNextAction, &QAction::triggered, this,
            [this] { m_findBar->isVisible() ? m_findBar->findNext() : m_findBar->open(); });
    m_findPreviousAction = new QAction(tr("Find Pre&vious"), this);
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    connect(m_findPreviousAction, &QAction::triggered, this,
            [this] { m_findBar->isVisible() ? m_findBar->findPrevious() : m_findBar->open(); });

    m_allHighlightsAction = new QAction(tr("All &Highlights…"), this);
    m_allHighlightsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_allHighlightsAction, &QAction::triggered, this,
            [this] { m_annotations->showAllHighlights(); });

    m_aboutAction = new QAction(tr("&About Gloss"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences });
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(preferences(), this);
        if (dialog.exec() == QDialog::Accepted)
            applyPreferences(dialog.preferences());
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_sampleAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_annotations->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_annotations->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_highlightAction);
    QMenu *colors = edit->addMenu(tr("Highlight &in Colour"));
    colors->addActions(m_colorActions);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_findNextAction);
    edit->addAction(m_findPreviousAction);
    edit->addAction(m_searchAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(m_themeGroup->actions());
    view->addSeparator();
    view->addAction(m_zoomIn);
    view->addAction(m_zoomOut);
    view->addAction(m_zoomReset);
    view->addSeparator();
    view->addAction(m_wider);
    view->addAction(m_narrower);
    view->addSeparator();
    view->addAction(m_remoteImages);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_nextArticle);
    go->addAction(m_previousArticle);
    go->addSeparator();
    go->addAction(m_focusCategories);
    go->addAction(m_focusArticles);
    go->addAction(m_focusReader);
    go->addSeparator();
    go->addAction(m_allHighlightsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

bool MainWindow::openLibrary(const QString &path)
{
    if (m_importer->isRunning()) {
        QMessageBox::information(this, tr("Import running"),
                                 tr("Wait for the import to finish, or cancel it, first."));
        return false;
    }
    return m_session->open(path);
}

void MainWindow::saveWindowState()
{
    // Only a window that was shown has sizes worth keeping.
    if (!isVisible())
        return;
    AppSettings().setWindow({ saveGeometry(), saveState(), m_mainSplitter->saveState(),
                              m_leftSplitter->saveState(),
                              m_session->articleView()->header()->saveState() });
}

bool MainWindow::exportNotes(int scope, const QString &folder, bool fullText)
{
    if (!m_session->database() || folder.isEmpty())
        return false;
    MarkdownExporter::Options options;
    options.scope = MarkdownExporter::Scope(scope);
    options.fullText = fullText;
    options.articleId = m_reader->articleId();
    options.categoryId = m_session->categoryId().value_or(0);
    if ((options.scope == MarkdownExporter::Scope::Article && options.articleId == 0)
        || (options.scope == MarkdownExporter::Scope::Category && options.categoryId == 0))
        options.scope = MarkdownExporter::Scope::Library;
    if (!m_exporter->start(m_session->path(), folder, options))
        return false;
    AppSettings().setExportDefaults(folder, fullText);
    m_exportAction->setEnabled(false);
    m_statusLabel->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(folder)));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelImport->show();
    return true;
}

void MainWindow::applySettings(const ReaderSettings &settings)
{
    m_settings = settings;
    AppSettings().setReader(m_settings);
    m_reader->setReaderSettings(m_settings);
    // The View › Theme menu shows the theme however it was chosen (menu or Preferences).
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toInt() == int(m_settings.theme));
}

Preferences MainWindow::preferences() const
{
    Preferences p = Preferences::load();
    p.reader = m_settings;
    p.remoteImages = m_remoteImages->isChecked();
    return p;
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const QString language = Language::chosen();
    preferences.save();
    applySettings(preferences.reader);
    m_remoteImages->setChecked(preferences.remoteImages);
    if (preferences.language != language)
        statusBar()->showMessage(tr("The new language applies when Gloss starts again."), 8000);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"),
                                                             AppSettings().importFolder());
    if (!folder.isEmpty())
        importFolder(folder);
}

void MainWindow::importFolder(const QString &folder)
{
    if (!m_session->database())
        return;
    if (!m_importer->start(m_session->path(), folder)) {
        statusBar()->showMessage(tr("An import is already running."), 4000);
        return;
    }
    AppSettings().setImportFolder(folder);
    m_statusLabel->setText(tr("Importing %1…").arg(QDir::toNativeSeparators(folder)));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelImport->show();
    m_importAction->setEnabled(false);
    m_sampleAction->setEnabled(false);
}

void MainWindow::onImportProgress(const ImportProgress &p)
{
    switch (p.phase) {
    case ImportProgress::Phase::Scanning:
        m_progress->setRange(0, 0);
        break;
    case ImportProgress::Phase::Storing:
        m_statusLabel->setText(tr("Importing: %1 of %2 files").arg(p.done).arg(p.total));
        m_progress->setRange(0, qMax(1, p.total));
        m_progress->setValue(p.done);
        break;
    case ImportProgress::Phase::Indexing:
        if (p.done == 0)
            m_session->reload(); // everything is stored: show it while search catches up
        m_statusLabel->setText(tr("Indexing for search: %1 of %2").arg(p.done).arg(p.total));
        m_progress->setRange(0, qMax(1, p.total));
        m_progress->setValue(p.done);
        break;
    case ImportProgress::Phase::Finished:
        break;
    }
}

void MainWindow::onImportFinished(const ImportReport &report, const QString &folder)
{
    m_progress->hide();
    m_cancelImport->hide();
    m_importAction->setEnabled(true);
    m_sampleAction->setEnabled(true);
    m_statusLabel->clear();
    m_session->reload();
    Q_EMIT importFinished(report);

    if (!report.ran()) {
        QMessageBox::critical(this, tr("Import failed"), report.fatalError);
        return;
    }
    statusBar()->showMessage(report.summary(), 10000);
    if (report.failed() > 0 || !report.warnings.isEmpty()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Import finished"),
            tr("Imported from %1:\n%2").arg(QDir::toNativeSeparators(folder), report.summary()),
            QMessageBox::Ok, this);
        QStringList lines;
        for (const ImportIssue &issue : report.failures)
            lines << tr("%1: %2").arg(issue.path, issue.message);
        for (const ImportIssue &issue : report.warnings)
            lines << tr("%1: warning: %2").arg(issue.path, issue.message);
        box->setInformativeText(
            tr("%n file(s) could not be imported. Details list each file and the reason.", nullptr,
               report.failed()));
        box->setDetailedText(lines.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::updateCentralPage()
{
    m_center->setCurrentWidget(m_session->isEmpty() ? m_welcome : m_readerColumn);
}

void MainWindow::openSampleLibrary()
{
    QString error;
    const QString folder = SampleLibrary::extract(&error);
    if (folder.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot open the sample library"), error);
        return;
    }
    if (m_session->path() != QFileInfo(SampleLibrary::libraryPath()).absoluteFilePath()
        && !openLibrary(SampleLibrary::libraryPath()))
        return;
    importFolder(folder);
}

void MainWindow::updateMessageBar()
{
    const SaveStatus *status = m_annotations->saveStatus();
    const QString library = QDir::toNativeSeparators(status->libraryPath()).toHtmlEscaped();
    const int unsaved = int(status->unsaved().size());
    if (status->isFailing()) {
        // The reason names the library file.
        QString text
            = tr("<b>Your changes are not saved:</b> %1.").arg(status->error().toHtmlEscaped());
        if (unsaved > 0 && status->recoveryKept())
            text += u' '
                + tr("%n note(s) you typed are kept beside the library and will be saved as "
                     "soon as it can be written again.",
                     nullptr, unsaved);
        else if (unsaved > 0)
            text += u' '
                + tr("%n note(s) you typed could not be kept on disk either: leave Gloss open "
                     "until they are saved.",
                     nullptr, unsaved);
        else
            text += u' ' + tr("The last change was not made.");
        m_messageBar->showMessage(MessageBar::Kind::Warning, text,
                                  { tr("&Try Again"), tr("&Details…") });
    } else if (const auto recovered = status->recovered(); !recovered.isEmpty()) {
        m_messageBar->showMessage(
            MessageBar::Kind::Question,
            tr("%n note(s) typed in an earlier session could not be saved to %1 then.", nullptr,
               int(recovered.size()))
                .arg(library),
            { tr("&Save Them"), tr("Di&scard…") });
    } else {
        m_messageBar->hide();
    }
}

void MainWindow::showSaveDetails()
{
    const SaveStatus *status = m_annotations->saveStatus();
    QStringList lines;
    lines << tr("Library: %1").arg(QDir::toNativeSeparators(status->libraryPath()))
          << tr("Reason: %1").arg(status->error());
    if (status->recoveryKept())
        lines << tr("Unsaved notes are kept in: %1")
                     .arg(QDir::toNativeSeparators(status->recoveryPath()));
    else
        lines << tr("The recovery file could not be written: %1").arg(status->recoveryError());
    for (const SaveStatus::Note &note : status->unsaved())
        lines << QString()
              << tr("Note typed %1:")
                     .arg(QLocale().toString(note.typedAt.toLocalTime(), QLocale::ShortFormat))
              << note.text;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Changes Not Saved"),
        tr("The library cannot be written, so Gloss could not save your last change. Free some "
           "disk space, or make the file and its folder writable again; Gloss tries again "
           "every few seconds."),
        QMessageBox::Close, this);
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::mayCloseLibrary()
{
    SaveStatus *status = m_annotations->saveStatus();
    if (status->unsaved().isEmpty() || status->retry() || status->recoveryKept())
        return true; // what is left is in the recovery file, offered when the library opens
    return QMessageBox::warning(
               this, tr("Notes Not Saved"),
               tr("%n note(s) could not be saved to the library, nor kept beside it: %1\n\n"
                  "Close anyway and lose them?",
                  nullptr, int(status->unsaved().size()))
                   .arg(status->error()),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayCloseLibrary()) {
        event->ignore();
        return;
    }
    m_exporter->cancelAndWait();
    m_importer->cancelAndWait();
    saveWindowState();
    m_session->saveSession();
    AppSettings().setReader(m_settings);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        importFolder(urls.first().toLocalFile());
    }
}

} // namespace gloss
