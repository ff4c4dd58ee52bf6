#include "embedfilter.h"

#include "gumboarena.h"
#include "htmltext.h"

#include <QUrl>

#include <algorithm>
#include <vector>

namespace gloss {

namespace {

// Rounds of cutting before markup counts as one that does not settle. An article needs one: a
// second round only finds what a <frameset> the parser took for the page made it ignore (or a
// srcdoc that <body> took over from a later tag), and markup built to need more is hostile.
constexpr int maxRounds = 4;

struct Cut
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString label; // empty: cut without a placeholder (an attribute)
    QString source; // the URL it pointed at, shown as the placeholder's tooltip
};

// Every one of these elements and attributes starts with its name in the markup, in any case
// (tag and attribute names are ASCII and never escaped), so markup without them passes as is.
constexpr const char *needles[] = { "<iframe", "<frame", "<object", "<embed", "srcdoc" };

bool mayEmbed(QStringView html)
{
    for (const char *needle : needles) {
        if (html.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool mayEmbed(const QByteArray &lowerCaseHtml)
{
    for (const char *needle : needles) {
        if (lowerCaseHtml.contains(needle))
            return true;
    }
    return false;
}

bool isFrame(GumboTag tag)
{
    return tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_FRAME || tag == GUMBO_TAG_FRAMESET;
}

bool isRemoved(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return false;
    const GumboTag tag = node->v.element.tag;
    return isFrame(tag) || tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_EMBED;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Whether endTag ("</Object >") closes an element named name ("object"): gumbo records the end
// tag that closed an element even when it was another element's (a <p> closed by </object>).
bool isEndTagOf(const GumboStringPiece &endTag, const char *name)
{
    if (endTag.length < 3 || endTag.data[0] != '<' || endTag.data[1] != '/')
        return false;
    QByteArrayView tagName(endTag.data + 2, qsizetype(endTag.length) - 2);
    qsizetype n = 0;
    while (n < tagName.size() && !isAsciiSpace(tagName[n]) && tagName[n] != '/'
           && tagName[n] != '>')
        ++n;
    return tagName.first(n).compare(QByteArrayView(name), Qt::CaseInsensitive) == 0;
}

// The host an embed's URL names, without "www.", when it is a web address.
QString hostOf(const QString &url)
{
    const QUrl parsed(url);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != u"http" && scheme != u"https" && !(scheme.isEmpty() && url.startsWith(u"//")))
        return {};
    QString host = parsed.host();
    if (host.startsWith(u"www."))
        host.remove(0, 4);
    return host.left(100);
}

// An element's markup with everything it holds: from its start tag to after its end tag when it
// has one, else to where the token that closed it begins (another end tag, or the end).
Cut elementCut(const GumboElement &e, QByteArrayView html)
{
    const char *data = html.data();
    Cut cut;
    cut.begin = std::clamp(qsizetype(e.original_tag.data - data), qsizetype(0), html.size());
    qsizetype end = e.end_pos.offset;
    if (e.original_end_tag.length > 0 && e.original_end_tag.data == data + e.end_pos.offset
        && isEndTagOf(e.original_end_tag, gumbo_normalized_tagname(e.tag)))
        end += qsizetype(e.original_end_tag.length);
    end = std::max(end, cut.begin + qsizetype(e.original_tag.length));
    cut.end = std::clamp(end, cut.begin, html.size());
    return cut;
}

Cut embedCut(const GumboElement &e, QByteArrayView html)
{
    Cut cut = elementCut(e, html);
    const GumboAttribute *url
        = gumbo_get_attribute(&e.attributes, e.tag == GUMBO_TAG_OBJECT ? "data" : "src");
    const QString source = url ? QString::fromUtf8(url->value).trimmed() : QString();
    const QString host = hostOf(source);
    if (!host.isEmpty())
        cut.source = source.left(500);
    if (isFrame(e.tag)) {
        cut.label = host.isEmpty() ? EmbedFilter::tr("Embedded frame removed")
                                   : EmbedFilter::tr("Embedded frame removed (%1)").arg(host);
    } else {
        cut.label = host.isEmpty() ? EmbedFilter::tr("Embedded object removed")
                                   : EmbedFilter::tr("Embedded object removed (%1)").arg(host);
    }
    return cut;
}

// A srcdoc attribute goes with the attributes after it in the same tag: gumbo reports only the
// first of duplicate attributes, and the parser would take the next srcdoc in its place.
Cut attributeCut(const GumboElement &e, const GumboAttribute &a, const char *data)
{
    Cut cut;
    cut.begin = a.name_start.offset;
    const qsizetype tagBegin = e.original_tag.data ? e.original_tag.data - data : -1;
    const qsizetype tagLength = qsizetype(e.original_tag.length);
    if (tagBegin >= 0 && cut.begin > tagBegin && cut.begin < tagBegin + tagLength
        && data[tagBegin + tagLength - 1] == '>') {
        cut.end = tagBegin + tagLength - 1;
        if (data[cut.end - 1] == '/' && cut.end - 1 > cut.begin)
            --cut.end; // keeps "/>"
    } else {
        // An attribute <html> or <body> took over from a later tag.
        cut.end = a.original_value.length > 0 ? qsizetype(a.value_end.offset)
                                              : cut.begin + qsizetype(a.original_name.length);
    }
    return cut;
}

// What to cut, in document order, as gumbo parses the markup.
std::vector<Cut> findCuts(const QByteArray &html)
{
    GumboArena arena;
    const GumboOptions options = arena.options();
    const char *data = html.constData();
    GumboOutput *output = gumbo_parse_with_options(&options, data, size_t(html.size()));
    std::vector<Cut> cuts;
    // Iterative: 20,000 nested elements cost no stack.
    std::vector<const GumboNode *> stack { output->root };
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboElement &e = node->v.element;
        if (isRemoved(node) && e.original_tag.length > 0) {
            cuts.push_back(embedCut(e, html));
            continue;
        }
        if (e.tag_namespace != GUMBO_NAMESPACE_HTML && e.original_tag.length > 0) {
            // SVG or MathML: where parsers disagree (</p> inside <svg>, CDATA, the mXSS
            // shapes), so an <svg> or <math> with any of the markup above goes whole. Its text
            // is not the article's (HtmlText and the page skip both), and without that markup
            // it holds nothing to cut.
            Cut cut = elementCut(e, html);
            const QByteArray markup = QByteArrayView(html)
                                          .sliced(cut.begin, cut.end - cut.begin)
                                          .toByteArray()
                                          .toLower();
            if (mayEmbed(markup)) {
                cut.label = markup.contains("<iframe") || markup.contains("<frame")
                        || markup.contains("srcdoc")
                    ? EmbedFilter::tr("Embedded frame removed")
                    : EmbedFilter::tr("Embedded object removed");
                cuts.push_back(cut);
            }
            continue;
        }
        for (unsigned i = 0; i < e.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
            if (qstrcmp(a->name, "srcdoc") == 0)
                cuts.push_back(attributeCut(e, *a, data));
        }
        for (unsigned i = e.children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(e.children.data[i - 1]));
    }
    for (Cut &cut : cuts) {
        cut.begin = std::clamp(cut.begin, qsizetype(0), html.size());
        cut.end = std::clamp(cut.end, cut.begin, html.size());
    }
    std::stable_sort(cuts.begin(), cuts.end(),
                     [](const Cut &a, const Cut &b) { return a.begin < b.begin; });
    return cuts;
}

QByteArray placeholder(const Cut &cut)
{
    QString html = QStringLiteral("<span class=\"gloss-removed\" data-what=\"")
        + cut.label.toHtmlEscaped() + u'"';
    if (!cut.source.isEmpty())
        html += QStringLiteral(" title=\"") + cut.source.toHtmlEscaped() + u'"';
    html += QStringLiteral("></span>");
    return html.toUtf8();
}

// Cuts that overlap (an element and a srcdoc inside what it holds, an element gumbo placed twice)
// become one, with the first label.
QByteArray applyCuts(const QByteArray &html, const std::vector<Cut> &cuts, QStringList *removed)
{
    QByteArray out;
    out.reserve(html.size());
    qsizetype done = 0;
    for (size_t i = 0; i < cuts.size();) {
        Cut merged = cuts[i];
        for (++i; i < cuts.size() && cuts[i].begin < merged.end; ++i) {
            merged.end = std::max(merged.end, cuts[i].end);
            if (merged.label.isEmpty())
                merged.label = cuts[i].label;
        }
        out += QByteArrayView(html).sliced(done, merged.begin - done);
        if (!merged.label.isEmpty()) {
            out += placeholder(merged);
            removed->append(merged.label);
        }
        done = merged.end;
    }
    out += QByteArrayView(html).sliced(done);
    return out;
}

// The last resort: the article's text, exactly as HtmlText extracts it, in a <pre> (whose first
// line break the HTML parser drops, hence the one written after the tag).
EmbedFilter::Result plainText(const QString &html)
{
    EmbedFilter::Result result;
    result.plainText = true;
    Cut notice;
    notice.label = EmbedFilter::tr("Embedded frames removed: the article is shown as plain text");
    result.removed << notice.label;
    result.html = QString::fromUtf8(placeholder(notice))
        + QStringLiteral("<pre class=\"gloss-plain-text\">\n")
        + HtmlText::extract(html).toHtmlEscaped() + QStringLiteral("</pre>");
    return result;
}

} // namespace

EmbedFilter::Result EmbedFilter::filter(const QString &html)
{
    Result result;
    if (!mayEmbed(html)) {
        result.html = html;
        return result;
    }
    QByteArray bytes = html.toUtf8();
    bool changed = false;
    for (int round = 0;; ++round) {
        const std::vector<Cut> cuts = findCuts(bytes);
        if (cuts.empty())
            break;
        if (round == maxRounds)
            return plainText(html);
        bytes = applyCuts(bytes, cuts, &result.removed);
        changed = true;
    }
    result.html = changed ? QString::fromUtf8(bytes) : html;
    return result;
}

} // namespace gloss
