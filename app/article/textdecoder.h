#pragma once

#include <QByteArray>
#include <QString>

namespace gloss {

// Turns the bytes of a post file into text: UTF-8 (with or without BOM), UTF-16 with BOM,
// GB18030 and the other encodings uchardet recognises. Line ends become "\n".
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; // the name of the encoding that was used, e.g. "UTF-8"
        QString error; // set when the bytes are not text in an encoding we can read
        bool ok() const { return error.isEmpty(); }
    };

    static Result decode(const QByteArray &bytes);
};

} // namespace gloss
