#include "markdown.h"

#include <md4c-html.h>

namespace gloss {

QString Markdown::toHtml(const QString &markdown)
{
    return QString::fromUtf8(toHtmlUtf8(markdown.toUtf8()));
}

QByteArray Markdown::toHtmlUtf8(QByteArrayView markdown)
{
    QByteArray html;
    html.reserve(markdown.size() + markdown.size() / 4);
    render(markdown, [&html](QByteArrayView piece) { html.append(piece); });
    return html;
}

void Markdown::render(QByteArrayView markdown, const std::function<void(QByteArrayView)> &out)
{
    md_html(
        markdown.data(), MD_SIZE(markdown.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *userdata) {
            (*static_cast<const std::function<void(QByteArrayView)> *>(userdata))(
                QByteArrayView(text, qsizetype(size)));
        },
        const_cast<std::function<void(QByteArrayView)> *>(&out), MD_DIALECT_GITHUB,
        MD_HTML_FLAG_SKIP_UTF8_BOM);
}

} // namespace gloss
