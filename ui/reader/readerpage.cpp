#include "readerpage.h"

#include <QFile>
#include <QLoggingCategory>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

namespace gloss {

Q_LOGGING_CATEGORY(lcReader, "gloss.reader", QtWarningMsg)

namespace {

QWebEngineScript applicationScript(const QString &name, const QString &resource,
                                   QWebEngineScript::InjectionPoint point)
{
    QFile file(resource);
    file.open(QIODevice::ReadOnly);
    QWebEngineScript script;
    script.setName(name);
    script.setSourceCode(QString::fromUtf8(file.readAll()));
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(point);
    script.setRunsOnSubFrames(false);
    return script;
}

} // namespace

ReaderPage::ReaderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);

    // Gloss's own scripts run in the application world, out of the article's reach (its own
    // JavaScript is off anyway); the view binds the QWebChannel to that world.
    scripts().insert(applicationScript(QStringLiteral("qwebchannel"),
                                       QStringLiteral(":/qtwebchannel/qwebchannel.js"),
                                       QWebEngineScript::DocumentCreation));
    scripts().insert(applicationScript(QStringLiteral("gloss-reader"),
                                       QStringLiteral(":/gloss/web/reader.js"),
                                       QWebEngineScript::DocumentReady));
}

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
