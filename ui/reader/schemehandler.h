#pragma once

#include "articlepage.h"

#include <QWebEngineUrlSchemeHandler>

namespace gloss {

class Database;

// Serves the `gloss:` scheme to the reader:
//   gloss://article/<id>/         the article page (ArticlePage)
//   gloss://article/<id>/<path>   an image beside the post file, never outside its import folder
//   gloss://resource/reader.css   the reader's style sheet
class SchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    // Before the QApplication exists.
    static void registerScheme();
    static QUrl articleUrl(qint64 id);

    void setLibrary(const Database *db) { m_db = db; }
    void setPageOptions(const ArticlePage::Options &options) { m_options = options; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void serveArticle(QWebEngineUrlRequestJob *job, qint64 id, const QString &rest);

    const Database *m_db = nullptr;
    ArticlePage::Options m_options;
};

} // namespace gloss
