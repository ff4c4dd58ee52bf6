#include "htmltext.h"

#include "gumboarena.h"

#include <QString>

#include <cstring>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
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
    // Where the text stood, to go back to when a piece of a document is parsed again.
    struct State
    {
        qsizetype size;
        bool pendingSpace;
        bool pendingBreak;
        bool atLineStart;
    };

    explicit TextSink(qsizetype expected) { m_out.reserve(expected); }

    void text(const char *s, bool preformatted)
    {
        while (*s) {
            const char *run = s;
            if (preformatted) {
                while (*s && *s != '\n' && *s != '\r')
                    ++s;
                if (s > run)
                    append(run, s);
                if (*s) {
                    flush();
                    m_out.append('\n');
                    m_atLineStart = *s == '\n';
                    ++s;
                }
            } else if (isAsciiSpace(*s)) {
                m_pendingSpace = !m_out.isEmpty();
                ++s;
            } else {
                while (*s && !isAsciiSpace(*s))
                    ++s;
                append(run, s);
            }
        }
    }
    void lineBreak()
    {
        if (!m_out.isEmpty())
            m_pendingBreak = true;
    }
    void cell()
    {
        if (!m_out.isEmpty() && !m_atLineStart)
            m_pendingSpace = true;
    }
    const QByteArray &text() const { return m_out; }
    QByteArray take()
    {
        // The buffer was sized for the HTML; text is shorter, and a large one gives it back.
        if (m_out.capacity() - m_out.size() > 64 * 1024)
            m_out.squeeze();
        return std::move(m_out);
    }

    State state() const { return { m_out.size(), m_pendingSpace, m_pendingBreak, m_atLineStart }; }
    void restore(const State &state)
    {
        m_out.truncate(state.size);
        m_pendingSpace = state.pendingSpace;
        m_pendingBreak = state.pendingBreak;
        m_atLineStart = state.atLineStart;
    }

private:
    void append(const char *begin, const char *end)
    {
        flush();
        m_out.append(begin, end - begin);
    }
    void flush()
    {
        if (m_pendingBreak) {
            if (!m_atLineStart)
                m_out.append('\n');
            m_atLineStart = true;
        } else if (m_pendingSpace && !m_atLineStart) {
            m_out.append(' ');
        }
        m_pendingBreak = m_pendingSpace = false;
        m_atLineStart = false;
    }

    QByteArray m_out;
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

// The text of a document so far, carried from one piece of it to the next.
class Extraction
{
public:
    struct State
    {
        TextSink::State sink;
        bool foundMarker;
        QByteArray beforeMarker;
    };

    Extraction(qsizetype expected, bool wantExcerpt)
        : m_sink(expected)
        , m_wantExcerpt(wantExcerpt)
    { }

    State state() const { return { m_sink.state(), m_foundMarker, m_beforeMarker }; }
    void restore(const State &state)
    {
        m_sink.restore(state.sink);
        m_foundMarker = state.foundMarker;
        m_beforeMarker = state.beforeMarker;
    }

    // Appends the text of one parsed piece.
    void walk(const GumboNode *root)
    {
        std::vector<Frame> stack;
        stack.push_back({ root, 0, false });
        while (!stack.empty()) {
            Frame &frame = stack.back();
            const GumboNode *node = frame.node;
            if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE
                && node->type != GUMBO_NODE_DOCUMENT) {
                if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
                    || node->type == GUMBO_NODE_CDATA)
                    m_sink.text(node->v.text.text, frame.pre);
                else if (m_wantExcerpt && !m_foundMarker && isMoreMarker(node)) {
                    m_foundMarker = true;
                    // QString's trimming: a no-break space at the end goes too.
                    m_beforeMarker = QString::fromUtf8(m_sink.text()).trimmed().toUtf8();
                }
                stack.pop_back();
                continue;
            }
            const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT
                ? node->v.document.children
                : node->v.element.children;
            const GumboTag tag
                = node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : node->v.element.tag;
            if (frame.nextChild == 0 && node->type != GUMBO_NODE_DOCUMENT) {
                if (isSkipped(tag)) {
                    stack.pop_back();
                    continue;
                }
                if (tag == GUMBO_TAG_BR || isBlock(tag))
                    m_sink.lineBreak();
                else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
                    m_sink.cell();
            }
            if (frame.nextChild < children.length) {
                const bool pre = frame.pre || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA
                    || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_PLAINTEXT;
                const auto *child
                    = static_cast<const GumboNode *>(children.data[frame.nextChild++]);
                stack.push_back({ child, 0, pre });
                continue;
            }
            if (isBlock(tag))
                m_sink.lineBreak();
            stack.pop_back();
        }
    }

    QByteArray takeText() { return m_sink.take(); }
    QByteArray excerpt() const { return m_beforeMarker; }

