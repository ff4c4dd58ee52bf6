#include "mainwindow.h"

#include "aboutdialog.h"
#include "allhighlightsdialog.h"
#include "annotationhistory.h"
#include "articlelistmodel.h"
#include "categorytreemodel.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "highlightcommands.h"
#include "importcontroller.h"
#include "instanceserver.h"
#include "language.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/librarybackup.h"
#include "library/librarylock.h"
#include "library/settingsrepository.h"
#include "messagebar.h"
#include "notespane.h"
#include "preferencesdialog.h"
#include "reader/findbar.h"
#include "reader/readerview.h"
#include "samplelibrary.h"
#include "savestatus.h"
#include "searchpanel.h"
#include "searchresultmodel.h"

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
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
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
    , m_settings(ReaderSettings::load())
    , m_categories(new CategoryTreeModel(this))
    , m_articles(new ArticleListModel(this))
    , m_importer(new ImportController(this))
    , m_undo(new QUndoStack(this))
    , m_exporter(new ExportController(this))
{
    m_history = new AnnotationHistory(m_undo, this);
    m_saveStatus = new SaveStatus(this);
    setWindowTitle(tr("Gloss"));
    setAcceptDrops(true);
    createActions();
    createMenus();

    m_categoryView = new QTreeView(this);
    m_categoryView->setModel(m_categories);
    m_categoryView->setHeaderHidden(true);
    m_categoryView->setUniformRowHeights(true);
    m_categoryView->setAccessibleName(tr("Categories"));

    m_articleView = new QTreeView(this);
    m_articleView->setModel(m_articles);
    m_articleView->setRootIsDecorated(false);
    m_articleView->setUniformRowHeights(true);
    m_articleView->setSortingEnabled(true);
    m_articleView->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setAccessibleName(tr("Articles"));
    m_articleView->header()->setStretchLastSection(false);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::TitleColumn,
                                                  QHeaderView::Stretch);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::DateColumn,
                                                  QHeaderView::ResizeToContents);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::AuthorColumn,
                                                  QHeaderView::Interactive);

    // The search results take the article list's place while the field holds a query.
    m_instance = new InstanceServer(this);
    m_search = new SearchPanel(this);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_articleView);
    m_listStack->addWidget(m_search);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(m_categoryView);
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

    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCategory(current); });
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showArticle(m_articles->articleId(current.row()));
            });
    connect(m_search, &SearchPanel::activeChanged, this, [this](bool active) {
        m_listStack->setCurrentWidget(active ? static_cast<QWidget *>(m_search) : m_articleView);
        if (!active)
            m_reader->showSearchMatches(m_reader->articleId(), {});
    });
    connect(m_search, &SearchPanel::resultActivated, this, &MainWindow::openSearchResult);
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
    connect(m_reader, &ReaderView::positionChanged, this, [this](qint64 id, double position) {
        QString error;
        if (!m_db)
            return;
        if (ArticleRepository(*m_db).setReadPosition(id, position, &error))
            m_saveStatus->saved();
        else
            m_saveStatus->failed(error);
    });
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

    // Highlights: every change goes through the undo stack, and only a saved one stays on it.
    const HighlightsChanged changed = [this](qint64 articleId, qint64 highlightId) {
        refreshHighlights(articleId, highlightId);
    };
    connect(m_history, &AnnotationHistory::saveFailed, m_saveStatus, &SaveStatus::failed);
    connect(m_history, &AnnotationHistory::saved, m_saveStatus, &SaveStatus::saved);
    connect(m_saveStatus, &SaveStatus::changed, this, &MainWindow::updateMessageBar);
    connect(m_saveStatus, &SaveStatus::noteSaved, this, [this](qint64 articleId) {
        if (articleId == m_reader->articleId())
            refreshHighlights(articleId, 0);
    });
    connect(m_messageBar, &MessageBar::buttonClicked, this, [this](int button) {
        if (m_saveStatus->isFailing()) {
            if (button == 0)
                m_saveStatus->retry();
            else
                showSaveDetails();
        } else if (button == 0) {
            m_saveStatus->saveRecovered();
        } else if (QMessageBox::question(
                       this, tr("Discard Unsaved Notes"),
                       tr("Discard the %n note(s) that could not be saved? This cannot be undone.",
                          nullptr, int(m_saveStatus->recovered().size())))
                   == QMessageBox::Yes) {
            m_saveStatus->discardRecovered();
        }
    });
    connect(m_reader, &ReaderView::highlightRequested, this,
            [this, changed](qint64 articleId, const TextSelector &selector, const QString &color) {
                if (!m_db)
                    return;
                Highlight h;
                h.articleId = articleId;
                h.color = color;
                h.selector = selector;
                m_lastColor = color;
                m_history->run(new AddHighlightCommand(*m_db, m_history, h, changed));
            });
    connect(m_reader, &ReaderView::highlightClicked, m_notes, &NotesPane::selectHighlight);
    connect(m_reader, &ReaderView::highlightsPainted, this, [this](qint64 articleId) {
        if (m_pendingReveal == 0 || articleId != m_reader->articleId())
            return;
        m_reader->revealHighlight(m_pendingReveal);
        m_notes->selectHighlight(m_pendingReveal);
        m_pendingReveal = 0;
    });
    connect(m_notes, &NotesPane::highlightActivated, m_reader, &ReaderView::revealHighlight);
    // A note that cannot be saved stays in its editor and is kept until the library takes it.
    const auto editNote
        = [this, changed](bool onArticle, qint64 id, const QString &before, const QString &after) {
              const qint64 article = m_reader->articleId();
              const auto target = onArticle ? EditNoteCommand::Target::Article
                                            : EditNoteCommand::Target::Highlight;
              if (m_history->run(new EditNoteCommand(*m_db, m_history, target, id, article, before,
                                                     after, changed)))
                  m_saveStatus->forgetNote(onArticle, id);
              else
                  m_saveStatus->keepNote(
                      { onArticle, id, article, after, QDateTime::currentDateTimeUtc() });
          };
    connect(m_notes, &NotesPane::noteEdited, this,
            [editNote](qint64 id, const QString &before, const QString &after) {
                editNote(false, id, before, after);
            });
    connect(m_notes, &NotesPane::articleNoteEdited, this,
            [this, editNote](const QString &before, const QString &after) {
                editNote(true, m_reader->articleId(), before, after);
            });
    // Recolour and remove come from the pane and from the article's context menu alike.
    const auto recolor = [this, changed](qint64 id, const QString &color) {
        if (const std::optional<Highlight> h = HighlightRepository(*m_db).find(id);
            h && h->color != color)
            m_history->run(new RecolorHighlightCommand(*m_db, m_history, *h, color, changed));
    };
    const auto remove = [this, changed](qint64 id) {
        if (const std::optional<Highlight> h = HighlightRepository(*m_db).find(id))
            m_history->run(new RemoveHighlightCommand(*m_db, m_history, *h, changed));
    };
    connect(m_notes, &NotesPane::recolorRequested, this, recolor);
    connect(m_reader, &ReaderView::recolorRequested, this, recolor);
    connect(m_notes, &NotesPane::removeRequested, this, remove);
    connect(m_reader, &ReaderView::removeRequested, this, remove);

    resize(1360, 860);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_leftSplitter->restoreState(
        settings.value(QStringLiteral("window/leftSplitter")).toByteArray());
    m_articleView->header()->restoreState(
        settings.value(QStringLiteral("window/articleHeader")).toByteArray());
    updateCentralPage();
}

