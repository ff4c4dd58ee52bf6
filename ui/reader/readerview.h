#pragma once

#include "readersettings.h"

#include <QWebEngineView>

class QTimer;
class QWebChannel;
class QWebEngineProfile;

namespace gloss {

class Database;
class ReaderBridge;
class ReaderPage;
class RequestInterceptor;
class SchemeHandler;

// The article view: QtWebEngine with page JavaScript off, Gloss's own scripts in an isolated
// world bound to the QWebChannel, a gloss: scheme serving the article, and no request leaving
// the machine unless the library allows remote images (then images only).
class ReaderView : public QWebEngineView
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setLibrary(const Database *db);
    void showArticle(qint64 id, double position = 0);
    void clearArticle();
    qint64 articleId() const { return m_articleId; }

    void setReaderSettings(const ReaderSettings &settings);
    void setRemoteImages(bool allowed);
    bool remoteImages() const { return m_remoteImages; }

    ReaderPage *readerPage() const { return m_page; }
    RequestInterceptor *interceptor() const { return m_interceptor; }

Q_SIGNALS:
    void positionChanged(qint64 articleId, double position);
    void externalLinkRequested(const QUrl &url);
    // The article is loaded, the page script has applied the settings, and the scroll position
    // has been asked for.
    void articleReady(qint64 articleId);

private:
    void updatePageOptions();
    void pollPosition();
    void settle();

    QWebEngineProfile *m_profile = nullptr;
    ReaderPage *m_page = nullptr;
    SchemeHandler *m_handler = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
    QWebChannel *m_channel = nullptr;
    ReaderBridge *m_bridge = nullptr;
    ReaderSettings m_settings;
    bool m_remoteImages = false;
    qint64 m_articleId = 0;
    double m_lastPosition = 0;
    bool m_loaded = false; // loadFinished for the current article
    bool m_scriptReady = false; // the page script has set up the channel
    QTimer *m_positionTimer = nullptr;
};

} // namespace gloss
