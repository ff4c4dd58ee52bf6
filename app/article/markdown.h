#pragma once

#include <QString>

namespace gloss {

// Renders a Markdown body (CommonMark with GitHub's tables, strikethrough, task lists and
// autolinks) to HTML with md4c. Raw HTML in the Markdown is kept: the reader, not the
// importer, is what keeps article HTML harmless.
class Markdown
{
public:
    static QString toHtml(const QString &markdown);
};

} // namespace gloss
