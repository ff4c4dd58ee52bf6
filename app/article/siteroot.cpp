#include "siteroot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <yaml-cpp/yaml.h>

namespace gloss {

namespace {

QString canonicalFolder(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.canonicalFilePath() : QString();
}

bool within(const QString &path, const QString &folder)
{
    return path == folder
        || (folder == u"/" ? path.startsWith(u'/') : path.startsWith(folder + u'/'));
}

// Hexo's `source_dir` (default "source"); a _config.yml that cannot be read names none.
QString sourceDir(const QString &configFile)
{
    QFile file(configFile);
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return QStringLiteral("source");
    try {
        const YAML::Node config = YAML::Load(file.readAll().toStdString());
        const YAML::Node dir = config.IsMap() ? config["source_dir"] : YAML::Node();
        if (dir && dir.IsScalar() && !dir.Scalar().empty())
            return QString::fromStdString(dir.Scalar());
    } catch (const YAML::Exception &) {
        // A broken configuration is not the reader's business: Hexo's default stands.
    }
    return QStringLiteral("source");
}

bool isImage(const QString &path, QMimeDatabase::MatchMode mode)
{
    return QMimeDatabase().mimeTypeForFile(path, mode).name().startsWith(u"image/");
}

} // namespace

SiteRoot SiteRoot::find(const QString &importFolder, const QString &overrideFolder)
{
    SiteRoot site;
    const QString folder = canonicalFolder(importFolder);
    if (folder.isEmpty())
        return site;
    auto use = [&site](const QString &web, const QString &boundary) {
        site.m_webRoot = web;
        site.m_boundary = boundary;
        return site;
    };

    if (!overrideFolder.isEmpty()) {
        const QString chosen = canonicalFolder(overrideFolder);
        // A choice that leaves the imported posts outside would refuse their own images.
        if (!chosen.isEmpty() && within(folder, chosen))
            return use(chosen, chosen);
    }

    // Importing `source/_posts` (or a folder inside it): `/` is the folder holding `_posts`.
    for (QDir dir(folder); !dir.isRoot(); dir.cdUp()) {
        if (dir.dirName() == u"_posts") {
            QDir source = dir;
            source.cdUp();
            return use(source.path(), source.path());
        }
    }
    const QDir dir(folder);
    if (QFileInfo(dir.filePath(QStringLiteral("_posts"))).isDir())
        return use(folder, folder);
    // The whole Hexo site: `/` is its source folder, and only what lies inside the import folder
    // is ever served, whatever source_dir says.
    const QString config = dir.filePath(QStringLiteral("_config.yml"));
    if (QFileInfo(config).isFile()) {
        const QString source = canonicalFolder(dir.filePath(sourceDir(config)));
        if (!source.isEmpty() && within(source, folder))
            return use(source, folder);
    }
    return use(folder, folder);
}

bool SiteRoot::inside(const QString &canonicalPath) const
{
    return !canonicalPath.isEmpty() && within(canonicalPath, m_boundary);
}

SiteRoot::File SiteRoot::resolve(const QString &postPath, const QString &reference) const
{
    if (!isValid() || reference.isEmpty() || reference.contains(QChar(0)))
        return {};
    if (reference.startsWith(u'/'))
        return confined(m_webRoot, reference);

    const QFileInfo post(postPath);
    const QString postFolder = post.absoluteDir().canonicalPath();
    if (!inside(postFolder))
        return {};
    const File beside = confined(postFolder, reference);
    if (beside.kind != Kind::Missing)
        return beside;
    const File asset = confined(QDir(postFolder).filePath(post.completeBaseName()), reference);
    return asset.kind == Kind::Found ? asset : beside;
}

SiteRoot::File SiteRoot::confined(const QString &folder, const QString &relative) const
{
    // Chromium has already resolved `..` and `%2e%2e` in the URL; any that reach here (a
    // decoded `%2F`, a backslash trick) are refused rather than interpreted.
    const QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    for (const QString &part : parts) {
        if (part == u"." || part == u"..")
            return {};
    }
    // The nearest part of the path that exists decides where it really is (links resolved);
    // what follows it does not exist, so it cannot lead anywhere else.
    for (qsizetype n = parts.size(); n >= 0; --n) {
        const QString candidate = QDir(folder).filePath(parts.first(n).join(u'/'));
        const QFileInfo info(candidate);
        if (!info.exists())
            continue;
        const QString real = info.canonicalFilePath();
        if (!inside(real))
            return {};
        if (n == parts.size()) {
            if (!info.isFile() || !isImage(real, QMimeDatabase::MatchDefault))
                return {};
            return { Kind::Found, real };
        }
        if (!info.isDir())
            return {};
        const QString missing = QDir(real).filePath(parts.sliced(n).join(u'/'));
        return isImage(missing, QMimeDatabase::MatchExtension) ? File { Kind::Missing, missing }
                                                               : File {};
    }
    return {};
}

} // namespace gloss