private:
    TextSink m_sink;
    bool m_wantExcerpt;
    bool m_foundMarker = false;
    QByteArray m_beforeMarker;
};

// ---- Cutting a large document into pieces ----
//
// A piece ends right before the start tag of a block element that is outside any comment,
// raw text element and any element whose content a cut would change (tables, <pre>, <select>,
// foreign content, ...). The next piece begins with the start tags of the elements still open
// at the cut, so the parser puts its content where one parse of the whole document would.
// The block start tag asks for a line break there in both cases, which is also all that the
// elements closed early at the end of a piece ask for: the text comes out the same.

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool endsTagName(char c)
{
    return isAsciiSpace(c) || c == '/' || c == '>';
}

// A tag name in lower case (only the first 15 characters: enough to tell the names below).
struct TagName
{
    char text[16] = {};
    bool operator==(const char *name) const { return std::strcmp(text, name) == 0; }
};

TagName readTagName(const char *&p, const char *end)
{
    TagName name;
    int length = 0;
    while (p < end && !endsTagName(*p)) {
        if (length < 15)
            name.text[length++] = char(*p >= 'A' && *p <= 'Z' ? *p + ('a' - 'A') : *p);
        ++p;
    }
    return name;
}

bool isOneOf(const TagName &name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

// Elements whose content the tokenizer reads as text up to their end tag.
bool isRawText(const TagName &name)
{
    return isOneOf(name,
                   { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                     "noscript" });
}

// Elements no cut may fall inside.
enum Container { Pre, Listing, Table, Select, Template, Svg, Math, Object, ContainerCount };
int containerOf(const TagName &name)
{
    static const char *const names[ContainerCount]
        = { "pre", "listing", "table", "select", "template", "svg", "math", "object" };
    for (int i = 0; i < ContainerCount; ++i) {
        if (name == names[i])
            return i;
    }
    return -1;
}

// Start tags that always open their element in a body, with a line break before it.
bool isCutBefore(const TagName &name)
{
    return isOneOf(name, { "p",       "div",     "h1",         "h2",       "h3",      "h4",
                           "h5",      "h6",      "ul",         "ol",       "li",      "dl",
                           "dt",      "dd",      "blockquote", "section",  "article", "aside",
                           "header",  "footer",  "nav",        "main",     "figure",  "figcaption",
                           "address", "details", "summary",    "fieldset", "hr",      "pre",
                           "table" });
}

const char *find(const char *p, const char *end, QByteArrayView what)
{
    const qsizetype at = QByteArrayView(p, end - p).indexOf(what);
    return at < 0 ? nullptr : p + at + what.size();
}

// After "<!--": past the end of the comment.
const char *skipComment(const char *p, const char *end)
{
    if (p < end && *p == '>')
        return p + 1;
    if (end - p >= 2 && p[0] == '-' && p[1] == '>')
        return p + 2;
    for (;;) {
        const char *dashes = find(p, end, "--");
        if (!dashes)
            return nullptr;
        if (dashes < end && *dashes == '>')
            return dashes + 1;
        if (end - dashes >= 2 && dashes[0] == '!' && dashes[1] == '>')
            return dashes + 2;
        p = dashes - 1;
    }
}

// After a tag name: past the '>' that ends the tag, minding quoted attribute values.
const char *skipAttributes(const char *p, const char *end, bool *selfClosing)
{
    bool afterEquals = false;
    bool slash = false;
    while (p < end) {
        const char c = *p;
        if (c == '>') {
            *selfClosing = slash;
            return p + 1;
        }
        if (afterEquals && (c == '"' || c == '\'')) {
            const auto *close = static_cast<const char *>(std::memchr(p + 1, c, end - p - 1));
            if (!close)
                return nullptr;
            p = close + 1;
            afterEquals = slash = false;
            continue;
        }
        if (c == '=')
            afterEquals = true;
        else if (!isAsciiSpace(c))
            afterEquals = false;
        slash = c == '/';
        ++p;
    }
    return nullptr;
}

// After a raw text element's start tag: past its end tag.
const char *skipRawText(const char *p, const char *end, const TagName &name)
{
    const qsizetype length = qsizetype(std::strlen(name.text));
    for (;;) {
        p = static_cast<const char *>(std::memchr(p, '<', end - p));
        if (!p)
            return nullptr;
        ++p;
        if (end - p > length + 1 && *p == '/'
            && QByteArrayView(p + 1, length)
                    .compare(QByteArrayView(name.text, length), Qt::CaseInsensitive)
                == 0
            && endsTagName(p[1 + length])) {
            bool selfClosing = false;
            return skipAttributes(p + 1 + length, end, &selfClosing);
        }
    }
}

// Finds, in order, where pieces of at least pieceSize bytes may end. It reads the document
// as it comes: given the bytes at hand, it says where the next cut is, or that it needs more
// (a tag, comment or raw text element runs past them; it reads that one again with more).
class CutScanner
{
public:
    static constexpr qsizetype needMore = -1;
    static constexpr qsizetype noMore = -2;

    explicit CutScanner(qsizetype pieceSize)
        : m_pieceSize(pieceSize)
        , m_next(pieceSize)
    { }

    // data: the document's bytes from offset `from` on (to its end when atEnd), `from` no
    // later than the last cut. Gives the offset of the next cut, needMore, or noMore.
    qsizetype next(QByteArrayView data, qsizetype from, bool atEnd)
    {
        if (m_done)
            return noMore;
        const char *const begin = data.data();
        const char *const end = begin + data.size();
        const auto offset = [&](const char *at) { return from + (at - begin); };
        const char *p = begin + (m_pos - from);
        // A token that runs past the bytes at hand is read again from its start with more.
        const auto incomplete = [&](const char *tokenStart) {
            if (atEnd) {
                m_done = true;
                return noMore;
            }
            m_pos = offset(tokenStart);
            return needMore;
        };
        while (p < end) {
            const char *const lt = static_cast<const char *>(std::memchr(p, '<', end - p));
            if (!lt)
                return incomplete(end);
            p = lt + 1;
            if (p >= end)
                return incomplete(lt);
            if (*p == '!') {
                // The longest look ahead below is "![CDATA[".
                if (end - p < 8 && !atEnd)
                    return incomplete(lt);
                if (QByteArrayView(p, end - p).startsWith("!--"))
                    p = skipComment(p + 3, end);
                else if (m_openTotal > 0 && QByteArrayView(p, end - p).startsWith("![CDATA["))
                    p = find(p, end, "]]>");
                else
                    p = find(p, end, ">");
                if (!p)
                    return incomplete(lt);
                continue;
            }
            if (*p == '?') {
                p = find(p, end, ">");
                if (!p)
                    return incomplete(lt);
                continue;
            }
            const bool endTag = *p == '/';
            if (endTag)
                ++p;
            if (p >= end)
                return incomplete(lt);
            if (!isAsciiLetter(*p)) {
                if (endTag) {
                    p = find(p, end, ">");
                    if (!p)
                        return incomplete(lt);
                }
                continue; // a '<' in text
            }
            const TagName name = readTagName(p, end);
            bool selfClosing = false;
            p = skipAttributes(p, end, &selfClosing);
            if (!p)
                return incomplete(lt);
            const int container = containerOf(name);
            if (endTag) {
                if (container >= 0 && m_open[container] > 0) {
                    --m_open[container];
                    --m_openTotal;
                }
                continue;
            }
            if (name == "plaintext") {
                m_done = true; // the rest of the document is text
                return noMore;
            }
            if (isRawText(name)) {
                p = skipRawText(p, end, name);
                if (!p)
                    return incomplete(lt);
                continue;
            }
            const bool cut = m_openTotal == 0 && offset(lt) >= m_next && isCutBefore(name);
            if (container >= 0 && !(selfClosing && (container == Svg || container == Math))) {
                ++m_open[container];
                ++m_openTotal;
            }
            if (cut) {
                m_next = offset(lt) + m_pieceSize;
                m_pos = offset(p);
                return offset(lt);
            }
        }
        return incomplete(end);
    }

private:
    qsizetype m_pieceSize;
    qsizetype m_next; // a cut comes at this offset or later
    qsizetype m_pos = 0; // where the next call goes on reading
    int m_open[ContainerCount] = {};
    int m_openTotal = 0;
    bool m_done = false;
};

// Elements a piece may begin with: those whose content parses the same in a fresh document.
bool mayReopen(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
        return false;
    default:
        return true;
    }
}

