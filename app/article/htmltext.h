#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

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

    // The same, UTF-8 in and out. A document larger than pieceSize bytes is parsed in pieces
    // cut before block start tags, each opened with the elements still open at its cut, so
    // that gumbo's tree (several times the size of the HTML) stays small; the text is the same
    // as from one parse. Tests pass a small pieceSize to cut at every place they can, and
    // learn how many pieces were parsed.
    static constexpr qsizetype defaultPieceSize = 1024 * 1024;
    static QByteArray extractUtf8(QByteArrayView html, QByteArray *excerpt = nullptr,
                                  qsizetype pieceSize = defaultPieceSize, int *pieces = nullptr);
    // The same for a document of `size` bytes that `read` appends to the array it is given, a
    // part at a time, until it returns false: only about a piece of it is held at once. The
    // text is the same as from the whole document.
    static QByteArray extractUtf8(qsizetype size, const std::function<bool(QByteArray *)> &read,
                                  QByteArray *excerpt = nullptr,
                                  qsizetype pieceSize = defaultPieceSize, int *pieces = nullptr);
};

} // namespace gloss
