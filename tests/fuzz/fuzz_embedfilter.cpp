// HTML in: the article HTML the reader shows, frames and embedded objects taken out. Whatever
// the input, what comes out has nothing left to take out.
#include "article/embedfilter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const gloss::EmbedFilter::Result once = gloss::EmbedFilter::filter(html);
    const gloss::EmbedFilter::Result twice = gloss::EmbedFilter::filter(once.html);
    if (twice.html != once.html || !twice.removed.isEmpty())
        std::abort();
    return 0;
}
