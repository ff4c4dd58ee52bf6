#pragma once

#include "export/annotationexchange.h"
#include "reader/readerview.h"

#include <QMainWindow>

class QSplitter;
class QStackedWidget;

namespace gloss {

class AnnotationController;
class FindBar;
class FolderWatcher;
class InstanceServer;
class JobStatus;
class LibrarySession;
class MainActions;
class MessageBar;
class NotesPane;
class SaveWarning;
class SearchPanel;
class WelcomePage;
struct ImportReport;
struct Preferences;

// Gloss's window: categories and articles on the left, the article in the middle, its
// highlights and notes on the right. It lays the rooms out and wires them; each does its own job
// (LibrarySession the open library, AnnotationController highlights and notes, JobStatus the
// long jobs, MainActions the commands and menus).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a library file; on failure shows why and keeps the library that was open.
    bool openLibrary(const QString &path);

    // Follows a gloss:// link (text as it came from outside: it is checked here) to an article
    // of this window's library and its highlight. A link that is refused, or that names another
    // library or what this one lacks, gets a message saying so and changes nothing.
    bool openLink(const QString &text);

    void chooseFolderToImport();
    void importFolder(const QString &folder);
    void chooseExport();
    // Exports notes in the background (scope: 0 this article, 1 current category, 2 library).
    bool exportNotes(int scope, const QString &folder, bool fullText);
    // Exports every annotation of the library to file, or merges those of file into it, in the
    // background (W3C Web Annotations, as `gloss annotations export|import`); the choose
    // functions ask for the file first.
    bool exportAnnotations(const QString &file);
    bool importAnnotations(const QString &file);
    void chooseAnnotationExport();
    void chooseAnnotationImport();
    void openSampleLibrary();
    // Every setting, as Edit › Preferences shows it; and applying a changed set.
    Preferences preferences() const;
    void applyPreferences(const Preferences &preferences);
    void showPreferences();
    ReaderSettings readerSettings() const { return m_reader->readerSettings(); }

    // The open library, its category and article lists, and the ways between its articles.
    LibrarySession *session() const { return m_session; }
    ReaderView *readerView() const { return m_reader; }
    NotesPane *notesPane() const { return m_notes; }
    SearchPanel *searchPanel() const { return m_search; }
    FindBar *findBar() const { return m_findBar; }
    // Highlights and notes: what the reader and the pane ask for becomes an undoable change.
    AnnotationController *annotations() const { return m_annotations; }
    // The bar above the reader that says when changes do not reach the library.
    MessageBar *messageBar() const { return m_messageBar; }
    FolderWatcher *folderWatcher() const { return m_watcher; }
    MainActions *actions() const { return m_actions; }

Q_SIGNALS:
    void importFinished(const gloss::ImportReport &report);
    void exportFinished(const QStringList &written, const QString &error);
    void annotationsExported(const gloss::AnnotationExchange::ExportReport &report);
    void annotationsImported(const gloss::AnnotationExchange::ImportReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createLeftColumn(QWidget *categoryView, QWidget *articleView);
    QWidget *createCenter();
    void connectRooms();
    // Another library may not replace the open one while an import writes to it.
    bool mayOpenLibrary();
    void updateCentralPage();
    // Watches the open library's import folders, or nothing (Preferences, no library).
    void updateWatch();
    // Imports the next folder that changed on disk, unless an import runs.
    void importChangedFolder();
    void showLinkProblem(const QString &message);

    ReaderView *m_reader = nullptr;
    LibrarySession *m_session = nullptr;
    InstanceServer *m_instance = nullptr;
    JobStatus *m_jobs = nullptr;
    SearchPanel *m_search = nullptr;
    FindBar *m_findBar = nullptr;
    MessageBar *m_messageBar = nullptr;
    NotesPane *m_notes = nullptr;
    AnnotationController *m_annotations = nullptr;
    SaveWarning *m_saveWarning = nullptr;
    MainActions *m_actions = nullptr;
    FolderWatcher *m_watcher = nullptr;
    QStringList m_changedFolders; // to import again, first first

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QStackedWidget *m_center = nullptr;
    QWidget *m_readerColumn = nullptr; // the message bar and the find bar over the reader
    WelcomePage *m_welcome = nullptr;
};

} // namespace gloss
