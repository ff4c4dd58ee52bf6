#include "searchquery.h"

namespace gloss {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF)
        || (u >= 0x3040 && u <= 0x30FF) || (u >= 0x31F0 && u <= 0x31FF)
        || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF) || c.isSurrogate();
}

// One term as an FTS5 string (quotes doubled), with a prefix star where it needs one.
QString ftsTerm(QString term)
{
    bool prefix = false;
    if (term.endsWith(u'*')) {
        term.chop(1);
        prefix = true;
    }
    if (term.isEmpty())
        return {};
    // A lone CJK character at the end of the term: the text may go on with more CJK, where
    // the character only begins a bigram.
    const qsizetype n = term.size();
    if (isCjk(term.at(n - 1)) && (n == 1 || !isCjk(term.at(n - 2))))
        prefix = true;
    return u'"' + QString(term).replace(u'"', QStringLiteral("\"\"")) + u'"'
        + (prefix ? QStringLiteral("*") : QString());
}

} // namespace

SearchQuery::Parsed SearchQuery::parse(const QString &input)
{
    Parsed parsed;
    QStringList positive, negative;
    qsizetype i = 0;
    while (i < input.size()) {
        while (i < input.size() && input.at(i).isSpace())
            ++i;
        if (i >= input.size())
            break;
        bool exclude = false;
        if (input.at(i) == u'-' && i + 1 < input.size() && !input.at(i + 1).isSpace()) {
            exclude = true;
            ++i;
        }
        QString term;
        if (input.at(i) == u'"') {
            const qsizetype close = input.indexOf(u'"', i + 1);
            term = input.mid(i + 1, (close < 0 ? input.size() : close) - i - 1).simplified();
            i = close < 0 ? input.size() : close + 1;
            if (i < input.size() && input.at(i) == u'*') {
                term += u'*';
                ++i;
            }
        } else {
            const qsizetype start = i;
            while (i < input.size() && !input.at(i).isSpace())
                ++i;
            term = input.mid(start, i - start);
        }
        const QString fts = ftsTerm(term);
        if (fts.isEmpty())
            continue;
        (exclude ? negative : positive) << fts;
        if (!exclude)
            parsed.positives << QString(term).remove(u'*');
    }
    if (positive.isEmpty()) {
        if (!negative.isEmpty())
            parsed.error = QStringLiteral(
                "a search needs at least one word to look for, not only words to leave out");
        return parsed;
    }
    parsed.fts = positive.join(QStringLiteral(" AND "));
    for (const QString &term : std::as_const(negative))
        parsed.fts += QStringLiteral(" NOT ") + term;
    return parsed;
}

} // namespace gloss
