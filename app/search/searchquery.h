#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gloss {

// Turns what a person types into an FTS5 query for the gloss_cjk index: words are AND-ed,
// "quoted phrases" stay together, -word excludes, word* is a prefix. A single CJK character
// becomes a prefix query (every character begins some token), and a term that ends in one
// CJK character after others gets a prefix star too, so 芯片 and AI芯 both find AI芯片.
// tag:NAME (tag:"two words") is not a word: it asks for highlights carrying that tag, and for
// articles whose posts carry it.
class SearchQuery
{
public:
    struct Term
    {
        QString text; // as typed, without quotes or star
        bool prefix = false; // typed with a star: its last word may go on
    };
    struct Parsed
    {
        QString fts; // the FTS5 MATCH expression; empty when nothing to search
        QList<Term> terms; // the terms looked for, for snippets and for the reader's marks
        QStringList tags; // tag:NAME or tag:"two words": only what carries all of them
        QString error;
    };
    static Parsed parse(const QString &input);
};

} // namespace gloss
