#pragma once

#include <QString>

struct sqlite3;

namespace gloss {

// The FTS5 tokenizer "gloss_cjk", registered on each connection that opens a library.
//
// Runs of CJK characters are indexed as overlapping bigrams, plus the last character of the
// run on its own, so that every character of the text begins some token: a two-character
// word is one token (芯片), a longer word a phrase of bigrams (资本冷却 = 资本 本冷 冷却), and
// a single character a prefix query (片*). Queries are tokenized without that trailing
// unigram, so phrases of bigrams still line up. ASCII words are lower-cased here; words in
// other scripts go to SQLite's unicode61 tokenizer (case folding, diacritics removed).
class CjkTokenizer
{
public:
    static constexpr const char *name = "gloss_cjk";

    static bool registerWith(sqlite3 *db, QString *error);
};

} // namespace gloss
