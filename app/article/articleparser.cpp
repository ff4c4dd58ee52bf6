#include "articleparser.h"

#include "dateparser.h"
#include "frontmatter.h"
#include "htmltext.h"
#include "markdown.h"
#include "sitelinks.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <optional>

namespace gloss {

QString bodyFormatName(BodyFormat format)
{
    return format == BodyFormat::Html ? QStringLiteral("html") : QStringLiteral("markdown");
}

namespace {

// Hexo's rule: a body that starts with a tag is HTML, anything else is Markdown.
BodyFormat detectFormat(QByteArrayView body)
{
    qsizetype i = 0;
    while (i < body.size()) {
        const auto c = uchar(body.at(i));
        if (c < 0x80) {
            if (!QChar::isSpace(c))
                break;
            ++i;
            continue;
        }
        // White space beyond ASCII (a no-break or ideographic space) counts too.
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        const QString character
            = QString::fromUtf8(body.sliced(i, qMin<qsizetype>(length, body.size() - i)));
        if (character.isEmpty() || !character.at(0).isSpace())
            break;
        i += length;
    }
    if (i + 1 < body.size() && body.at(i) == '<') {
        // The character after '<' (at most four bytes), a letter of any script.
        const QString next
            = QString::fromUtf8(body.sliced(i + 1).first(qMin<qsizetype>(4, body.size() - i - 1)));
        if (!next.isEmpty() && next.at(0).isLetter())
            return BodyFormat::Html;
        if (body.size() - i >= 9
            && body.sliced(i, 9).compare("<!doctype", Qt::CaseInsensitive) == 0)
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

// A large Markdown body rendered into a temporary file, a megabyte or so at a time; nothing
// when the file cannot be written (the caller renders in memory instead).
std::optional<HtmlBody> renderSpooled(QByteArrayView markdown)
{
    auto file
        = std::make_shared<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/gloss-html-XXXXXX"));
    if (!file->open())
        return std::nullopt;
    QByteArray pending;
    qint64 written = 0;
    bool ok = true;
    // Root-relative images are marked piece by piece. A piece ends before a tag that begins a
    // line, as md4c begins its block tags: no <img> is ever cut in two.
    const auto flush = [&](bool all) {
        qsizetype cut = all ? pending.size() : pending.lastIndexOf("\n<");
        if (cut <= 0)
            return;
        if (!all)
            ++cut;
        const QByteArray piece = SiteLinks::markRootRelativeImages(pending.first(cut));
        ok = ok && file->write(piece) == piece.size();
        written += piece.size();
        pending.remove(0, cut);
    };
    Markdown::render(markdown, [&](QByteArrayView text) {
        pending.append(text);
        if (pending.size() >= HtmlBody::chunkSize)
            flush(false);
    });
    flush(true);
    if (!ok || !file->flush())
        return std::nullopt;
    return HtmlBody::spooled(std::move(file), written);
}

} // namespace

QString ArticleParser::uncategorizedName()
{
    return QStringLiteral("Uncategorized");
}

ArticleParser::Result ArticleParser::parse(const QByteArray &bytes, const QString &fileName,
                                           const QStringList &folderPath, Text text)
{
    Utf8Result utf8 = parseUtf8(bytes, fileName, folderPath);
    Result result;
    result.article = std::move(utf8.article);
    result.error = std::move(utf8.error);
    result.warnings = std::move(utf8.warnings);
    if (!result.ok())
        return result;
    Article &a = result.article;
    const QByteArray html = utf8.html.take(&result.error);
    if (!result.ok())
        return result;
    a.html = QString::fromUtf8(html);
    if (text == Text::Extract) {
        QByteArray excerpt;
        a.text = QString::fromUtf8(HtmlText::extractUtf8(html, &excerpt));
        a.excerpt = QString::fromUtf8(excerpt);
    }
    return result;
}

ArticleParser::Utf8Result ArticleParser::parseUtf8(QByteArray bytes, const QString &fileName,
                                                   const QStringList &folderPath,
                                                   qsizetype spoolFrom)
{
    Utf8Result result;
    if (bytes.isEmpty()) {
        result.error = QCoreApplication::translate("gloss::ArticleParser", "empty file");
        return result;
    }
    TextDecoder::Utf8Result decoded = TextDecoder::decodeToUtf8(std::move(bytes));
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }

    FrontMatterParser::Utf8Split split = FrontMatterParser::splitUtf8(std::move(decoded.text));
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
    // Asset tags become HTML before Markdown runs (as Hexo does), so that `![](...)` around an
    // {% asset_path %} is an image too; the format was told from the body as written.
    split.body = SiteLinks::expandAssetTags(std::move(split.body), fileName,
                                            a.bodyFormat == BodyFormat::Markdown);
    if (a.bodyFormat == BodyFormat::Html) {
        result.html = HtmlBody(SiteLinks::markRootRelativeImages(std::move(split.body)));
        return result;
    }
    if (split.body.size() >= spoolFrom) {
        if (std::optional<HtmlBody> spooled = renderSpooled(split.body)) {
            result.html = std::move(*spooled);
            return result;
        }
    }
    QByteArray html = Markdown::toHtmlUtf8(split.body);
    split.body = QByteArray(); // before the HTML goes anywhere: one body at a time
    result.html = HtmlBody(SiteLinks::markRootRelativeImages(std::move(html)));
    return result;
}

} // namespace gloss
