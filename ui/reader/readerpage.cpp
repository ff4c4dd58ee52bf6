#include "readerpage.h"

#include <QLoggingCategory>

namespace gloss {

Q_LOGGING_CATEGORY(lcReader, "gloss.reader", QtWarningMsg)

ReaderPage::ReaderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{ }

void ReaderPage::loadArticle(const QUrl &url)
{
    m_articleUrl = url;
    load(url);
}

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false;
    // The article itself (and jumps to its own anchors) is the only place this page may be.
    if (url.adjusted(QUrl::RemoveFragment) == m_articleUrl.adjusted(QUrl::RemoveFragment))
        return true;
    if (type == NavigationTypeLinkClicked) {
        const QString scheme = url.scheme();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            Q_EMIT externalLinkRequested(url);
    }
    qCDebug(lcReader) << "refused navigation to" << url << "type" << type;
    return false;
}

QWebEnginePage *ReaderPage::createWindow(WebWindowType)
{
    return nullptr;
}

void ReaderPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message,
                                          int line, const QString &source)
{
    qCDebug(lcReader) << source << line << message;
}

} // namespace gloss