MainWindow::~MainWindow()
{
    m_exporter->cancelAndWait();
    m_importer->cancelAndWait();
    // The library closes before the child widgets go; a request the page still has in flight
    // must find no library rather than a closed one.
    m_reader->setLibrary(nullptr);
    if (m_allHighlights)
        m_allHighlights->setLibrary(nullptr);
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
        const QModelIndex category = m_categoryView->currentIndex();
        const QString categoryName = m_categories->categoryId(category)
            ? category.data(CategoryTreeModel::PathRole).toStringList().join(QStringLiteral(" › "))
            : QString();
        const Preferences defaults = Preferences::load();
        ExportDialog dialog(m_reader->articleId() != 0, categoryName, defaults.exportFolder,
                            defaults.exportFullText, this);
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
    connect(m_remoteImages, &QAction::toggled, this, [this](bool on) {
        if (m_db)
            SettingsRepository(*m_db).setFlag(QString::fromLatin1(SettingsRepository::remoteImages),
                                              on);
        m_reader->setRemoteImages(on);
    });

    m_nextArticle = new QAction(tr("&Next Article"), this);
    m_nextArticle->setShortcuts({ QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down) });
    connect(m_nextArticle, &QAction::triggered, this, [this] { moveArticle(1); });
    m_previousArticle = new QAction(tr("&Previous Article"), this);
    m_previousArticle->setShortcuts(
        { QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up) });
    connect(m_previousArticle, &QAction::triggered, this, [this] { moveArticle(-1); });
    m_focusCategories = new QAction(tr("Go to &Categories"), this);
    m_focusCategories->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_focusCategories, &QAction::triggered, this, [this] { m_categoryView->setFocus(); });
    m_focusArticles = new QAction(tr("Go to &Articles"), this);
    m_focusArticles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_focusArticles, &QAction::triggered, this, [this] { m_articleView->setFocus(); });
    m_focusReader = new QAction(tr("Go to &Reader"), this);
    m_focusReader->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_focusReader, &QAction::triggered, this, [this] { m_reader->setFocus(); });

    m_highlightAction = new QAction(tr("&Highlight Selection"), this);
    m_highlightAction->setShortcut(QKeySequence(Qt::Key_H));
    connect(m_highlightAction, &QAction::triggered, this,
            [this] { m_reader->highlightSelection(m_lastColor); });
    static const QHash<QString, QString> names { { QStringLiteral("yellow"), tr("&Yellow") },
                                                 { QStringLiteral("green"), tr("&Green") },
                                                 { QStringLiteral("blue"), tr("&Blue") },
                                                 { QStringLiteral("pink"), tr("&Pink") },
                                                 { QStringLiteral("purple"), tr("P&urple") } };
    for (const QString &color : Highlight::colors()) {
        auto *action = new QAction(names.value(color), this);
        connect(action, &QAction::triggered, this,
                [this, color] { m_reader->highlightSelection(color); });
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
    connect(m_allHighlightsAction, &QAction::triggered, this, &MainWindow::showAllHighlights);

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
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
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
    // One writer per library: this window, unless another window or an import has it.
    std::unique_ptr<LibraryLock> lock;
    const bool sameLibrary = m_lock
        && QFileInfo(m_lock->libraryPath()).absoluteFilePath()
            == QFileInfo(path).absoluteFilePath();
    if (!sameLibrary) {
        lock = std::make_unique<LibraryLock>(path);
        if (!lock->tryLock()) {
            QMessageBox::critical(this, tr("Library in use"), lock->busyMessage());
            return false;
        }
    }
    const bool existed = QFileInfo::exists(path);
    Database::OpenResult opened = Database::open(path);
    if (!opened.database) {
        QMessageBox::critical(this, tr("Cannot open the library"), opened.error);
        return false;
    }
    if (!sameLibrary && !mayCloseLibrary())
        return false;
    if (!opened.warning.isEmpty())
        statusBar()->showMessage(opened.warning, 15000);
    if (existed && !sameLibrary)
        backUpIfDue(opened.database->path());
    saveLibrarySession();
    if (!sameLibrary) {
        m_lock = std::move(lock);
        m_instance->listen(path);
    }
    m_reader->setLibrary(nullptr);
    m_notes->clear();
    m_undo->clear(); // its commands belong to the library that is closing
    if (m_allHighlights)
        m_allHighlights->hide();
    m_saveStatus->setLibrary(nullptr);
    m_db = std::move(opened.database);
    m_saveStatus->setLibrary(m_db.get());
    m_reader->setLibrary(m_db.get());
    m_search->setLibrary(m_db->path());
    {
        const QSignalBlocker blocker(m_remoteImages);
        m_remoteImages->setChecked(
            SettingsRepository(*m_db).flag(QString::fromLatin1(SettingsRepository::remoteImages)));
    }
    m_reader->setRemoteImages(m_remoteImages->isChecked());
    m_categories->setLibrary(m_db.get());
    m_articles->setLibrary(m_db.get());
    setWindowTitle(tr("%1 — Gloss").arg(QFileInfo(path).completeBaseName()));
    restoreSession();
    updateCentralPage();
    return true;
}

