#include "schemehandler.h"

#include "library/articlerepository.h"
#include "library/database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace gloss {

namespace {

void reply(QWebEngineUrlRequestJob *job, const QByteArray &type, const QByteArray &data)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    job->reply(type, buffer);
}

} // namespace

void SchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme("gloss");
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Local: the page cannot reach the web unless the library allows remote images
    // (LocalContentCanAccessRemoteUrls); Secure: treated like https, no mixed-content games.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl SchemeHandler::articleUrl(qint64 id)
{
    return QUrl(QStringLiteral("gloss://article/%1/").arg(id));
}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (url.host() == u"resource") {
        if (url.path() == u"/reader.css") {
            QFile file(QStringLiteral(":/gloss/web/reader.css"));
            file.open(QIODevice::ReadOnly);
            reply(job, "text/css;charset=utf-8", file.readAll());
        } else {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        }
        return;
    }
    if (url.host() == u"article" && m_db) {
        const QString path = url.path(); // "/<id>/" or "/<id>/images/x.png"
        const qsizetype slash = path.indexOf(u'/', 1);
        bool ok = false;
        const qint64 id = path.mid(1, slash < 0 ? -1 : slash - 1).toLongLong(&ok);
        if (ok) {
            serveArticle(job, id, slash < 0 ? QString() : path.mid(slash + 1));
            return;
        }
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

void SchemeHandler::serveArticle(QWebEngineUrlRequestJob *job, qint64 id, const QString &rest)
{
    const std::optional<ArticleRecord> record = ArticleRepository(*m_db).find(id);
    if (!record) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (rest.isEmpty()) {
        reply(job, "text/html;charset=utf-8", ArticlePage::render(*record, m_options));
        return;
    }

    // A local image of the post: it must resolve (symbolic links too) inside the import folder.
    const QString root = QFileInfo(record->sourceRoot).canonicalFilePath();
    const QString folder = QFileInfo(record->sourcePath).absolutePath();
    const QString file = QFileInfo(QDir(folder).filePath(rest)).canonicalFilePath();
    if (root.isEmpty() || file.isEmpty() || !file.startsWith(root + u'/')) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QMimeType type = QMimeDatabase().mimeTypeForFile(file);
    QFile image(file);
    if (!type.name().startsWith(u"image/") || !image.open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    reply(job, type.name().toUtf8(), image.readAll());
}

} // namespace gloss
