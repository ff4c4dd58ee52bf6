#pragma once

#include <QString>

namespace gloss {

// The plain text of an HTML fragment, as a reader sees it: what <script>, <style> and
// similar elements hold is skipped, runs of white space collapse as in CSS (except in
// <pre>), and each block element (paragraph, heading, list item, ...) and <br> ends a line.
// The result feeds search and the C++ side of highlight anchoring.
class HtmlText
{
public:
    // excerpt, when given, receives the text before a <!-- more --> comment (Hexo's excerpt
    // marker), or stays empty when there is none.
    static QString extract(const QString &html, QString *excerpt = nullptr);
    static QString extract(const QByteArray &utf8Html, QString *excerpt = nullptr);
};

} // namespace gloss
