#include "htmltext.h"

#include "gumboarena.h"

#include <string>
#include <vector>

namespace gloss {

namespace {

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Appends text with CSS white-space collapsing; blocks and <br> ask for a line break that is
// written only when more text follows, so the result has no leading or trailing blank lines.
class TextSink
{
public:
    void text(const char *s, bool preformatted)
    {
        for (; *s; ++s) {
            const char c = *s;
            if (!preformatted && isAsciiSpace(c)) {
                m_pendingSpace = !m_out.empty();
                continue;
            }
            flush();
            m_out.push_back(c == '\r' ? '\n' : c);
            if (preformatted && c == '\n')
                m_atLineStart = true;
        }
    }
    void lineBreak()
    {
        if (!m_out.empty())
            m_pendingBreak = true;
    }
    void cell()
    {
        if (!m_out.empty() && !m_atLineStart)
            m_pendingSpace = true;
    }
    const std::string &text() const { return m_out; }
    std::string take() { return std::move(m_out); }

private:
    void flush()
    {
        if (m_pendingBreak) {
            if (!m_atLineStart)
                m_out.push_back('\n');
            m_atLineStart = true;
        } else if (m_pendingSpace && !m_atLineStart) {
            m_out.push_back(' ');
        }
        m_pendingBreak = m_pendingSpace = false;
        m_atLineStart = false;
    }

    std::string m_out;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
    bool m_atLineStart = true;
};

struct Frame
{
    const GumboNode *node;
    unsigned nextChild;
    bool pre;
};

bool isMoreMarker(const GumboNode *node)
{
    return node->type == GUMBO_NODE_COMMENT
        && QByteArrayView(node->v.text.text).trimmed().compare("more", Qt::CaseInsensitive) == 0;
}

} // namespace

QString HtmlText::extract(const QString &html, QString *excerpt)
{
    return extract(html.toUtf8(), excerpt);
}

QString HtmlText::extract(const QByteArray &utf8Html, QString *excerpt)
{
    GumboArena arena;
    const GumboOptions options = arena.options();
    // The walk below is iterative: 20,000 nested elements cost no stack.
    GumboOutput *output
        = gumbo_parse_with_options(&options, utf8Html.constData(), size_t(utf8Html.size()));
    TextSink sink;
    bool foundMarker = false;
    QString beforeMarker;
    std::vector<Frame> stack;
    stack.push_back({ output->root, 0, false });
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboNode *node = frame.node;
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE
            && node->type != GUMBO_NODE_DOCUMENT) {
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
                || node->type == GUMBO_NODE_CDATA)
                sink.text(node->v.text.text, frame.pre);
            else if (excerpt && !foundMarker && isMoreMarker(node)) {
                foundMarker = true;
                beforeMarker = QString::fromStdString(sink.text()).trimmed();
            }
            stack.pop_back();
            continue;
        }
        const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                        : node->v.element.children;
        const GumboTag tag
            = node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : node->v.element.tag;
        if (frame.nextChild == 0 && node->type != GUMBO_NODE_DOCUMENT) {
            if (isSkipped(tag)) {
                stack.pop_back();
                continue;
            }
            if (tag == GUMBO_TAG_BR || isBlock(tag))
                sink.lineBreak();
            else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
                sink.cell();
        }
        if (frame.nextChild < children.length) {
            const bool pre = frame.pre || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA
                || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_PLAINTEXT;
            const auto *child = static_cast<const GumboNode *>(children.data[frame.nextChild++]);
            stack.push_back({ child, 0, pre });
            continue;
        }
        if (isBlock(tag))
            sink.lineBreak();
        stack.pop_back();
    }
    // The arena frees the whole tree when it goes out of scope.
    if (excerpt)
        *excerpt = beforeMarker;
    return QString::fromStdString(sink.take());
}

} // namespace gloss
