#include "cjktokenizer.h"

#include <QCoreApplication>

#include "cjk.h"

#include <sqlite3.h>

#include <cstring>

namespace gloss {

namespace {

struct Tokenizer
{
    fts5_tokenizer unicode61 {};
    Fts5Tokenizer *unicode61Instance = nullptr;
};

// Decodes one UTF-8 sequence; malformed bytes count as one code point U+FFFD.
char32_t decodeUtf8(const unsigned char *s, int n, int *length)
{
    const unsigned char c = s[0];
    int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || len > n) {
        *length = 1;
        return 0xFFFD;
    }
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int i = 1; i < len; ++i) {
        if ((s[i] & 0xC0) != 0x80) {
            *length = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    *length = len;
    return cp;
}

// Punctuation and spaces that separate words, checked before handing text to unicode61.
bool isSeparator(char32_t cp)
{
    if (cp < 0x80)
        return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                 || cp == '_');
    return (cp >= 0x2000 && cp <= 0x206F) // general punctuation
        || (cp >= 0x3000 && cp <= 0x303F) // CJK symbols and punctuation
        || (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
        || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0x00A0
        || cp == 0xFEFF || cp == 0xFFFD;
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

struct Offset
{
    void *ctx;
    TokenCallback token;
    int base;
};

int shiftedToken(void *p, int flags, const char *token, int n, int start, int end)
{
    auto *offset = static_cast<Offset *>(p);
    return offset->token(offset->ctx, flags, token, n, start + offset->base, end + offset->base);
}

// Emits the bigrams of the CJK run starting at pos, then (for documents, or a run of one
// character) its last character alone. Returns the end of the run in *end.
int tokenizeCjkRun(const unsigned char *text, int pos, int length, bool query, void *ctx,
                   TokenCallback token, int *end)
{
    const auto *chars = reinterpret_cast<const char *>(text);
    int previous = -1;
    int cursor = pos;
    int count = 0;
    while (cursor < length) {
        int l = 0;
        if (!isCjk(decodeUtf8(text + cursor, length - cursor, &l)))
            break;
        if (previous >= 0) {
            const int rc
                = token(ctx, 0, chars + previous, cursor + l - previous, previous, cursor + l);
            if (rc != SQLITE_OK)
                return rc;
        }
        previous = cursor;
        cursor += l;
        ++count;
    }
    *end = cursor;
    if (count == 1 || !query)
        return token(ctx, 0, chars + previous, cursor - previous, previous, cursor);
    return SQLITE_OK;
}

int xCreate(void *context, const char **args, int argCount, Fts5Tokenizer **out)
{
    Q_UNUSED(args);
    Q_UNUSED(argCount);
    auto *api = static_cast<fts5_api *>(context);
    auto *tokenizer = new Tokenizer;
    void *unicodeContext = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &unicodeContext, &tokenizer->unicode61);
    if (rc == SQLITE_OK) {
        const char *unicodeArgs[] = { "remove_diacritics", "2" };
        rc = tokenizer->unicode61.xCreate(unicodeContext, unicodeArgs, 2,
                                          &tokenizer->unicode61Instance);
    }
    if (rc != SQLITE_OK) {
        delete tokenizer;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *p)
{
    auto *tokenizer = reinterpret_cast<Tokenizer *>(p);
    if (tokenizer->unicode61Instance)
        tokenizer->unicode61.xDelete(tokenizer->unicode61Instance);
    delete tokenizer;
}

int xTokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *rawText, int length,
              TokenCallback token)
{
    auto *tokenizer = reinterpret_cast<Tokenizer *>(p);
    const auto *text = reinterpret_cast<const unsigned char *>(rawText);
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;

    char lowered[256];

    int pos = 0;
    while (pos < length) {
        int len = 0;
        const char32_t cp = decodeUtf8(text + pos, length - pos, &len);

        if (isCjk(cp)) {
            const int rc = tokenizeCjkRun(text, pos, length, query, ctx, token, &pos);
            if (rc != SQLITE_OK)
                return rc;
            continue;
        }
        if (isSeparator(cp)) {
            pos += len;
            continue;
        }

        // A word: ASCII letters and digits, and letters of scripts other than CJK.
        const int start = pos;
        bool ascii = true;
        while (pos < length) {
            int l = 0;
            const char32_t c = decodeUtf8(text + pos, length - pos, &l);
            if (isCjk(c) || isSeparator(c))
                break;
            ascii = ascii && c < 0x80;
            pos += l;
        }
        int rc = SQLITE_OK;
        if (ascii && pos - start <= int(sizeof lowered)) {
            for (int i = start; i < pos; ++i) {
                const char c = char(text[i]);
                lowered[i - start] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
            }
            rc = token(ctx, 0, lowered, pos - start, start, pos);
        } else {
            Offset offset { ctx, token, start };
            rc = tokenizer->unicode61.xTokenize(tokenizer->unicode61Instance, &offset, flags,
                                                rawText + start, pos - start, shiftedToken);
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool CjkTokenizer::registerWith(sqlite3 *db, QString *error)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2) {
        *error = QCoreApplication::translate("gloss::CjkTokenizer",
                                             "this SQLite has no FTS5 full-text search");
        return false;
    }
    fts5_tokenizer tokenizer { xCreate, xDelete, xTokenize };
    const int rc = api->xCreateTokenizer(api, name, api, &tokenizer, nullptr);
    if (rc != SQLITE_OK) {
        *error = QCoreApplication::translate("gloss::CjkTokenizer",
                                             "cannot register the search tokenizer: %1")
                     .arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

} // namespace gloss