QString MainWindow::libraryPath() const
{
    return m_db ? m_db->path() : QString();
}

void MainWindow::restoreSession()
{
    QSettings settings;
    if (settings.value(QStringLiteral("session/library")).toString() != m_db->path()) {
        m_categoryView->setCurrentIndex(m_categories->allArticlesIndex());
        openFirstArticleIfNone();
        return;
    }
    const QStringList path = settings.value(QStringLiteral("session/category")).toStringList();
    const QModelIndex category = path.isEmpty() ? QModelIndex() : m_categories->indexForPath(path);
    m_categoryView->setCurrentIndex(category.isValid() ? category
                                                       : m_categories->allArticlesIndex());
    if (category.isValid())
        m_categoryView->scrollTo(category);
    const qint64 article = settings.value(QStringLiteral("session/article")).toLongLong();
    if (article > 0)
        selectArticle(article);
    openFirstArticleIfNone();
}

void MainWindow::openFirstArticleIfNone()
{
    if (m_reader->articleId() == 0 && m_articles->rowCount() > 0)
        m_articleView->setCurrentIndex(m_articles->index(0, 0));
}

void MainWindow::saveWindowState()
{
    // Only a window that was shown has sizes worth keeping.
    if (!isVisible())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/leftSplitter"), m_leftSplitter->saveState());
    settings.setValue(QStringLiteral("window/articleHeader"), m_articleView->header()->saveState());
}

