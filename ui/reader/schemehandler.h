#pragma once

#include "article/siteroot.h"
#include "articlepage.h"

#include <QHash>
#include <QWebEngineUrlSchemeHandler>

namespace gloss {

class Database;

// Serves the `gloss:` scheme to the reader:
//   gloss://article/<id>/         the article page (ArticlePage)
//   gloss://article/<id>/<path>   an image beside the post file or in its asset folder
//   gloss://article/<id>/<path>?site   an image from the blog's root (`/images/x.png`)
// never outside the site's root (SiteRoot); an image that is not there is answered with a
// placeholder naming it, so the page shows what is missing instead of a broken icon.
//   gloss://resource/reader.css   the reader's style sheet
class SchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    // Before the QApplication exists.
    static void registerScheme();
    static QUrl articleUrl(qint64 id);

    void setLibrary(const Database *db)
    {
        m_db = db;
        m_sites.clear();
    }
    void setPageOptions(const ArticlePage::Options &options) { m_options = options; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // An SVG that says which image is missing.
    static QByteArray missingImage(const QString &reference);

Q_SIGNALS:
    // Each local image request and how it was answered: a person sees the image, a placeholder
    // naming the missing file, or nothing (refused).
    void imageServed(const QString &path);
    void imageMissing(const QString &reference);
    void imageRefused(const QString &reference);

private:
    void serveArticle(QWebEngineUrlRequestJob *job, qint64 id, const QUrl &url,
                      const QString &rest);
    SiteRoot siteOf(const QString &importFolder);

    const Database *m_db = nullptr;
    ArticlePage::Options m_options;
    QHash<QString, SiteRoot> m_sites; // by import folder and the library's own site root
};

} // namespace gloss
