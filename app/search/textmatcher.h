#pragma once

#include "searchquery.h"

#include <QList>
#include <QString>

namespace gloss {

// A run of characters in a text: where a search term was found.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextRange &a, const TextRange &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

// A short piece of a text around a match, with the matches inside it.
struct Snippet
{
    QString text;
    QList<TextRange> marks; // offsets into text
    // The text with each mark between open and close, as `gloss search` prints it.
    QString marked(const QString &open, const QString &close) const;
};

// Finds the terms of a search in a text the way the index matches them: words whole (or as
// prefixes with a star), case and diacritics folded, CJK character by character, phrases as
// consecutive words. Used for snippets and for marking matches in the reader.
class TextMatcher
{
public:
    explicit TextMatcher(const QList<SearchQuery::Term> &terms);

    bool isEmpty() const { return m_terms.isEmpty(); }
    // Every match in text, in order, at most limit of them (negative: all).
    QList<TextRange> find(const QString &text, qsizetype limit = -1) const;
    // About width characters of text around its first match (its start if nothing matches).
    Snippet snippet(const QString &text, qsizetype width = 120) const;

    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        bool cjk = false;
    };

private:
    struct Term
    {
        QList<QString> words; // folded
        bool prefix = false;
    };
    QList<Term> m_terms;
    qsizetype m_longest = 0;
};

} // namespace gloss
