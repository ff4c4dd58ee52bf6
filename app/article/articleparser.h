#pragma once

#include "article.h"
#include "htmlbody.h"

#include <QByteArray>

namespace gloss {

// Reads one Hexo post file (front matter, then an HTML or Markdown body) into an Article.
// Never throws: a file that cannot be read comes back with an error a person understands.
class ArticleParser
{
public:
    struct Result
    {
        Article article;
        QString error; // set when the file cannot be imported
        QStringList warnings; // imported, but something was not understood
        bool ok() const { return error.isEmpty(); }
    };

    // Extracting the plain text is the costliest step; the importer leaves it (and the
    // excerpt) to its indexing pass, which runs HtmlText on the stored HTML (see parseUtf8).
    enum class Text { Extract, Skip };

    // fileName gives the title when the post has none; folderPath (the file's folders under
    // the import root) gives the category when the post names none.
    static Result parse(const QByteArray &bytes, const QString &fileName,
                        const QStringList &folderPath = {}, Text text = Text::Extract);

    // What the importer reads: the article without its HTML, text and excerpt (as with
    // Text::Skip), and the HTML as UTF-8 in `html`. The bytes are taken over and become the HTML of
    // an HTML post where they can, so a large post is neither held twice nor as UTF-16. A
    // Markdown body of spoolFrom bytes or more is rendered into a temporary file (HtmlBody),
    // so that it and its HTML are not both in memory; tests pass a small spoolFrom.
    struct Utf8Result
    {
        Article article;
        HtmlBody html;
        QString error;
        QStringList warnings;
        bool ok() const { return error.isEmpty(); }
    };
    static constexpr qsizetype defaultSpoolFrom = 8 * 1024 * 1024;
    static Utf8Result parseUtf8(QByteArray bytes, const QString &fileName,
                                const QStringList &folderPath = {},
                                qsizetype spoolFrom = defaultSpoolFrom);

    static QString uncategorizedName();
};

} // namespace gloss
