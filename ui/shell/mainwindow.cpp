#include "mainwindow.h"

#include "annotate/annotationcontroller.h"
#include "annotate/notespane.h"
#include "instanceserver.h"
#include "jobs/folderwatcher.h"
#include "jobs/jobstatus.h"
#include "library/articlerepository.h"
#include "library/glosslink.h"
#include "library/librarysession.h"
#include "linkopener.h"
#include "mainactions.h"
#include "messagebar.h"
#include "reader/findbar.h"
#include "reader/outlinepanel.h"
#include "reader/readerview.h"
#include "savewarning.h"
#include "search/searchpanel.h"
#include "settings/appsettings.h"
#include "settings/language.h"
#include "settings/preferencesdialog.h"
#include "welcomepage.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace gloss {

namespace {

// A single folder dragged onto the window is a folder to import.
QString droppedFolder(const QMimeData *data)
{
    const QList<QUrl> urls = data->urls();
    const bool folder = urls.size() == 1 && urls.first().isLocalFile()
        && QFileInfo(urls.first().toLocalFile()).isDir();
    return folder ? urls.first().toLocalFile() : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Gloss"));
    setAcceptDrops(true);

    // The widgets are made in the order Tab visits them.
    auto *categoryView = new QTreeView(this);
    auto *articleView = new QTreeView(this);
    m_instance = new InstanceServer(this);
    m_search = new SearchPanel(this);
    m_reader = new ReaderView(this);
    m_reader->setReaderSettings(AppSettings().reader());
    m_session = new LibrarySession(categoryView, articleView, m_reader, this);
    QWidget *left = createLeftColumn(categoryView, articleView);
    QWidget *center = createCenter();
    m_notes = new NotesPane(this);
    m_annotations = new AnnotationController(m_session, m_reader, m_notes, this);
    m_saveWarning = new SaveWarning(m_annotations->saveStatus(), m_messageBar, this);
    m_session->setCloseCheck([this] { return m_saveWarning->mayClose(); });

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(center);
    m_mainSplitter->addWidget(m_notes);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 5);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setSizes({ 320, 760, 280 });
    setCentralWidget(m_mainSplitter);

    m_jobs = new JobStatus(this);
    m_watcher = new FolderWatcher(this);
    statusBar()->addWidget(m_jobs, 1);
    m_actions = new MainActions(this);
    m_actions->createMenus(menuBar());
    connectRooms();
    resize(1360, 860);
    AppSettings().restoreWindow(this, m_session->articleView()->header());
    updateCentralPage();
}

MainWindow::~MainWindow()
{
    m_jobs->cancelAndWait();
    // The library closes before the child widgets go; a request the page still has in flight
    // must find no library rather than a closed one.
    m_reader->setLibrary(nullptr);
}

QWidget *MainWindow::createLeftColumn(QWidget *categoryView, QWidget *articleView)
{
    // The search results take the article list's place while the field holds a query.
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(articleView);
    m_listStack->addWidget(m_search);
    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(categoryView);
    m_leftSplitter->addWidget(m_listStack);
    m_leftSplitter->setStretchFactor(1, 2);
    auto *left = new QWidget(this);
    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search->field());
    layout->addWidget(m_leftSplitter, 1);
    return left;
}

QWidget *MainWindow::createCenter()
{
    m_findBar = new FindBar(m_reader->page(), this);
    m_messageBar = new MessageBar(this);
    m_readerColumn = new QWidget(this);
    auto *layout = new QVBoxLayout(m_readerColumn);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_findBar);
    // The article's outline beside it, shown for articles with three headings or more.
    auto *readerRow = new QSplitter(Qt::Horizontal, this);
    readerRow->addWidget(new OutlinePanel(m_reader, this));
    readerRow->addWidget(m_reader);
    readerRow->setStretchFactor(1, 1);
    layout->addWidget(readerRow, 1);
    m_welcome = new WelcomePage(this);
    m_center = new QStackedWidget(this);
    m_center->addWidget(m_readerColumn);
    m_center->addWidget(m_welcome);
    return m_center;
}

