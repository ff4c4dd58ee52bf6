#include "schemehandler.h"

#include "article/sitelinks.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/settingsrepository.h"

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
            serveArticle(job, id, url,
                         slash < 0 ? QString() : url.path(QUrl::FullyDecoded).mid(slash + 1));
            return;
        }
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

void SchemeHandler::serveArticle(QWebEngineUrlRequestJob *job, qint64 id, const QUrl &url,
                                 const QString &rest)
{
    // An image needs only where the post lives, not its HTML.
    const std::optional<ArticleRecord> record = ArticleRepository(*m_db).find(
        id, rest.isEmpty() ? ArticleRepository::Detail::Full : ArticleRepository::Detail::Metadata);
    if (!record) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (rest.isEmpty()) {
        reply(job, "text/html;charset=utf-8", ArticlePage::render(*record, m_options));
        return;
    }

    // A local image of the post: it must resolve (symbolic links too) inside the site's root.
    const QString reference = url.query() == SiteLinks::siteQuery() ? u'/' + rest : rest;
    const SiteRoot::File file = siteOf(record->sourceRoot).resolve(record->sourcePath, reference);
    if (file.kind == SiteRoot::Kind::Missing) {
        Q_EMIT imageMissing(reference);
        reply(job, "image/svg+xml", missingImage(reference));
        return;
    }
    QFile image(file.path);
    if (file.kind != SiteRoot::Kind::Found || !image.open(QIODevice::ReadOnly)) {
        Q_EMIT imageRefused(reference);
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    Q_EMIT imageServed(file.path);
    reply(job, QMimeDatabase().mimeTypeForFile(file.path).name().toUtf8(), image.readAll());
}

SiteRoot SchemeHandler::siteOf(const QString &importFolder)
{
    const QString chosen
        = SettingsRepository(*m_db).value(QString::fromLatin1(SettingsRepository::siteRoot));
    const QString key = importFolder + u'\n' + chosen;
    auto it = m_sites.constFind(key);
    if (it == m_sites.cend())
        it = m_sites.insert(key, SiteRoot::find(importFolder, chosen));
    return *it;
}

QByteArray SchemeHandler::missingImage(const QString &reference)
{
    const QString label = tr("Image not found: %1").arg(reference);
    // Wide enough for the label in the reader's sans serif (CJK characters are wider).
    int width = 32;
    for (const QChar c : label)
        width += c.unicode() >= 0x2E80 ? 14 : 8;
    const QString svg = QStringLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"44\">"
        "<rect x=\"1\" y=\"1\" width=\"%2\" height=\"42\" rx=\"4\" fill=\"#efefea\""
        " stroke=\"#8a8a80\" stroke-dasharray=\"5 3\"/>"
        "<text x=\"16\" y=\"27\" font-family=\"Noto Sans CJK SC, Noto Sans, sans-serif\""
        " font-size=\"13\" fill=\"#5a5a52\">%3</text></svg>");
    return svg.arg(width).arg(width - 2).arg(label.toHtmlEscaped()).toUtf8();
}

} // namespace gloss
