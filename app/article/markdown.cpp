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
    md_html(
        markdown.data(), MD_SIZE(markdown.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *userdata) {
            static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
        },
        &html, MD_DIALECT_GITHUB, MD_HTML_FLAG_SKIP_UTF8_BOM);
    return html;
}

} // namespace gloss
