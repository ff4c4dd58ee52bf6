// Re-anchoring: an article text and a stored selector (exact, prefix, suffix, offsets), as a
// changed article and an old highlight meet on re-import.
#include "annotate/anchor.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 8)
        return 0;
    int start = 0;
    int end = 0;
    std::memcpy(&start, data, 4);
    std::memcpy(&end, data + 4, 4);
    // The rest: text, exact, prefix and suffix, separated by NUL bytes.
    const QList<QByteArray> parts
        = QByteArray(reinterpret_cast<const char *>(data + 8), qsizetype(size - 8)).split('\0');
    const QString text = QString::fromUtf8(parts.value(0));
    gloss::TextSelector selector;
    selector.exact = QString::fromUtf8(parts.value(1));
    selector.prefix = QString::fromUtf8(parts.value(2));
    selector.suffix = QString::fromUtf8(parts.value(3));
    selector.start = start;
    selector.end = end;
    const gloss::Anchor::Result found = gloss::Anchor::locate(text, selector);
    if (found.state != gloss::AnchorState::Orphaned
        && (found.start < 0 || found.end > text.size() || found.start > found.end))
        __builtin_trap(); // a located highlight must lie inside the text
    // Selecting any range of the text must give a selector that locates that range.
    if (!text.isEmpty()) {
        const int a = int(quint32(start) % quint32(text.size()));
        const int b = a + int(quint32(end) % quint32(text.size() - a + 1));
        if (b > a) {
            const gloss::TextSelector made = gloss::Anchor::select(text, a, b);
            const gloss::Anchor::Result again = gloss::Anchor::locate(text, made);
            if (again.state != gloss::AnchorState::Ok || again.start != a || again.end != b)
                __builtin_trap();
        }
    }
    return 0;
}
