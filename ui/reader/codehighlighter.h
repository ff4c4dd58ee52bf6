#pragma once

#include <QString>

namespace gloss {

// Debian's highlight.js (libjs-highlight.js), the highlighter Hexo itself uses, read from the
// system once and run in the reader's isolated world on pages that have code.
class CodeHighlighter
{
public:
    // The library's source; empty when the file is missing (code then stays plain).
    static const QString &script();
    // Where it is read from.
    static QString path();
};

} // namespace gloss
