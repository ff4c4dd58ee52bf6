#include "articleparser.h"

#include "dateparser.h"
#include "frontmatter.h"
#include "htmltext.h"
#include "markdown.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gloss {

QString bodyFormatName(BodyFormat format)
{
    return format == BodyFormat::Html ? QStringLiteral("html") : QStringLiteral("markdown");
}

namespace {

// Hexo's rule: a body that starts with a tag is HTML, anything else is Markdown.
BodyFormat detectFormat(const QString &body)
{
    qsizetype i = 0;
    while (i < body.size() && body.at(i).isSpace())
        ++i;
    if (i + 1 < body.size() && body.at(i) == u'<') {
        const QChar next = body.at(i + 1);
        if (next.isLetter())
            return BodyFormat::Html;
        if (QStringView(body).mid(i, 9).compare(u"<!doctype", Qt::CaseInsensitive) == 0)
            return BodyFormat::Html;
    }
    return BodyFormat::Markdown;
}

QDateTime readDate(const QString &raw, const char *field, QStringList *warnings)
{
    if (raw.isEmpty())
        return {};
    const QDateTime date = DateParser::parse(raw);
    if (!date.isValid())
        warnings->append(
            QCoreApplication::translate("gloss::ArticleParser",
                                        "%1 '%2' is not a date Gloss understands; kept as text")
                .arg(QLatin1String(field), raw));
    return date;
}

} // namespace

QString ArticleParser::uncategorizedName()
{
    return QStringLiteral("Uncategorized");
}

ArticleParser::Result ArticleParser::parse(const QByteArray &bytes, const QString &fileName,
                                           const QStringList &folderPath, Text text)
{
    Result result;
    if (bytes.isEmpty()) {
        result.error = QCoreApplication::translate("gloss::ArticleParser", "empty file");
        return result;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }

    const FrontMatterParser::Split split = FrontMatterParser::split(decoded.text);
    if (!split.error.isEmpty()) {
        result.error = split.error;
        return result;
    }
    FrontMatterParser::Result fm = FrontMatterParser::parse(split.yaml, split.yamlFirstLine);
    if (!fm.error.isEmpty()) {
        result.error = fm.error;
        return result;
    }
    result.warnings = decoded.warnings + fm.warnings;

    Article &a = result.article;
    a.title = fm.value.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : fm.value.title;
    a.author = fm.value.author;
    a.categoryPaths = fm.value.categoryPaths;
    if (a.categoryPaths.isEmpty())
        a.categoryPaths << (folderPath.isEmpty() ? QStringList { uncategorizedName() }
                                                 : folderPath);
    a.tags = fm.value.tags;
    a.dateRaw = fm.value.date;
    a.published = readDate(a.dateRaw, "date", &result.warnings);
    a.modifiedRaw = fm.value.updated;
    a.modified = readDate(a.modifiedRaw, "updated", &result.warnings);
    a.headerImage = fm.value.headerImage;

    a.bodyFormat = detectFormat(split.body);
    a.html = a.bodyFormat == BodyFormat::Html ? split.body : Markdown::toHtml(split.body);
    if (text == Text::Extract)
        a.text = HtmlText::extract(a.html, &a.excerpt);
    return result;
}

} // namespace gloss
