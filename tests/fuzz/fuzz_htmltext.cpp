// HTML in: the plain text and excerpt the search index and the anchoring use. The same HTML
// read a part at a time (as the indexing pass reads stored HTML) must give the very text and
// pieces that it gives in memory.
#include "article/htmltext.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray html(reinterpret_cast<const char *>(data), qsizetype(size));
    QString excerpt;
    const QString text = gloss::HtmlText::extract(html, &excerpt);

    // Pieces small enough that even short inputs are cut, and at most about 16 of them.
    const qsizetype pieceSize = qMax(qsizetype(64), qsizetype(size / 16));
    QByteArray cutExcerpt;
    int pieces = 0;
    const QByteArray cut = gloss::HtmlText::extractUtf8(html, &cutExcerpt, pieceSize, &pieces);
    // Small parts cut every token somewhere; a token that runs past a part is read again
    // from its start, so large inputs come in at most about 64 parts.
    const qsizetype part = qMax(1 + qsizetype(size % 13), qsizetype(size / 64));
    qsizetype at = 0;
    QByteArray streamedExcerpt;
    int streamedPieces = 0;
    const QByteArray streamed = gloss::HtmlText::extractUtf8(
        html.size(),
        [&](QByteArray *buffer) {
            buffer->append(QByteArrayView(html).sliced(at, qMin(part, html.size() - at)));
            at = qMin(at + part, html.size());
            return at < html.size();
        },
        &streamedExcerpt, pieceSize, &streamedPieces);
    if (streamed != cut || streamedExcerpt != cutExcerpt || streamedPieces != pieces)
        std::abort();
    return text.size() >= 0 ? 0 : 1;
}
