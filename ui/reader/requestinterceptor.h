#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace gloss {

// The reader's last line against the network: every http(s) (and ws, ftp, file) request is
// blocked, except images while the library allows remote images. Runs on WebEngine's IO thread.
class RequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void setRemoteImages(bool allowed) { m_remoteImages = allowed; }
    int blockedCount() const { return m_blocked; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    std::atomic<bool> m_remoteImages { false };
    std::atomic<int> m_blocked { 0 };
};

} // namespace gloss