// The start tags of the elements a parsed piece left open at its end (the parser closed them
// only because the input ended), outermost first; nullopt when one of them may not begin the
// next piece. They are the chain of last children that end where the input does.
std::optional<QByteArray> openAtEnd(const GumboOutput *output, size_t length)
{
    QByteArray tags;
    const GumboNode *node = output->root;
    const auto endsAtEof = [length](const GumboNode *n) {
        return (n->parse_flags & GUMBO_INSERTION_IMPLICIT_END_TAG) != 0
            && n->v.element.end_pos.offset == length;
    };
    // <html> and <body> stay open to the end, unless an end tag closed them: content after
    // that would go where the parser alone knows.
    if (!endsAtEof(node))
        return std::nullopt;
    for (;;) {
        const GumboVector &children = node->v.element.children;
        if (children.length == 0)
            return tags;
        const auto *last = static_cast<const GumboNode *>(children.data[children.length - 1]);
        if (last->type != GUMBO_NODE_ELEMENT && last->type != GUMBO_NODE_TEMPLATE)
            return tags;
        if (!endsAtEof(last)) {
            if (last->v.element.tag == GUMBO_TAG_BODY)
                return std::nullopt;
            return tags;
        }
        if (last->v.element.tag != GUMBO_TAG_BODY) {
            if (!mayReopen(last))
                return std::nullopt;
            GumboStringPiece name = last->v.element.original_tag;
            if (last->v.element.tag != GUMBO_TAG_UNKNOWN) {
                tags += '<' + QByteArray(gumbo_normalized_tagname(last->v.element.tag)) + '>';
            } else if (name.length > 0) {
                gumbo_tag_from_original_text(&name);
                tags += '<' + QByteArray(name.data, qsizetype(name.length)).toLower() + '>';
            } else {
                return std::nullopt;
            }
        }
        node = last;
    }
}