void MainWindow::connectRooms()
{
    connect(m_session, &LibrarySession::libraryLocked, m_instance, &InstanceServer::listen);
    connect(m_session, &LibrarySession::opened, this, [this] {
        m_changedFolders.clear();
        updateWatch();
        m_search->setLibrary(m_session->path());
        m_actions->showRemoteImages(m_session->remoteImages());
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

    connect(m_reader, &ReaderView::articleReady, m_findBar, &FindBar::refresh);
    connect(m_reader, &ReaderView::externalLinkRequested, this, [this](const QUrl &url) {
        statusBar()->showMessage(tr("Opened %1 in the browser").arg(url.toDisplayString()), 4000);
        QDesktopServices::openUrl(url);
    });

    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSampleLibrary);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::chooseFolderToImport);

    connect(m_jobs, &JobStatus::importStored, m_session, &LibrarySession::reload);
    connect(m_jobs, &JobStatus::importFinished, this, [this](const ImportReport &report) {
        m_session->reload();
        updateWatch(); // the import may have brought a folder of its own
        Q_EMIT importFinished(report);
        importChangedFolder();
    });
    connect(m_session, &LibrarySession::closing, this, [this] {
        m_changedFolders.clear();
        m_watcher->watch({});
    });
    connect(m_watcher, &FolderWatcher::changed, this, [this](const QStringList &folders) {
        for (const QString &folder : folders)
            if (!m_changedFolders.contains(folder))
                m_changedFolders << folder;
        importChangedFolder();
    });
    connect(m_jobs, &JobStatus::exportFinished, this, &MainWindow::exportFinished);
    connect(m_jobs, &JobStatus::annotationsExported, this, &MainWindow::annotationsExported);
    connect(m_jobs, &JobStatus::annotationsImported, this,
            [this](const AnnotationExchange::ImportReport &report) {
                // The article shown may have new highlights and notes, the lists new counts.
                if (report.ok() && !report.canceled) {
                    m_session->reload();
                    m_annotations->refresh(m_reader->articleId(), 0);
                }
                Q_EMIT annotationsImported(report);
            });
    connect(m_jobs, &JobStatus::exchangeRunning, m_actions, &MainActions::setExchangeRunning);
    connect(m_jobs, &JobStatus::importRunning, m_actions, &MainActions::setImportRunning);
    connect(m_jobs, &JobStatus::exportRunning, m_actions, &MainActions::setExportRunning);
    connect(m_jobs, &JobStatus::statusMessage, statusBar(), &QStatusBar::showMessage);

    connect(m_instance, &InstanceServer::activationRequested, this,
            [this](const QStringList &folders) {
                if (!folders.isEmpty())
                    importFolder(folders.constFirst());
            });
    connect(m_instance, &InstanceServer::linkRequested, this, &MainWindow::openLink);
}

void MainWindow::updateWatch()
{
    const Database *db = m_session->database();
    m_watcher->watch(db && AppSettings().watchFolders() ? ArticleRepository(*db).sourceRoots()
                                                        : QStringList());
}

void MainWindow::importChangedFolder()
{
    if (m_changedFolders.isEmpty() || m_jobs->isImporting() || !m_session->database())
        return;
    m_jobs->startWatchedImport(m_session->path(), m_changedFolders.takeFirst());
}

bool MainWindow::mayOpenLibrary()
{
    // An import nobody asked for makes nobody wait.
    m_jobs->cancelWatchedImport();
    if (!m_jobs->isImporting())
        return true;
    QMessageBox::information(this, tr("Import running"),
                             tr("Wait for the import to finish, or cancel it, first."));
    return false;
}

bool MainWindow::openLibrary(const QString &path)
{
    return mayOpenLibrary() && m_session->open(path);
}

