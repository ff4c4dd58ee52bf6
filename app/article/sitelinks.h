#pragma once

#include <QByteArray>
#include <QString>

namespace gloss {

// A post's links to its blog's own files, made ready for the reader when the post is parsed,
// so that the stored HTML, the search text and highlight offsets all see the same page.
//
// The reader shows a post at gloss://article/<id>/, its folder: a relative URL is beside the
// post, and a root-relative one (`/images/x.png`, Hexo's source folder) is written as the
// relative URL `images/x.png?site`, which the reader resolves from the site's root (SiteRoot).
class SiteLinks
{
public:
    // Hexo's `{% asset_img [class] slug [width] [height] [title [alt]] %}` becomes an <img> and
    // `{% asset_path slug %}` its URL, both into the post's asset folder (`foo/x.png` for
    // `foo.md`). Tags in Markdown code (fenced blocks, backtick spans) stay text.
    static QByteArray expandAssetTags(QByteArray body, const QString &fileName, bool markdown);

    // Every <img src="/..."> (not `//host`) becomes src="...?site".
    static QByteArray markRootRelativeImages(QByteArray html);

    // `/images/x.png` as the reader's relative URL; other URLs unchanged.
    static QString siteUrl(const QString &url);

    // The query that marks a URL as relative to the site's root.
    static QString siteQuery() { return QStringLiteral("site"); }
};

} // namespace gloss