void MainWindow::saveLibrarySession()
{
    if (!m_db)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("session/library"), m_db->path());
    settings.setValue(
        QStringLiteral("session/category"),
        m_categoryView->currentIndex().data(CategoryTreeModel::PathRole).toStringList());
    settings.setValue(QStringLiteral("session/article"), m_reader->articleId());
}

void MainWindow::selectArticle(qint64 id)
{
    int row = m_articles->rowOf(id);
    // Look a few pages further; an article deep in a huge list is shown without selecting it.
    for (int page = 0; row < 0 && page < 10 && m_articles->canFetchMore({}); ++page) {
        m_articles->fetchMore({});
        row = m_articles->rowOf(id);
    }
    if (row >= 0) {
        const QModelIndex index = m_articles->index(row, 0);
        m_articleView->setCurrentIndex(index);
        m_articleView->scrollTo(index);
    } else if (m_db && ArticleRepository(*m_db).find(id)) {
        showArticle(id);
    }
}

void MainWindow::showCategory(const QModelIndex &index)
{
    m_articles->setCategory(m_categories->categoryId(index));
    m_search->setCategory(
        m_categories->categoryId(index),
        index.data(CategoryTreeModel::PathRole).toStringList().join(QStringLiteral(" › ")));
    statusBar()->showMessage(tr("%n article(s)", nullptr, m_articles->totalCount()), 3000);
}

void MainWindow::showArticle(qint64 id)
{
    if (!m_db || id == 0 || id == m_reader->articleId())
        return;
    ArticleRepository articles(*m_db);
    const std::optional<ArticleRecord> record = articles.find(id);
    if (!record)
        return;
    m_reader->showArticle(id, record->readPosition, record->article.text);
    m_notes->showArticle(*record);
    refreshHighlights(id, 0);
    QString error;
    if (articles.markRead(id, &error))
        m_saveStatus->saved();
    else
        m_saveStatus->failed(error);
    m_articles->markRead(id);
    updateCentralPage();
}

