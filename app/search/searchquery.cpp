#include "searchquery.h"

#include "library/tagname.h"
#include "text/cjk.h"

#include <QCoreApplication>

namespace gloss {

namespace {

// The last code point of a non-empty string.
char32_t lastCodePoint(const QString &s)
{
    const qsizetype n = s.size();
    if (n >= 2 && s.at(n - 1).isLowSurrogate() && s.at(n - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(s.at(n - 2), s.at(n - 1));
    return s.at(n - 1).unicode();
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
    if (isCjk(lastCodePoint(term))) {
        QString rest = term;
        rest.chop(QChar::requiresSurrogates(lastCodePoint(term)) ? 2 : 1);
        if (rest.isEmpty() || !isCjk(lastCodePoint(rest)))
            prefix = true;
    }
    return u'"' + QString(term).replace(u'"', QStringLiteral("\"\"")) + u'"'
        + (prefix ? QStringLiteral("*") : QString());
}

} // namespace

SearchQuery::Parsed SearchQuery::parse(const QString &typed)
{
    // Control characters (a NUL ends an FTS5 string early) separate words like spaces do.
    QString input = typed;
    for (QChar &c : input)
        if (c.category() == QChar::Other_Control)
            c = u' ';
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
        if (QStringView(input).mid(i, 4).compare(u"tag:", Qt::CaseInsensitive) == 0) {
            i += 4;
            QString tag;
            if (i < input.size() && input.at(i) == u'"') {
                const qsizetype close = input.indexOf(u'"', i + 1);
                tag = input.mid(i + 1, (close < 0 ? input.size() : close) - i - 1);
                i = close < 0 ? input.size() : close + 1;
            } else {
                const qsizetype start = i;
                while (i < input.size() && !input.at(i).isSpace())
                    ++i;
                tag = input.mid(start, i - start);
            }
            if (exclude) {
                parsed.error = QCoreApplication::translate(
                    "gloss::SearchQuery", "-tag: cannot leave out a tag; search for tag:NAME");
                return parsed;
            }
            if (TagName::normalized(tag).isEmpty()) {
                parsed.error = QCoreApplication::translate("gloss::SearchQuery",
                                                           "tag: needs a tag name (tag:reading)");
                return parsed;
            }
            parsed.tags << TagName::normalized(tag);
            continue;
        }
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
            parsed.terms << Term { QString(term).remove(u'*'), term.endsWith(u'*') };
    }
    if (positive.isEmpty()) {
        if (!negative.isEmpty())
            parsed.error = QCoreApplication::translate(
                "gloss::SearchQuery",
                "a search needs at least one word to look for, not only words to leave out");
        return parsed;
    }
    parsed.fts = positive.join(QStringLiteral(" AND "));
    for (const QString &term : std::as_const(negative))
        parsed.fts += QStringLiteral(" NOT ") + term;
    return parsed;
}

} // namespace gloss
