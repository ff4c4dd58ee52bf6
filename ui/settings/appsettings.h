#pragma once

#include "reader/readersettings.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

class QHeaderView;
class QMainWindow;

namespace gloss {

// Every setting Gloss keeps per user, typed; the only place that names a QSettings key. Made
// where it is needed, like QSettings itself (instances share what they read and write).
class AppSettings
{
public:
    // Where the person was: the library, the category (its path) and the article shown.
    struct Session
    {
        QString library;
        QStringList category;
        qint64 article = 0;
        QString tag; // a tag shown in place of a category
    };

    // The window's geometry and state, its splitters named mainSplitter and leftSplitter, and
    // the article list's header.
    void restoreWindow(QMainWindow *window, QHeaderView *articleHeader) const;
    void saveWindow(const QMainWindow *window, const QHeaderView *articleHeader);
    Session session() const;
    void setSession(const Session &session);

    // How articles look (clamped to what the reader offers).
    ReaderSettings reader() const;
    void setReader(const ReaderSettings &settings);

    // The folder and full-text choice of the last export, the next one's defaults.
    QString exportFolder() const;
    bool exportFullText() const;
    void setExportDefaults(const QString &folder, bool fullText);
    // The annotation file exported or imported last, where File › Export Annotations and Import
    // Annotations start.
    QString annotationFile() const;
    void setAnnotationFile(const QString &file);
    // The folder the last import came from, where File › Import Folder starts.
    QString importFolder() const;
    void setImportFolder(const QString &folder);

    // Whether the folders a library was imported from are watched, and re-imported when a post
    // in them is saved, added or deleted (on unless turned off).
    bool watchFolders() const;
    void setWatchFolders(bool on);

    // The libraries Gloss has opened, by their id (SettingsRepository::libraryId), so that a
    // gloss:// link, which names a library by id only, finds its file. A copied library has the
    // id of its original: the one opened last answers for it.
    void rememberLibrary(const QString &id, const QString &path);
    // The file of the library with id, or empty when Gloss has not opened one.
    QString libraryPath(const QString &id) const;
    // The file of every library remembered, the one opened last first.
    QStringList libraryPaths() const;

    // The interface language chosen in Preferences; empty for the system's.
    QString language() const;
    void setLanguage(const QString &code);

private:
    QSettings m_settings;
};

} // namespace gloss
