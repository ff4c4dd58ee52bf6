// HTML in: the plain text and excerpt the search index and the anchoring use.
#include "article/htmltext.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray html(reinterpret_cast<const char *>(data), qsizetype(size));
    QString excerpt;
    const QString text = gloss::HtmlText::extract(html, &excerpt);
    return text.size() >= 0 ? 0 : 1;
}
