#pragma once

#include <QString>

namespace gloss {

// Where a blog's local files are, seen from the folder a person imported: the folder a
// root-relative path (`/images/x.png`) names, which is Hexo's source folder (the one holding
// `_posts`), and the boundary that nothing served may leave. Every path is canonical, so a
// symbolic link counts where it points.
class SiteRoot
{
public:
    // The site of importFolder: a library's own choice (overrideFolder, when it holds the
    // import folder); else the folder holding the `_posts` the import folder is or lies in;
    // else the import folder when it holds `_posts`; else, when the import folder is a Hexo
    // site (it holds `_config.yml`), its source folder (`source_dir`, inside the import folder);
    // else the import folder itself. A `_config.yml` above the import folder is never followed.
    static SiteRoot find(const QString &importFolder, const QString &overrideFolder = {});

    bool isValid() const { return !m_boundary.isEmpty(); }
    QString webRoot() const { return m_webRoot; }
    QString boundary() const { return m_boundary; }

    enum class Kind {
        Found, // path is an existing image inside the boundary
        Missing, // the reference names a place inside the boundary where no file is
        Refused, // outside the boundary, not an image, or a path that climbs
    };
    struct File
    {
        Kind kind = Kind::Refused;
        QString path; // canonical when found; the path looked for when missing
    };

    // The file that a post's image reference names: from the web root when it starts with '/',
    // else from the post's folder and then the post's asset folder (`_posts/foo/` for
    // `_posts/foo.md`, Hexo's post_asset_folder). The reference is a decoded URL path.
    File resolve(const QString &postPath, const QString &reference) const;

private:
    File confined(const QString &folder, const QString &relative) const;
    bool inside(const QString &canonicalPath) const;

    QString m_webRoot;
    QString m_boundary;
};

} // namespace gloss
