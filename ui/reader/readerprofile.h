#pragma once

#include <QWebEngineProfile>

namespace gloss {

class RequestInterceptor;
class SchemeHandler;

// The reader's web profile, off the record: no cache, cookies or history of what was read ever
// reach the disk. It serves the gloss: scheme (SchemeHandler) and sends every other request
// through RequestInterceptor.
class ReaderProfile : public QWebEngineProfile
{
    Q_OBJECT
public:
    explicit ReaderProfile(QObject *parent = nullptr);

    SchemeHandler *schemeHandler() const { return m_handler; }
    RequestInterceptor *interceptor() const { return m_interceptor; }

private:
    SchemeHandler *m_handler;
    RequestInterceptor *m_interceptor;
};

} // namespace gloss
