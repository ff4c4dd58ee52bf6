#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace gloss {

// A page that shows one article and goes nowhere else: the article's own navigation (meta
// refresh, forms, frames, new windows) is refused; a clicked link is handed to the desktop.
// Page JavaScript, plugins and the like are off; Gloss's scripts are injected into the
// application world.
class ReaderPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit ReaderPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void loadArticle(const QUrl &url);
    QUrl articleUrl() const { return m_articleUrl; }

Q_SIGNALS:
    // A link the person clicked: http(s) or mailto, to open outside Gloss.
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override;

private:
    QUrl m_articleUrl;
};

} // namespace gloss
