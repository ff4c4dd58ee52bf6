#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <memory>

namespace gloss {

namespace {

QString normalizeLineEnds(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

bool decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, QString *out)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

QString detectEncoding(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result result;
    const QByteArrayView view(bytes);

    // A byte order mark settles the question.
    if (view.startsWith("\xEF\xBB\xBF")) {
        result.encoding = QStringLiteral("UTF-8");
        if (!decodeWith(QStringConverter::Utf8, view.sliced(3), &result.text))
            result.error = QCoreApplication::translate(
                "gloss::TextDecoder", "invalid UTF-8 after a UTF-8 byte order mark");
    } else if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const bool le = view.startsWith("\xFF\xFE");
        result.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        // Qt's UTF-16 decoder lets unpaired surrogates through; they are not text.
        if (!decodeWith(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, view.sliced(2),
                        &result.text)
            || !result.text.isValidUtf16())
            result.error = QCoreApplication::translate("gloss::TextDecoder",
                                                       "invalid UTF-16 after a byte order mark");
    } else if (view.contains('\0')) {
        result.error = QCoreApplication::translate("gloss::TextDecoder",
                                                   "binary file (it contains NUL bytes)");
    } else if (decodeWith(QStringConverter::Utf8, view, &result.text)) {
        result.encoding = QStringLiteral("UTF-8");
    } else {
        const QString detected = detectEncoding(bytes);
        // uchardet names GBK/GB2312 content "GB18030", its superset; Big5, Shift_JIS and the
        // rest go through ICU via QStringDecoder's name lookup.
        QStringDecoder decoder(detected.toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (detected.isEmpty() || detected.compare(u"ASCII", Qt::CaseInsensitive) == 0
            || detected.startsWith(u"UTF", Qt::CaseInsensitive) || !decoder.isValid()) {
            result.error = QCoreApplication::translate(
                "gloss::TextDecoder", "not valid UTF-8, and no other text encoding fits");
        } else {
            result.text = decoder.decode(view);
            result.encoding = detected;
            if (decoder.hasError())
                result.error
                    = QCoreApplication::translate("gloss::TextDecoder", "the text is not valid %1")
                          .arg(detected);
        }
    }

    if (!result.ok())
        result.text.clear();
    else
        result.text = normalizeLineEnds(std::move(result.text));
    return result;
}

} // namespace gloss
