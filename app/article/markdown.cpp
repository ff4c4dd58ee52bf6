#include "markdown.h"

#include <md4c-html.h>

namespace gloss {

QString Markdown::toHtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray html;
    html.reserve(input.size() + input.size() / 4);
    md_html(
        input.constData(), MD_SIZE(input.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *userdata) {
            static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
        },
        &html, MD_DIALECT_GITHUB, MD_HTML_FLAG_SKIP_UTF8_BOM);
    return QString::fromUtf8(html);
}

} // namespace gloss
