#pragma once

#include "reader/readersettings.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenuBar;

namespace gloss {

class MainWindow;

// Every command of the window as a QAction, with its text and shortcut, wired to the room that
// carries it out, and the menus that hold them.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(MainWindow *window);

    void createMenus(QMenuBar *bar);
    // An import or an export runs: the actions that would start another wait.
    void setImportRunning(bool running);
    void setExportRunning(bool running);
    void setExchangeRunning(bool running);
    // Shows the library's remote-images choice without acting on it.
    void showRemoteImages(bool on);
    // Applies reading settings to the reader and keeps them; View › Theme follows, however they
    // were chosen (the menu or Preferences).
    void applyReaderSettings(const ReaderSettings &settings);

    QAction *importAction() const { return m_import; }
    QAction *sampleAction() const { return m_sample; }
    QAction *exportAnnotationsAction() const { return m_exportAnnotations; }
    QAction *importAnnotationsAction() const { return m_importAnnotations; }
    QAction *removeArticlesAction() const { return m_removeArticles; }
    QAction *removeMissingAction() const { return m_removeMissing; }

private:
    void createFileActions();
    void createViewActions();
    void createGoActions();
    void createEditActions();

    MainWindow *m_window;
    QAction *m_import = nullptr;
    QAction *m_sample = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportAnnotations = nullptr;
    QAction *m_importAnnotations = nullptr;
    QAction *m_quit = nullptr;
    QActionGroup *m_themes = nullptr;
    QList<QAction *> m_textSize;
    QList<QAction *> m_column;
    QAction *m_remoteImages = nullptr;
    QList<QAction *> m_articles;
    QList<QAction *> m_headings;
    QList<QAction *> m_focus;
    QAction *m_allHighlights = nullptr;
    QAction *m_highlight = nullptr;
    QList<QAction *> m_colors;
    QList<QAction *> m_find;
    QAction *m_removeArticles = nullptr;
    QAction *m_removeMissing = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_about = nullptr;
};

} // namespace gloss
