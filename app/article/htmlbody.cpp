#include "htmlbody.h"

#include <QCoreApplication>
#include <QTemporaryFile>

namespace gloss {

HtmlBody::HtmlBody(QByteArray html)
    : m_html(std::move(html))
{ }

HtmlBody HtmlBody::spooled(std::shared_ptr<QTemporaryFile> file, qint64 size)
{
    HtmlBody body;
    body.m_file = std::move(file);
    body.m_size = size;
    return body;
}

bool HtmlBody::read(const std::function<bool(QByteArrayView)> &chunk, QString *error) const
{
    if (!m_file) {
        for (qsizetype at = 0; at < m_html.size(); at += chunkSize) {
            if (!chunk(QByteArrayView(m_html).sliced(at, qMin(chunkSize, m_html.size() - at))))
                return true;
        }
        return true;
    }
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("gloss::HtmlBody",
                                                 "cannot read the rendered HTML back from %1: %2")
                         .arg(m_file->fileName(), reason);
        return false;
    };
    if (!m_file->seek(0))
        return fail(m_file->errorString());
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    qint64 left = m_size;
    while (left > 0) {
        const qint64 got = m_file->read(buffer.data(), qMin<qint64>(chunkSize, left));
        if (got <= 0)
            return fail(got < 0 ? m_file->errorString()
                                : QCoreApplication::translate("gloss::HtmlBody", "it is shorter"));
        left -= got;
        if (!chunk(QByteArrayView(buffer.constData(), got)))
            return true;
    }
    return true;
}

QByteArray HtmlBody::take(QString *error)
{
    if (!m_file)
        return std::move(m_html);
    QByteArray html;
    html.reserve(m_size);
    if (!read(
            [&](QByteArrayView piece) {
                html.append(piece);
                return true;
            },
            error))
        return {};
    m_file.reset();
    return html;
}

} // namespace gloss