void MainWindow::refreshHighlights(qint64 articleId, qint64 highlightId)
{
    if (!m_db || articleId == 0)
        return;
    if (articleId != m_reader->articleId()) {
        // An undo for another article: show that article first.
        selectArticle(articleId);
        if (articleId != m_reader->articleId())
            return;
    }
    HighlightRepository::Filter filter;
    filter.articleId = articleId;
    QList<Highlight> highlights = HighlightRepository(*m_db).list(filter);
    std::optional<QString> articleNote;
    if (const std::optional<ArticleRecord> record = ArticleRepository(*m_db).find(articleId))
        articleNote = record->note;
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
    if (m_allHighlights && m_allHighlights->isVisible())
        m_allHighlights->reload();
    if (articleNote)
        m_notes->setArticleNote(*articleNote);
}

bool MainWindow::exportNotes(int scope, const QString &folder, bool fullText)
{
    if (!m_db || folder.isEmpty())
        return false;
    MarkdownExporter::Options options;
    options.scope = MarkdownExporter::Scope(scope);
    options.fullText = fullText;
    options.articleId = m_reader->articleId();
    options.categoryId = m_categories->categoryId(m_categoryView->currentIndex()).value_or(0);
    if ((options.scope == MarkdownExporter::Scope::Article && options.articleId == 0)
        || (options.scope == MarkdownExporter::Scope::Category && options.categoryId == 0))
        options.scope = MarkdownExporter::Scope::Library;
    if (!m_exporter->start(m_db->path(), folder, options))
        return false;
    Preferences::rememberExport(folder, fullText);
    m_exportAction->setEnabled(false);
    m_statusLabel->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(folder)));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelImport->show();
    return true;
}

AllHighlightsDialog *MainWindow::showAllHighlights()
{
    if (!m_allHighlights) {
        m_allHighlights = new AllHighlightsDialog(this);
        connect(m_allHighlights, &AllHighlightsDialog::openRequested, this,
                &MainWindow::openHighlight);
    }
    m_allHighlights->setLibrary(m_db.get());
    m_allHighlights->show();
    m_allHighlights->raise();
    m_allHighlights->activateWindow();
    return m_allHighlights;
}

void MainWindow::openHighlight(qint64 articleId, qint64 highlightId)
{
    if (articleId == m_reader->articleId() && !m_reader->pageText().isNull()) {
        m_reader->revealHighlight(highlightId);
        m_notes->selectHighlight(highlightId);
        return;
    }
    m_pendingReveal = highlightId;
    // The article may sit in another category than the one shown: show all articles then.
    if (m_articles->rowOf(articleId) < 0)
        m_categoryView->setCurrentIndex(m_categories->allArticlesIndex());
    selectArticle(articleId);
}

void MainWindow::openSearchResult(qint64 articleId, qint64 highlightId)
{
    if (!m_db || articleId == 0)
        return;
    m_reader->showSearchMatches(articleId, m_search->terms());
    if (highlightId != 0) {
        openHighlight(articleId, highlightId);
        return;
    }
    if (articleId != m_reader->articleId())
        showArticle(articleId);
}

void MainWindow::moveArticle(int step)
{
    const int rows = m_articles->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_articleView->currentIndex();
    int row = current.isValid() ? current.row() + step : 0;
    if (row >= rows && m_articles->canFetchMore({}))
        m_articles->fetchMore({});
    row = qBound(0, row, m_articles->rowCount() - 1);
    m_articleView->setCurrentIndex(m_articles->index(row, 0));
}

void MainWindow::applySettings(const ReaderSettings &settings)
{
    m_settings = settings;
    m_settings.save();
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
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import Folder"),
        QSettings().value(QStringLiteral("import/lastFolder")).toString());
    if (!folder.isEmpty())
        importFolder(folder);
}

