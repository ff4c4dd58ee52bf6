#pragma once

#include "readersettings.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoStack;

namespace gloss {

class AllHighlightsDialog;
class AnnotationHistory;
class ArticleListModel;
class CategoryTreeModel;
class Database;
class NotesPane;
class ExportController;
class ImportController;
class FindBar;
class InstanceServer;
class LibraryLock;
class MessageBar;
class ReaderView;
class SaveStatus;
class SearchPanel;
struct Preferences;
struct ImportReport;
struct ImportProgress;

// Gloss's window: categories and articles on the left, the article in the middle, its details
// and notes on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a library file; on failure shows why and keeps the library that was open.
    bool openLibrary(const QString &path);
    QString libraryPath() const;
    const Database *library() const { return m_db.get(); }

    void importFolder(const QString &folder);
    // Exports notes in the background (scope: 0 this article, 1 current category, 2 library).
    bool exportNotes(int scope, const QString &folder, bool fullText);
    void openSampleLibrary();
    // Every setting, as Edit › Preferences shows it; and applying a changed set.
    Preferences preferences() const;
    void applyPreferences(const Preferences &preferences);

    // For tests and for restoring the session.
    ReaderView *readerView() const { return m_reader; }
    QTreeView *categoryView() const { return m_categoryView; }
    QTreeView *articleView() const { return m_articleView; }
    CategoryTreeModel *categoryModel() const { return m_categories; }
    ArticleListModel *articleModel() const { return m_articles; }
    ImportController *importer() const { return m_importer; }
    ReaderSettings readerSettings() const { return m_settings; }
    NotesPane *notesPane() const { return m_notes; }
    SearchPanel *searchPanel() const { return m_search; }
    FindBar *findBar() const { return m_findBar; }
    QUndoStack *undoStack() const { return m_undo; }
    // Whether changes reach the library, and the bar above the reader that says when they do not.
    SaveStatus *saveStatus() const { return m_saveStatus; }
    MessageBar *messageBar() const { return m_messageBar; }
    AllHighlightsDialog *showAllHighlights();
    // Opens an article and scrolls to one of its highlights.
    void openHighlight(qint64 articleId, qint64 highlightId);
    void selectArticle(qint64 id);
    // Opens a search result: the article with the search's words marked, scrolled to the first
    // (or to the highlight whose words or note matched).
    void openSearchResult(qint64 articleId, qint64 highlightId);

Q_SIGNALS:
    void importFinished(const gloss::ImportReport &report);
    void exportFinished(const QStringList &written, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreSession();
    void saveWindowState();
    void saveLibrarySession();
    void showCategory(const QModelIndex &index);
    void showArticle(qint64 id);
    void moveArticle(int step);
    void applySettings(const ReaderSettings &settings);
    void chooseFolderToImport();
    void onImportProgress(const ImportProgress &progress);
    void onImportFinished(const ImportReport &report, const QString &folder);
    void refreshLibraryViews();
    void openFirstArticleIfNone();
    // Shows the open article's highlights again after a change (selecting highlightId).
    void refreshHighlights(qint64 articleId, qint64 highlightId);
    void updateCentralPage();
    void updateMessageBar();
    // The daily backup of the library, off the GUI thread.
    void backUpIfDue(const QString &library);
    void showSaveDetails();
    // Before the library closes: false when the person keeps it open to save what is unsaved.
    bool mayCloseLibrary();

    std::unique_ptr<LibraryLock> m_lock; // this window writes to the library
    std::unique_ptr<Database> m_db;
    InstanceServer *m_instance = nullptr;
    ReaderSettings m_settings;
    CategoryTreeModel *m_categories = nullptr;
    ArticleListModel *m_articles = nullptr;
    ImportController *m_importer = nullptr;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QTreeView *m_categoryView = nullptr;
    QTreeView *m_articleView = nullptr;
    QStackedWidget *m_center = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QWidget *m_readerColumn = nullptr; // the find bar over the reader
    SearchPanel *m_search = nullptr;
    FindBar *m_findBar = nullptr;
    QWidget *m_welcome = nullptr;
    ReaderView *m_reader = nullptr;
    NotesPane *m_notes = nullptr;
    QUndoStack *m_undo = nullptr;
    AnnotationHistory *m_history = nullptr;
    SaveStatus *m_saveStatus = nullptr;
    MessageBar *m_messageBar = nullptr;
    QString m_lastColor = QStringLiteral("yellow");
    AllHighlightsDialog *m_allHighlights = nullptr;
    qint64 m_pendingReveal = 0;

    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelImport = nullptr;

    QAction *m_importAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_quitAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_wider = nullptr;
    QAction *m_narrower = nullptr;
    QAction *m_remoteImages = nullptr;
    QAction *m_nextArticle = nullptr;
    QAction *m_previousArticle = nullptr;
    QAction *m_focusCategories = nullptr;
    QAction *m_focusArticles = nullptr;
    QAction *m_focusReader = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_highlightAction = nullptr;
    QAction *m_allHighlightsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    ExportController *m_exporter = nullptr;
    QList<QAction *> m_colorActions;
};

} // namespace gloss
