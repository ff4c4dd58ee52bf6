#include "readerprofile.h"

#include "requestinterceptor.h"
#include "schemehandler.h"

namespace gloss {

ReaderProfile::ReaderProfile(QObject *parent)
    : QWebEngineProfile(parent)
    , m_handler(new SchemeHandler(this))
    , m_interceptor(new RequestInterceptor(this))
{
    setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    setSpellCheckEnabled(false);
    installUrlSchemeHandler("gloss", m_handler);
    setUrlRequestInterceptor(m_interceptor);
}

} // namespace gloss
