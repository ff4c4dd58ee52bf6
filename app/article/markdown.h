#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace gloss {

// Renders a Markdown body (CommonMark with GitHub's tables, strikethrough, task lists and
// autolinks) to HTML with md4c. Raw HTML in the Markdown is kept: the reader, not the
// importer, is what keeps article HTML harmless.
class Markdown
{
public:
    static QString toHtml(const QString &markdown);
    // The same, UTF-8 in and out (md4c works on UTF-8): no UTF-16 copy of a large body.
    static QByteArray toHtmlUtf8(QByteArrayView markdown);
    // The same, handed to `out` piece by piece as md4c makes it (a large body's HTML need not
    // be held whole).
    static void render(QByteArrayView markdown, const std::function<void(QByteArrayView)> &out);
};

} // namespace gloss
