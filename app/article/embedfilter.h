#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gloss {

// Takes frames and embedded objects out of article HTML before the reader shows it: every
// <iframe>, <frame>, <frameset>, <object> and <embed> the HTML parser would build (with what it
// holds) and every srcdoc attribute. Each removed element leaves an empty placeholder,
//   <span class="gloss-removed" data-what="Embedded frame removed (youtube.com)"></span>
// that the reader's style labels with generated content, so the page's text stays the text
// HtmlText extracts from the original, character for character.
//
// What to cut is what gumbo parsed, at the source offsets it records, so comments, raw text,
// attributes and foreign content hide nothing; the result is parsed again until nothing is left
// to cut, and markup that does not settle in a few rounds is shown as its plain text.
class EmbedFilter
{
    Q_DECLARE_TR_FUNCTIONS(gloss::EmbedFilter)

public:
    struct Result
    {
        QString html;
        QStringList removed; // the placeholders' labels, in document order
        bool plainText = false; // the markup did not settle: html is the article's text
    };

    static Result filter(const QString &html);
};

} // namespace gloss
