#pragma once

namespace gloss {

// Scripts written without spaces between words: the search index cuts them into overlapping
// bigrams, and search marks them character by character.
constexpr bool isCjk(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0x3400 && cp <= 0x4DBF) // extension A
        || (cp >= 0x3040 && cp <= 0x30FF) // hiragana, katakana
        || (cp >= 0x31F0 && cp <= 0x31FF) // katakana phonetic extensions
        || (cp >= 0xAC00 && cp <= 0xD7AF) // hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // compatibility ideographs
        || (cp >= 0x20000 && cp <= 0x3134F); // extensions B to G
}

} // namespace gloss
