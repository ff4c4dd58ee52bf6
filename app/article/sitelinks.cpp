#include "sitelinks.h"

#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace gloss {

namespace {

// Hexo splits a tag's arguments at spaces, keeping quoted runs together.
QStringList tagArguments(const QString &text, QList<bool> *quoted)
{
    QStringList args;
    QString current;
    QChar quote;
    bool inArg = false;
    bool wasQuoted = false;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inArg = wasQuoted = true;
        } else if (c.isSpace()) {
            if (inArg) {
                args << current;
                quoted->append(wasQuoted);
            }
            current.clear();
            inArg = wasQuoted = false;
        } else {
            current += c;
            inArg = true;
        }
    }
    if (inArg) {
        args << current;
        quoted->append(wasQuoted);
    }
    return args;
}

QString assetUrl(const QString &stem, const QString &slug)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(stem) + '/'
                               + QUrl::toPercentEncoding(slug, "/"));
}

bool isSize(const QString &s)
{
    static const QRegularExpression size(QStringLiteral("^\\d+(px|%)?$"));
    return size.match(s).hasMatch();
}

QString assetImage(const QString &stem, const QString &argumentText)
{
    QList<bool> quoted;
    const QStringList args = tagArguments(argumentText, &quoted);
    if (args.isEmpty())
        return {};
    // The slug is the first argument that names a file; any before it are class names.
    qsizetype slug = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (!quoted.at(i) && args.at(i).contains(u'.')) {
            slug = i;
            break;
        }
    }
    QString out
        = QStringLiteral("<img src=\"%1\"").arg(assetUrl(stem, args.at(slug)).toHtmlEscaped());
    if (slug > 0)
        out += QStringLiteral(" class=\"%1\"").arg(args.first(slug).join(u' ').toHtmlEscaped());
    qsizetype i = slug + 1;
    for (const char *size : { "width", "height" }) {
        if (i < args.size() && !quoted.at(i) && isSize(args.at(i)))
            out += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(size), args.at(i++));
    }
    QString title, alt;
    if (i < args.size() && quoted.at(i)) {
        title = args.at(i);
        alt = i + 1 < args.size() ? args.at(i + 1) : title;
    } else {
        title = alt = args.sliced(qMin(i, args.size())).join(u' ');
    }
    if (!title.isEmpty())
        out += QStringLiteral(" title=\"%1\"").arg(title.toHtmlEscaped());
    return out + QStringLiteral(" alt=\"%1\">").arg(alt.toHtmlEscaped());
}

// Replaces the tags of one line (or of a whole HTML body); in Markdown, not inside `code`.
QString expandLine(const QString &line, const QString &stem, bool markdown)
{
    static const QRegularExpression tag(
        QStringLiteral("\\{%\\s*(asset_img|asset_path)\\s+(.*?)\\s*%\\}"));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : tag.globalMatch(line)) {
        if (markdown && QStringView(line).first(m.capturedStart()).count(u'`') % 2 == 1)
            continue;
        QString replacement;
        if (m.captured(1) == u"asset_img") {
            replacement = assetImage(stem, m.captured(2));
        } else {
            QList<bool> quoted;
            const QStringList args = tagArguments(m.captured(2), &quoted);
            if (!args.isEmpty())
                replacement = assetUrl(stem, args.first());
        }
        if (replacement.isEmpty())
            continue;
        out += QStringView(line).mid(last, m.capturedStart() - last);
        out += replacement;
        last = m.capturedEnd();
    }
    if (last == 0)
        return line;
    out += QStringView(line).mid(last);
    return out;
}

bool isFence(QStringView line, QString *fence)
{
    qsizetype indent = 0;
    while (indent < line.size() && line.at(indent) == u' ')
        ++indent;
    const QStringView trimmed = line.trimmed();
    if (indent > 3 || trimmed.size() < 3)
        return false;
    const QChar c = trimmed.at(0);
    if ((c != u'`' && c != u'~') || trimmed.at(1) != c || trimmed.at(2) != c)
        return false;
    if (fence->isEmpty()) {
        qsizetype n = 0;
        while (n < trimmed.size() && trimmed.at(n) == c)
            ++n;
        *fence = trimmed.first(n).toString();
        return true;
    }
    // A fence closes on a line of at least as many of the same characters.
    return trimmed.startsWith(*fence) && trimmed.count(c) == trimmed.size();
}

} // namespace

