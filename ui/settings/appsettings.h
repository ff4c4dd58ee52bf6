#pragma once

#include "reader/readersettings.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace gloss {

// Every setting Gloss keeps per user, typed; the only place that names a QSettings key. Made
// where it is needed, like QSettings itself (instances share what they read and write).
class AppSettings
{
public:
    // The window's geometry and the states of its splitters and article list header.
    struct Window
    {
        QByteArray geometry;
        QByteArray state;
        QByteArray mainSplitter;
        QByteArray leftSplitter;
        QByteArray articleHeader;
    };
    // Where the person was: the library, the category (its path) and the article shown.
    struct Session
    {
        QString library;
        QStringList category;
        qint64 article = 0;
    };

    Window window() const;
    void setWindow(const Window &window);
    Session session() const;
    void setSession(const Session &session);

    // How articles look (clamped to what the reader offers).
    ReaderSettings reader() const;
    void setReader(const ReaderSettings &settings);

    // The folder and full-text choice of the last export, the next one's defaults.
    QString exportFolder() const;
    bool exportFullText() const;
    void setExportDefaults(const QString &folder, bool fullText);
    // The folder the last import came from, where File › Import Folder starts.
    QString importFolder() const;
    void setImportFolder(const QString &folder);

    // The interface language chosen in Preferences; empty for the system's.
    QString language() const;
    void setLanguage(const QString &code);

private:
    QSettings m_settings;
};

} // namespace gloss