void MainWindow::importFolder(const QString &folder)
{
    if (!m_db)
        return;
    if (!m_importer->start(m_db->path(), folder)) {
        statusBar()->showMessage(tr("An import is already running."), 4000);
        return;
    }
    QSettings().setValue(QStringLiteral("import/lastFolder"), folder);
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
            refreshLibraryViews(); // everything is stored: show it while search catches up
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
    refreshLibraryViews();
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

void MainWindow::refreshLibraryViews()
{
    if (!m_db)
        return;
    const QStringList path
        = m_categoryView->currentIndex().data(CategoryTreeModel::PathRole).toStringList();
    const qint64 article = m_reader->articleId();
    {
        const QSignalBlocker treeBlocker(m_categoryView->selectionModel());
        m_categories->reload();
    }
    const QModelIndex category
        = path.isEmpty() ? m_categories->allArticlesIndex() : m_categories->indexForPath(path);
    m_categoryView->setCurrentIndex(category.isValid() ? category
                                                       : m_categories->allArticlesIndex());
    showCategory(m_categoryView->currentIndex());
    if (article != 0) {
        const int row = m_articles->rowOf(article);
        if (row >= 0) {
            const QSignalBlocker listBlocker(m_articleView->selectionModel());
            m_articleView->setCurrentIndex(m_articles->index(row, 0));
        }
    }
    openFirstArticleIfNone();
    updateCentralPage();
}

void MainWindow::updateCentralPage()
{
    const bool empty = !m_db
        || m_categories->data(m_categories->allArticlesIndex(), CategoryTreeModel::CountRole)
                .toInt()
            == 0;
    m_center->setCurrentWidget(empty ? m_welcome : m_readerColumn);
}

void MainWindow::openSampleLibrary()
{
    QString error;
    const QString folder = SampleLibrary::extract(&error);
    if (folder.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot open the sample library"), error);
        return;
    }
    if (libraryPath() != QFileInfo(SampleLibrary::libraryPath()).absoluteFilePath()
        && !openLibrary(SampleLibrary::libraryPath()))
        return;
    importFolder(folder);
}

void MainWindow::backUpIfDue(const QString &library)
{
    // A copy of a large library takes a second or more: it is made on a thread of its own, with
    // its own connections, while the window goes on.
    auto result = std::make_shared<LibraryBackup::Result>();
    QThread *thread
        = QThread::create([library, result] { *result = LibraryBackup::makeIfDue(library); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result] {
        if (!result->ok())
            statusBar()->showMessage(
                tr("No backup of the library was made today: %1").arg(result->error), 15000);
        else if (!result->path.isEmpty())
            statusBar()->showMessage(
                tr("Backed up the library to %1").arg(QDir::toNativeSeparators(result->path)),
                5000);
    });
    thread->start(QThread::LowPriority);
}

void MainWindow::updateMessageBar()
{
    const QString library = QDir::toNativeSeparators(m_saveStatus->libraryPath()).toHtmlEscaped();
    const int unsaved = int(m_saveStatus->unsaved().size());
    if (m_saveStatus->isFailing()) {
        // The reason names the library file.
        QString text = tr("<b>Your changes are not saved:</b> %1.")
                           .arg(m_saveStatus->error().toHtmlEscaped());
        if (unsaved > 0 && m_saveStatus->recoveryKept())
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
    } else if (const auto recovered = m_saveStatus->recovered(); !recovered.isEmpty()) {
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
    QStringList lines;
    lines << tr("Library: %1").arg(QDir::toNativeSeparators(m_saveStatus->libraryPath()))
          << tr("Reason: %1").arg(m_saveStatus->error());
    if (m_saveStatus->recoveryKept())
        lines << tr("Unsaved notes are kept in: %1")
                     .arg(QDir::toNativeSeparators(m_saveStatus->recoveryPath()));
    else
        lines
            << tr("The recovery file could not be written: %1").arg(m_saveStatus->recoveryError());
    for (const SaveStatus::Note &note : m_saveStatus->unsaved())
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
    if (m_saveStatus->unsaved().isEmpty() || m_saveStatus->retry() || m_saveStatus->recoveryKept())
        return true; // what is left is in the recovery file, offered when the library opens
    return QMessageBox::warning(
               this, tr("Notes Not Saved"),
               tr("%n note(s) could not be saved to the library, nor kept beside it: %1\n\n"
                  "Close anyway and lose them?",
                  nullptr, int(m_saveStatus->unsaved().size()))
                   .arg(m_saveStatus->error()),
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
    saveLibrarySession();
    m_settings.save();
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
