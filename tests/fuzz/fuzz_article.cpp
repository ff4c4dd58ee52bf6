// Whole file bytes in: decoding, front matter, Hexo's category rules, the Markdown or HTML
// body and the plain text, as an import parses a post.
#include "article/articleparser.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const gloss::ArticleParser::Result result = gloss::ArticleParser::parse(
        bytes, QStringLiteral("post.md"), { QStringLiteral("folder") },
        gloss::ArticleParser::Text::Extract);
    return result.error.isEmpty() ? 0 : 0;
}
