#include "textmatcher.h"

#include "text/cjk.h"

#include <algorithm>

namespace gloss {

namespace {

// One character folded as the index folds it: lower case, diacritics dropped. Always one
// UTF-16 unit for one, so offsets in folded and original text agree.
char16_t fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
    if (c.isSurrogate())
        return u;
    if (c.decompositionTag() == QChar::Canonical)
        c = c.decomposition().at(0);
    return c.toCaseFolded().unicode();
}

bool isWordChar(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
            || cp == '_';
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

// Walks a text word by word: a CJK character is a word of its own.
class Tokens
{
public:
    explicit Tokens(const QString &text)
        : m_text(text)
    { }

    bool next(TextMatcher::Token *token)
    {
        const qsizetype n = m_text.size();
        while (m_pos < n) {
            const qsizetype start = m_pos;
            const char32_t cp = at(m_pos);
            if (isCjk(cp)) {
                *token = { start, m_pos, true };
                return true;
            }
            if (!isWordChar(cp))
                continue;
            while (m_pos < n) {
                const qsizetype before = m_pos;
                const char32_t c = at(m_pos);
                if (isCjk(c) || !isWordChar(c)) {
                    m_pos = before;
                    break;
                }
            }
            *token = { start, m_pos, false };
            return true;
        }
        return false;
    }

private:
    // The code point at pos; moves m_pos past it.
    char32_t at(qsizetype pos)
    {
        const QChar c = m_text.at(pos);
        if (c.isHighSurrogate() && pos + 1 < m_text.size() && m_text.at(pos + 1).isLowSurrogate()) {
            m_pos = pos + 2;
            return QChar::surrogateToUcs4(c, m_text.at(pos + 1));
        }
        m_pos = pos + 1;
        return c.unicode();
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

QList<QString> foldedWords(const QString &text)
{
    QList<QString> words;
    Tokens tokens(text);
    TextMatcher::Token token;
    while (tokens.next(&token)) {
        QString word = text.mid(token.start, token.end - token.start);
        for (QChar &c : word)
            c = QChar(fold(c));
        words << word;
    }
    return words;
}

bool wordMatches(const QString &text, const TextMatcher::Token &token, const QString &word,
                 bool prefix)
{
    const qsizetype length = token.end - token.start;
    if (length < word.size() || (!prefix && length != word.size()))
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if (fold(text.at(token.start + i)) != word.at(i).unicode())
            return false;
    return true;
}

} // namespace

QString Snippet::marked(const QString &open, const QString &close) const
{
    QString out;
    qsizetype pos = 0;
    for (const TextRange &mark : marks) {
        out += QStringView(text).mid(pos, mark.start - pos);
        out += open;
        out += QStringView(text).mid(mark.start, mark.length);
        out += close;
        pos = mark.start + mark.length;
    }
    out += QStringView(text).mid(pos);
    return out;
}

TextMatcher::TextMatcher(const QList<SearchQuery::Term> &terms)
{
    for (const SearchQuery::Term &term : terms) {
        Term t { foldedWords(term.text), term.prefix };
        if (t.words.isEmpty())
            continue;
        m_longest = std::max(m_longest, t.words.size());
        m_terms << t;
    }
}

QList<TextRange> TextMatcher::find(const QString &text, qsizetype limit) const
{
    QList<TextRange> found;
    if (m_terms.isEmpty())
        return found;
    // The last m_longest words, newest at (count - 1) % m_longest.
    QList<Token> window(m_longest);
    qsizetype count = 0;
    qsizetype coveredTo = 0; // matches do not overlap
    Tokens tokens(text);
    Token token;
    while ((limit < 0 || found.size() < limit) && tokens.next(&token)) {
        window[count % m_longest] = token;
        ++count;
        for (const Term &term : m_terms) {
            const qsizetype n = term.words.size();
            if (n > count)
                continue;
            bool matches = true;
            for (qsizetype i = 0; i < n && matches; ++i) {
                const Token &t = window[(count - n + i) % m_longest];
                // Only the last word of a prefix term may go on; a CJK character is whole.
                matches
                    = wordMatches(text, t, term.words.at(i), term.prefix && i == n - 1 && !t.cjk);
            }
            const qsizetype start = window[(count - n) % m_longest].start;
            if (matches && start >= coveredTo) {
                found << TextRange { start, token.end - start };
                coveredTo = token.end;
                break;
            }
        }
    }
    return found;
}

Snippet TextMatcher::snippet(const QString &text, qsizetype width) const
{
    const QList<TextRange> first = find(text, 1);
    qsizetype start = 0;
    if (!first.isEmpty()) {
        // A third of the width before the match, started at a word or sentence break nearby.
        start = std::max<qsizetype>(0, first.first().start - width / 3);
        for (qsizetype i = start; i < first.first().start && i < start + 12; ++i) {
            if (text.at(i).isSpace() || text.at(i).isPunct()) {
                start = i + 1;
                break;
            }
        }
    }
    if (start > 0 && text.at(start).isLowSurrogate())
        ++start;
    qsizetype end = std::min(text.size(), start + width);
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;

    const QString piece = (start > 0 ? QStringLiteral("…") : QString())
        + text.mid(start, end - start) + (end < text.size() ? QStringLiteral("…") : QString());
    // One line: runs of spaces and line breaks become one space, the marks moved to match.
    Snippet snippet;
    QList<qsizetype> moved(piece.size() + 1);
    for (qsizetype i = 0; i < piece.size(); ++i) {
        moved[i] = snippet.text.size();
        const QChar c = piece.at(i);
        if (!c.isSpace())
            snippet.text += c;
        else if (!snippet.text.isEmpty() && !snippet.text.endsWith(u' '))
            snippet.text += u' ';
    }
    moved[piece.size()] = snippet.text.size();
    for (const TextRange &mark : find(piece)) {
        const qsizetype s = moved.at(mark.start);
        snippet.marks << TextRange { s, moved.at(mark.start + mark.length) - s };
    }
    return snippet;
}

} // namespace gloss
