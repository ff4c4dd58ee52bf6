#pragma once

#include "article.h"

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
    // excerpt) to its indexing pass, which runs HtmlText on the stored HTML.
    enum class Text { Extract, Skip };

    // fileName gives the title when the post has none; folderPath (the file's folders under
    // the import root) gives the category when the post names none.
    static Result parse(const QByteArray &bytes, const QString &fileName,
                        const QStringList &folderPath = {}, Text text = Text::Extract);

    static QString uncategorizedName();
};

} // namespace gloss