bool MainWindow::openLink(const QString &text)
{
    QString error;
    const std::optional<GlossLink> link = GlossLink::parse(text, &error);
    if (!link) {
        showLinkProblem(LinkOpener::refusedMessage(error));
        return false;
    }
    const QString id = link->libraryId().toString(QUuid::WithoutBraces);
    if (id != m_session->libraryId()) {
        showLinkProblem(LinkOpener::missingLibraryMessage(id, AppSettings().libraryPath(id)));
        return false;
    }
    if (!m_session->openLink(*link, &error)) {
        showLinkProblem(error);
        return false;
    }
    return true;
}

void MainWindow::showLinkProblem(const QString &message)
{
    // Not modal for the application: a link can come while the person works, and the message
    // must not stop a job that runs.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Follow Link"), message,
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("linkProblem"));
    box->setTextFormat(Qt::PlainText); // it quotes the link
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseExport()
{
    m_jobs->chooseExport(m_session->path(), m_reader->articleId(),
                         m_session->categoryId().value_or(0), m_session->categoryName());
}

bool MainWindow::exportNotes(int scope, const QString &folder, bool fullText)
{
    return m_session->database()
        && m_jobs->startExport(m_session->path(), folder, MarkdownExporter::Scope(scope), fullText,
                               m_reader->articleId(), m_session->categoryId().value_or(0));
}

bool MainWindow::exportAnnotations(const QString &file)
{
    return m_session->database() && m_jobs->startAnnotationExport(m_session->path(), file);
}

bool MainWindow::importAnnotations(const QString &file)
{
    return m_session->database() && m_jobs->startAnnotationImport(m_session->path(), file);
}

void MainWindow::chooseAnnotationExport()
{
    if (m_session->database())
        m_jobs->chooseAnnotationExport(m_session->path());
}

void MainWindow::chooseAnnotationImport()
{
    if (m_session->database())
        m_jobs->chooseAnnotationImport(m_session->path());
}

Preferences MainWindow::preferences() const
{
    Preferences p = Preferences::load();
    p.remoteImages = m_session->remoteImages();
    p.libraryOpen = m_session->database() != nullptr;
    p.colorNames = m_annotations->colorNames();
    return p;
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const QString language = Language::chosen();
    preferences.save();
    m_actions->applyReaderSettings(preferences.reader);
    m_actions->showRemoteImages(preferences.remoteImages);
    m_session->setRemoteImages(preferences.remoteImages);
    if (preferences.libraryOpen && preferences.colorNames != m_annotations->colorNames())
        m_annotations->setColorNames(preferences.colorNames);
    updateWatch();
    if (preferences.language != language)
        statusBar()->showMessage(tr("The new language applies when Gloss starts again."), 8000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(preferences(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences(dialog.preferences());
}

void MainWindow::chooseFolderToImport()
{
    if (m_session->database())
        m_jobs->chooseImport(m_session->path());
}

void MainWindow::importFolder(const QString &folder)
{
    if (m_session->database())
        m_jobs->startImport(m_session->path(), folder);
}

void MainWindow::updateCentralPage()
{
    m_center->setCurrentWidget(m_session->isEmpty() ? static_cast<QWidget *>(m_welcome)
                                                    : m_readerColumn);
}

void MainWindow::openSampleLibrary()
{
    if (mayOpenLibrary())
        if (const QString folder = m_session->openSample(); !folder.isEmpty())
            importFolder(folder);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_saveWarning->mayClose()) {
        event->ignore();
        return;
    }
    m_jobs->cancelAndWait();
    if (isVisible()) // only a window that was shown has sizes worth keeping
        AppSettings().saveWindow(this, m_session->articleView()->header());
    m_session->saveSession();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (const QString folder = droppedFolder(event->mimeData()); !folder.isEmpty()) {
        event->acceptProposedAction();
        importFolder(folder);
    }
}

} // namespace gloss
