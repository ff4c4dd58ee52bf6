#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gloss {

// Turns the bytes of a post file into text: UTF-8 (with or without BOM), UTF-16 with BOM,
// GB18030 and the other encodings uchardet recognises. Line ends become "\n".
//
// A text file with a few stray bytes is still read: NUL bytes are dropped and bytes that are
// not UTF-8 become U+FFFD, and a warning names their byte offsets. A binary file (a known
// image, archive or document signature, or more than a small share of bytes that are not
// text) is refused with the reason.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; // the name of the encoding that was used, e.g. "UTF-8"
        QString error; // set when the bytes are not text in an encoding we can read
        QStringList warnings; // bytes that were dropped or replaced, with their offsets
        bool ok() const { return error.isEmpty(); }
    };

    static Result decode(const QByteArray &bytes);

    // The same decision as decode(), with the text as UTF-8. The bytes are taken over: a file
    // that is already clean UTF-8 comes back in the same buffer, without a copy.
    struct Utf8Result
    {
        QByteArray text;
        QString encoding;
        QString error;
        QStringList warnings;
        bool ok() const { return error.isEmpty(); }
    };
    static Utf8Result decodeToUtf8(QByteArray bytes);
};

} // namespace gloss
