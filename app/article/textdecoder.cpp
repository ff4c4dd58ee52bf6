#include "textdecoder.h"

#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>

namespace gloss {

namespace {

// For the strings marked with QT_TRANSLATE_NOOP; the others call translate() themselves, so
// that lupdate finds them.
QString translated(const char *text)
{
    return QCoreApplication::translate("gloss::TextDecoder", text);
}

// How many offsets a warning lists before it only counts the rest.
constexpr qsizetype listedOffsets = 8;

// How many bytes of a file may be NUL, control characters or not UTF-8 before it is taken for
// binary: a few in any file, one in a hundred in a large one.
qsizetype allowance(qsizetype size)
{
    return std::max<qsizetype>(8, size / 100);
}

// The file signatures of what people most often drop into a folder of posts by mistake.
QString binaryKind(QByteArrayView bytes)
{
    struct Signature
    {
        QByteArrayView magic;
        const char *kind;
    };
    static const Signature signatures[] = {
        { QByteArrayView("\x89PNG\r\n\x1A\n", 8),
          QT_TRANSLATE_NOOP("gloss::TextDecoder", "a PNG image") },
        { QByteArrayView("\xFF\xD8\xFF", 3),
          QT_TRANSLATE_NOOP("gloss::TextDecoder", "a JPEG image") },
        { QByteArrayView("GIF87a", 6), QT_TRANSLATE_NOOP("gloss::TextDecoder", "a GIF image") },
        { QByteArrayView("GIF89a", 6), QT_TRANSLATE_NOOP("gloss::TextDecoder", "a GIF image") },
        { QByteArrayView("PK\x03\x04", 4),
          QT_TRANSLATE_NOOP("gloss::TextDecoder", "a ZIP archive") },
        { QByteArrayView("PK\x05\x06", 4),
          QT_TRANSLATE_NOOP("gloss::TextDecoder", "a ZIP archive") },
        { QByteArrayView("\x1F\x8B", 2),
          QT_TRANSLATE_NOOP("gloss::TextDecoder", "a gzip archive") },
        { QByteArrayView("\xFD\x37\x7A\x58\x5A\x00", 6),
          QT_TRANSLATE_NOOP("gloss::TextDecoder", "an xz archive") },
        { QByteArrayView("7z\xBC\xAF\x27\x1C", 6),
          QT_TRANSLATE_NOOP("gloss::TextDecoder", "a 7-Zip archive") },
        { QByteArrayView("\x28\xB5\x2F\xFD", 4),
          QT_TRANSLATE_NOOP("gloss::TextDecoder", "a Zstandard archive") },
        { QByteArrayView("%PDF-", 5), QT_TRANSLATE_NOOP("gloss::TextDecoder", "a PDF document") },
        { QByteArrayView("SQLite format 3\x00", 16),
          QT_TRANSLATE_NOOP("gloss::TextDecoder", "an SQLite database") },
        { QByteArrayView("\x7F\x45\x4C\x46", 4),
          QT_TRANSLATE_NOOP("gloss::TextDecoder", "a program") },
    };
    for (const Signature &signature : signatures) {
        if (bytes.startsWith(signature.magic))
            return translated(signature.kind);
    }
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP")
        return translated(QT_TRANSLATE_NOOP("gloss::TextDecoder", "a WebP image"));
    return {};
}

// Control characters that have no place in a post (tab, line and page breaks and escape do).
bool isControl(uchar c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B;
}

// The length of the well-formed UTF-8 sequence that starts at p, or 0 when none does
// (Unicode's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
int sequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = *p;
    if (c < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

// What a pass over the bytes found, with the offsets of the first stray bytes.
struct Scan
{
    qsizetype nul = 0;
    qsizetype control = 0;
    qsizetype nonAscii = 0; // bytes from 0x80 up
    qsizetype invalid = 0; // bytes that are not part of a well-formed UTF-8 sequence
    bool carriageReturn = false;
    QList<qsizetype> nulOffsets;
    QList<qsizetype> invalidOffsets;

    qsizetype stray() const { return nul + control + invalid; }
};

Scan scan(QByteArrayView bytes, qsizetype from)
{
    Scan s;
    const auto *begin = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *end = begin + bytes.size();
    const uchar *p = begin + from;
    while (p < end) {
        const uchar c = *p;
        if (c >= 0x20 && c < 0x80) {
            ++p;
            continue;
        }
        if (c < 0x80) {
            if (c == 0) {
                if (s.nulOffsets.size() < listedOffsets)
                    s.nulOffsets << qsizetype(p - begin);
                ++s.nul;
            } else if (c == '\r') {
                s.carriageReturn = true;
            } else if (isControl(c)) {
                ++s.control;
            }
            ++p;
            continue;
        }
        const int length = sequenceLength(p, end);
        if (length == 0) {
            if (s.invalidOffsets.size() < listedOffsets)
                s.invalidOffsets << qsizetype(p - begin);
            ++s.invalid;
            ++s.nonAscii;
            ++p;
        } else {
            s.nonAscii += length;
            p += length;
        }
    }
    return s;
}

// "1043, 1044, 2210", or the first few and how many more.
QString offsetList(const QList<qsizetype> &offsets, qsizetype total)
{
    QStringList numbers;
    for (const qsizetype offset : offsets)
        numbers << QString::number(offset);
    const QString listed = numbers.join(QStringLiteral(", "));
    if (total <= offsets.size())
        return listed;
    return QCoreApplication::translate("gloss::TextDecoder", "%1 and %2 more")
        .arg(listed)
        .arg(total - offsets.size());
}

void warnAbout(const Scan &s, bool replacedInvalid, QStringList *warnings)
{
    if (s.nul == 1)
        warnings->append(QCoreApplication::translate("gloss::TextDecoder",
                                                     "1 NUL byte dropped at byte offset %1")
                             .arg(s.nulOffsets.first()));
    else if (s.nul > 1)
        warnings->append(QCoreApplication::translate("gloss::TextDecoder",
                                                     "%1 NUL bytes dropped at byte offsets %2")
                             .arg(s.nul)
                             .arg(offsetList(s.nulOffsets, s.nul)));
    if (!replacedInvalid)
        return;
    if (s.invalid == 1)
        warnings->append(
            QCoreApplication::translate("gloss::TextDecoder",
                                        "1 byte that is not UTF-8 replaced at byte offset %1")
                .arg(s.invalidOffsets.first()));
    else if (s.invalid > 1)
        warnings->append(
            QCoreApplication::translate("gloss::TextDecoder",
                                        "%1 bytes that are not UTF-8 replaced at byte offsets %2")
                .arg(s.invalid)
                .arg(offsetList(s.invalidOffsets, s.invalid)));
}

// UTF-8 from `from` on, with NULs dropped, bytes that are not UTF-8 replaced by U+FFFD and
// CR LF and lone CR made LF. Without bytes to replace the work is done in the buffer itself,
// and a clean file is returned as it came.
QByteArray cleanUtf8(QByteArray bytes, qsizetype from, const Scan &s)
{
    if (from == 0 && s.nul == 0 && s.invalid == 0 && !s.carriageReturn)
        return bytes;
    // Dropping bytes only shrinks the text, so it is rewritten where it is; each replacement
    // character takes three bytes in place of one and needs a buffer of its own.
    QByteArray grown;
    if (s.invalid > 0)
        grown.resize(bytes.size() - from - s.nul + 2 * s.invalid);
    char *const start = s.invalid > 0 ? grown.data() : bytes.data();
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + from;
    const auto *end = reinterpret_cast<const uchar *>(bytes.constData()) + bytes.size();
    char *out = start;
    bool afterCr = false;
    while (p < end) {
        const uchar c = *p;
        if (c >= 0x80) {
            const int length = sequenceLength(p, end);
            if (length == 0) {
                *out++ = '\xEF';
                *out++ = '\xBF';
                *out++ = '\xBD';
                ++p;
            } else {
                for (int i = 0; i < length; ++i)
                    *out++ = char(*p++);
            }
            afterCr = false;
            continue;
        }
        ++p;
        if (c == 0)
            continue;
        if (c == '\n' && afterCr) {
            afterCr = false;
            continue;
        }
        afterCr = c == '\r';
        *out++ = afterCr ? '\n' : char(c);
    }
    if (s.invalid == 0) {
        bytes.truncate(out - start);
        return bytes;
    }
    grown.truncate(out - start);
    return grown;
}

void normalizeLineEnds(QString *text)
{
    if (text->contains(u'\r')) {
        text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text->replace(u'\r', u'\n');
    }
}

bool decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, QString *out)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

QString detectEncoding(QByteArrayView bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    if (uchardet_handle_data(detector.get(), bytes.data(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

// A legacy encoding that uchardet names and that decodes every byte; an error otherwise.
TextDecoder::Utf8Result decodeLegacy(QByteArrayView view, const Scan &s)
{
    TextDecoder::Utf8Result result;
    QByteArray withoutNul;
    if (s.nul > 0) {
        withoutNul = view.toByteArray();
        withoutNul.replace(QByteArrayView("\0", 1), QByteArrayView());
        view = withoutNul;
    }
    const QString detected = detectEncoding(view);
    // uchardet names GBK/GB2312 content "GB18030", its superset; Big5, Shift_JIS and the
    // rest go through ICU via QStringDecoder's name lookup.
    QStringDecoder decoder(detected.toLatin1().constData(), QStringConverter::Flag::Stateless);
    if (detected.isEmpty() || detected.compare(u"ASCII", Qt::CaseInsensitive) == 0
        || detected.startsWith(u"UTF", Qt::CaseInsensitive) || !decoder.isValid()) {
        result.error = QCoreApplication::translate(
            "gloss::TextDecoder", "not valid UTF-8, and no other text encoding fits");
        return result;
    }
    QString text = decoder.decode(view);
    if (decoder.hasError()) {
        result.error = QCoreApplication::translate("gloss::TextDecoder", "the text is not valid %1")
                           .arg(detected);
        return result;
    }
    normalizeLineEnds(&text);
    result.text = text.toUtf8();
    result.encoding = detected;
    warnAbout(s, false, &result.warnings);
    return result;
}

} // namespace

TextDecoder::Utf8Result TextDecoder::decodeToUtf8(QByteArray bytes)
{
    Utf8Result result;
    const QByteArrayView view(bytes);

    if (const QString kind = binaryKind(view); !kind.isEmpty()) {
        result.error
            = QCoreApplication::translate("gloss::TextDecoder", "binary file (%1)").arg(kind);
        return result;
    }

    // A UTF-16 byte order mark settles the question.
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const bool le = view.startsWith("\xFF\xFE");
        result.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QString text;
        // Qt's UTF-16 decoder lets unpaired surrogates through; they are not text.
        if (!decodeWith(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, view.sliced(2),
                        &text)
            || !text.isValidUtf16()) {
            result.error = QCoreApplication::translate("gloss::TextDecoder",
                                                       "invalid UTF-16 after a byte order mark");
            return result;
        }
        bytes = QByteArray();
        normalizeLineEnds(&text);
        result.text = text.toUtf8();
        return result;
    }

    const bool bom = view.startsWith("\xEF\xBB\xBF");
    const qsizetype from = bom ? 3 : 0;
    const Scan s = scan(view, from);
    const qsizetype allowed = allowance(view.size());
    if (s.nul > allowed) {
        result.error = QCoreApplication::translate("gloss::TextDecoder",
                                                   "binary file (it contains NUL bytes)");
        return result;
    }
    if (s.nul + s.control > allowed) {
        result.error = QCoreApplication::translate("gloss::TextDecoder",
                                                   "binary file (%1 of its %2 bytes are not text)")
                           .arg(s.nul + s.control)
                           .arg(view.size());
        return result;
    }

    // Mostly UTF-8: its few stray bytes are damage, not another encoding. This is decided
    // before any legacy encoding is tried, because a single-byte one (Windows-1252) decodes any
    // bytes at all. A file in a multi-byte legacy encoding (GB18030, Big5, Shift_JIS) has
    // most of its non-ASCII bytes outside well-formed UTF-8 sequences (about two thirds for
    // Chinese text), never one in twenty.
    const bool fewStray = s.stray() <= allowed;
    if (s.invalid == 0 || bom || s.invalid * 20 <= s.nonAscii) {
        if (!fewStray) {
            result.error = bom
                ? QCoreApplication::translate("gloss::TextDecoder",
                                              "invalid UTF-8 after a UTF-8 byte order mark")
                : QCoreApplication::translate("gloss::TextDecoder",
                                              "not valid UTF-8 (%1 of its %2 bytes are not)")
                      .arg(s.invalid)
                      .arg(view.size());
            return result;
        }
        result.encoding = QStringLiteral("UTF-8");
        result.text = cleanUtf8(std::move(bytes), from, s);
        warnAbout(s, true, &result.warnings);
        return result;
    }

    // Another encoding, if one fits every byte; else a few stray bytes in otherwise plain text.
    Utf8Result legacy = decodeLegacy(view, s);
    if (legacy.ok())
        return legacy;
    if (fewStray) {
        result.encoding = QStringLiteral("UTF-8");
        result.text = cleanUtf8(std::move(bytes), from, s);
        warnAbout(s, true, &result.warnings);
        return result;
    }
    return legacy;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Utf8Result utf8 = decodeToUtf8(bytes);
    Result result;
    result.text = QString::fromUtf8(utf8.text);
    result.encoding = std::move(utf8.encoding);
    result.error = std::move(utf8.error);
    result.warnings = std::move(utf8.warnings);
    return result;
}

} // namespace gloss