QByteArray SiteLinks::expandAssetTags(QByteArray body, const QString &fileName, bool markdown)
{
    if (!body.contains("{%") || !body.contains("asset_"))
        return body;
    const QString stem = QFileInfo(fileName).completeBaseName();
    const QString text = QString::fromUtf8(body);
    if (!markdown)
        return expandLine(text, stem, false).toUtf8();

    QString out;
    out.reserve(text.size());
    QString fence;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end + 1;
        const QString line = text.mid(start, end - start);
        const bool inCode = !fence.isEmpty();
        if (isFence(line, &fence)) {
            if (inCode)
                fence.clear();
            out += line;
        } else {
            out += inCode ? line : expandLine(line, stem, true);
        }
        start = end;
    }
    return out.toUtf8();
}

QString SiteLinks::siteUrl(const QString &url)
{
    if (!url.startsWith(u'/') || url.startsWith(QStringLiteral("//")))
        return url;
    qsizetype end = url.size();
    for (const QChar stop : { u'?', u'#' }) {
        const qsizetype at = url.indexOf(stop);
        if (at >= 0)
            end = qMin(end, at);
    }
    return url.mid(1, end - 1) + u'?' + siteQuery();
}

QByteArray SiteLinks::markRootRelativeImages(QByteArray html)
{
    struct Edit
    {
        qsizetype start, end;
        QByteArray value;
    };
    QList<Edit> edits;
    auto isSpace
        = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    qsizetype at = 0;
    while ((at = html.indexOf('<', at)) >= 0) {
        ++at;
        if (at + 3 > html.size() || qstrnicmp(html.constData() + at, "img", 3) != 0
            || (at + 3 < html.size() && !isSpace(html.at(at + 3)) && html.at(at + 3) != '/'))
            continue;
        qsizetype i = at + 3;
        // The tag's attributes, as an HTML tokenizer reads them, up to its '>'.
        while (i < html.size() && html.at(i) != '>') {
            while (i < html.size() && (isSpace(html.at(i)) || html.at(i) == '/'))
                ++i;
            const qsizetype nameStart = i;
            while (i < html.size() && !isSpace(html.at(i)) && html.at(i) != '=' && html.at(i) != '>'
                   && (html.at(i) != '/' || i == nameStart))
                ++i;
            const QByteArray name = html.sliced(nameStart, i - nameStart).toLower();
            while (i < html.size() && isSpace(html.at(i)))
                ++i;
            if (i >= html.size() || html.at(i) != '=')
                continue;
            ++i;
            while (i < html.size() && isSpace(html.at(i)))
                ++i;
            qsizetype valueStart = i, valueEnd = i;
            if (i < html.size() && (html.at(i) == '"' || html.at(i) == '\'')) {
                const char quote = html.at(i);
                valueStart = i + 1;
                valueEnd = html.indexOf(quote, valueStart);
                if (valueEnd < 0)
                    valueEnd = html.size();
                i = qMin(valueEnd + 1, html.size());
            } else {
                while (i < html.size() && !isSpace(html.at(i)) && html.at(i) != '>')
                    ++i;
                valueEnd = i;
            }
            if (name != "src")
                continue;
            const QString value
                = QString::fromUtf8(html.sliced(valueStart, valueEnd - valueStart)).trimmed();
            const QString local = siteUrl(value);
            if (local != value)
                edits.append({ valueStart, valueEnd, local.toUtf8() });
        }
        at = i;
    }
    for (qsizetype k = edits.size() - 1; k >= 0; --k)
        html.replace(edits.at(k).start, edits.at(k).end - edits.at(k).start, edits.at(k).value);
    return html;
}

} // namespace gloss
