#include "requestinterceptor.h"

namespace gloss {

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == u"gloss" || scheme == u"data" || scheme == u"blob")
        return;
    const bool web = scheme == u"http" || scheme == u"https";
    if (web && m_remoteImages && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage)
        return;
    info.block(true);
    ++m_blocked;
}

} // namespace gloss