// Parses one piece and appends its text; gives the start tags that begin the next piece, or
// nullopt when the piece may not end here.
std::optional<QByteArray> extractPiece(QByteArrayView input, Extraction *extraction, bool wantOpen)
{
    GumboArena arena;
    const GumboOptions options = arena.options();
    // The walk is iterative: 20,000 nested elements cost no stack.
    GumboOutput *output = gumbo_parse_with_options(&options, input.data(), size_t(input.size()));
    extraction->walk(output->root);
    // The arena frees the whole tree when it goes out of scope.
    return wantOpen ? openAtEnd(output, size_t(input.size())) : std::optional<QByteArray>();
}

} // namespace

QString HtmlText::extract(const QString &html, QString *excerpt)
{
    return extract(html.toUtf8(), excerpt);
}

QString HtmlText::extract(const QByteArray &utf8Html, QString *excerpt)
{
    QByteArray utf8Excerpt;
    const QByteArray text = extractUtf8(utf8Html, excerpt ? &utf8Excerpt : nullptr);
    if (excerpt)
        *excerpt = QString::fromUtf8(utf8Excerpt);
    return QString::fromUtf8(text);
}

namespace {

// The document's bytes at hand: from offset `from` on, to its end once atEnd.
struct Window
{
    QByteArrayView bytes;
    qsizetype from = 0;
    bool atEnd = false;
    std::function<bool()> more; // reads on; false at the end
    std::function<void(qsizetype)> dropBefore; // the bytes before this offset are done with
};

QByteArray extractPieces(Window &window, qsizetype expected, QByteArray *excerpt,
                         qsizetype pieceSize, int *pieces)
{
    Extraction extraction(expected, excerpt != nullptr);
    CutScanner scanner(pieceSize);
    QByteArray opened; // start tags of the elements open where the next piece begins
    qsizetype start = 0;
    int parsed = 0;
    for (;;) {
        const qsizetype cut = scanner.next(window.bytes, window.from, window.atEnd);
        if (cut == CutScanner::needMore) {
            if (!window.more())
                window.atEnd = true;
            continue;
        }
        const bool last = cut == CutScanner::noMore;
        while (last && !window.atEnd) {
            if (!window.more())
                window.atEnd = true;
        }
        const qsizetype stop = last ? window.from + window.bytes.size() : cut;
        QByteArrayView piece = window.bytes.sliced(start - window.from, stop - start);
        QByteArray reopened;
        if (!opened.isEmpty()) {
            reopened.reserve(opened.size() + piece.size());
            reopened.append(opened).append(piece);
            piece = reopened;
        }
        const Extraction::State before = extraction.state();
        const std::optional<QByteArray> stillOpen = extractPiece(piece, &extraction, !last);
        if (last)
            break;
        if (!stillOpen) {
            // Not a place to cut after all: parse this piece again with the next one.
            extraction.restore(before);
            continue;
        }
        opened = *stillOpen;
        start = stop;
        window.dropBefore(start);
        ++parsed;
    }
    if (pieces)
        *pieces = parsed + 1;
    if (excerpt)
        *excerpt = extraction.excerpt();
    return extraction.takeText();
}

} // namespace

