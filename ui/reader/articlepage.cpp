#include "articlepage.h"

#include "article/embedfilter.h"
#include "article/sitelinks.h"
#include "library/articlerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace gloss {

namespace {

QString readerTemplate()
{
    static const QString text = [] {
        QFile file(QStringLiteral(":/gloss/web/reader.html"));
        file.open(QIODevice::ReadOnly);
        return QString::fromUtf8(file.readAll());
    }();
    return text;
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

QString metaLine(const Article &a)
{
    QStringList parts;
    if (!a.author.isEmpty())
        parts << a.author.toHtmlEscaped();
    if (a.published.isValid())
        parts << a.published.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QStringList paths;
    for (const QStringList &path : a.categoryPaths)
        paths << path.join(QStringLiteral(" › ")).toHtmlEscaped();
    if (!paths.isEmpty())
        parts << paths.join(QStringLiteral("; "));
    return parts.join(QStringLiteral(" · "));
}

// The post's tags, as a line of the header; nothing when it has none.
QString tagsLine(const Article &a)
{
    if (a.tags.isEmpty())
        return {};
    QStringList tags;
    for (const QString &tag : a.tags)
        tags << QStringLiteral("<span class=\"gloss-tag\">%1</span>").arg(tag.toHtmlEscaped());
    return QStringLiteral("<p class=\"gloss-tags\">%1</p>")
        .arg(QCoreApplication::translate("gloss::ArticlePage", "Tags: %1")
                 .arg(tags.join(QStringLiteral(", "))));
}

// Said in the header of an article whose file an import no longer finds.
QString missingNote(const ArticleRecord &record)
{
    if (!record.missingSince.isValid())
        return {};
    return QStringLiteral("<p class=\"gloss-missing\">%1</p>")
        .arg(
            QCoreApplication::translate("gloss::ArticlePage",
                                        "File missing: %1 is gone since %2. Its highlights and "
                                        "notes are kept.")
                .arg(record.sourcePath,
                     record.missingSince.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .toHtmlEscaped());
}

} // namespace

QString ArticlePage::contentSecurityPolicy(bool remoteImages)
{
    return QStringLiteral(
               "default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none';"
               " child-src 'none'; worker-src 'none'; connect-src 'none'; media-src 'none';"
               " manifest-src 'none'; form-action 'none'; base-uri 'none';"
               " style-src gloss: 'unsafe-inline'; font-src gloss: data:; img-src gloss: data:")
        + (remoteImages ? QStringLiteral(" http: https:") : QString());
}

QString ArticlePage::fill(const QString &templateText, const QHash<QString, QString> &values)
{
    static const QRegularExpression field(QStringLiteral("\\{\\{(\\w+)\\}\\}"));
    QString out;
    out.reserve(templateText.size() + values.value(QStringLiteral("body")).size());
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : field.globalMatch(templateText)) {
        out += QStringView(templateText).mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(templateText).mid(last);
    return out;
}

QByteArray ArticlePage::render(const ArticleRecord &record, const Options &options)
{
    const Article &a = record.article;
    QString image;
    if (!a.headerImage.isEmpty()) {
        // A root-relative path ("/images/x.png") names the blog's source folder (SiteRoot); a
        // relative one is beside the post.
        image = QStringLiteral("<img class=\"gloss-header-image\" alt=\"\" src=\"%1\">")
                    .arg(SiteLinks::siteUrl(a.headerImage).toHtmlEscaped());
    }
    const QHash<QString, QString> values {
        { QStringLiteral("lang"),
          hasCjk(a.title + a.text.left(200)) ? QStringLiteral("zh-CN") : QStringLiteral("en") },
        { QStringLiteral("theme"), options.theme.toHtmlEscaped() },
        { QStringLiteral("csp"), contentSecurityPolicy(options.remoteImages) },
        { QStringLiteral("title"), a.title.toHtmlEscaped() },
        { QStringLiteral("headerImage"), image },
        { QStringLiteral("meta"), metaLine(a) },
        { QStringLiteral("tags"), tagsLine(a) },
        { QStringLiteral("missing"), missingNote(record) },
        // No frames: a srcdoc frame is outside the CSP's frame-src and inherits img-src.
        { QStringLiteral("body"), EmbedFilter::filter(a.html).html },
    };
    return fill(readerTemplate(), values).toUtf8();
}

} // namespace gloss