QByteArray HtmlText::extractUtf8(QByteArrayView html, QByteArray *excerpt, qsizetype pieceSize,
                                 int *pieces)
{
    Window window;
    window.bytes = html;
    window.atEnd = true;
    window.more = [] { return false; };
    window.dropBefore = [](qsizetype) {};
    // A document of one piece is parsed whole, without looking for cuts.
    return extractPieces(window, html.size(), excerpt,
                         html.size() > pieceSize ? pieceSize : html.size() + 1, pieces);
}

QByteArray HtmlText::extractUtf8(qsizetype size, const std::function<bool(QByteArray *)> &read,
                                 QByteArray *excerpt, qsizetype pieceSize, int *pieces)
{
    QByteArray buffer;
    qsizetype from = 0;
    Window window;
    window.more = [&] {
        const bool more = read(&buffer);
        window.bytes = buffer;
        return more;
    };
    window.dropBefore = [&](qsizetype offset) {
        buffer.remove(0, offset - from);
        from = offset;
        window.bytes = buffer;
        window.from = from;
    };
    if (size <= pieceSize) {
        while (window.more()) { }
        return extractUtf8(buffer, excerpt, pieceSize, pieces);
    }
    return extractPieces(window, size, excerpt, pieceSize, pieces);
}

} // namespace gloss
