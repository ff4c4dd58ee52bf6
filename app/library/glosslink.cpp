#include "glosslink.h"

#include <QList>

#include <limits>

namespace gloss {

namespace {

constexpr QStringView highlightItem = u"highlight=";

// A part of a refused link as a message quotes it: the first 40 characters.
QString shown(QStringView part)
{
    return part.size() <= 40 ? part.toString() : part.left(40).toString() + QChar(0x2026);
}

// As QUuid writes one: 8-4-4-4-12 hexadecimal digits in lower case. QUuid::fromString takes
// more (braces, capitals), and two spellings of one library would be two links.
bool isCanonicalUuid(QStringView s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

// Why digits are not an id as Gloss writes one (1 and up, in plain ASCII digits, no sign, no
// leading zero, at most qint64), or an empty string when they are.
QString idProblem(QStringView digits, qint64 *id)
{
    if (digits.isEmpty())
        return QCoreApplication::translate("gloss::GlossLink", "it is missing");
    if (digits.front() == u'-' || digits.front() == u'+')
        return QCoreApplication::translate("gloss::GlossLink",
                                           "it has a sign; an id is written in plain digits");
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return QCoreApplication::translate("gloss::GlossLink",
                                               "it is not a number in the digits 0 to 9");
    }
    if (digits.front() == u'0')
        return digits.size() == 1
            ? QCoreApplication::translate("gloss::GlossLink", "ids start at 1")
            : QCoreApplication::translate("gloss::GlossLink", "it has leading zeros");
    bool ok = false;
    *id = digits.size() <= 19 ? digits.toLongLong(&ok) : 0;
    if (!ok)
        return QCoreApplication::translate("gloss::GlossLink", "it is larger than any id (%1)")
            .arg(std::numeric_limits<qint64>::max());
    return {};
}

} // namespace

GlossLink::GlossLink(const QUuid &libraryId, qint64 articleId, std::optional<qint64> highlightId)
    : m_library(libraryId)
    , m_article(articleId)
    , m_highlight(highlightId)
{ }

bool GlossLink::isValid() const
{
    return !m_library.isNull() && m_article > 0 && (!m_highlight || *m_highlight > 0);
}

QString GlossLink::toString() const
{
    if (!isValid())
        return {};
    QString link = QStringLiteral("gloss://open/%1/article/%2")
                       .arg(m_library.toString(QUuid::WithoutBraces))
                       .arg(m_article);
    if (m_highlight)
        link += QStringLiteral("?highlight=%1").arg(*m_highlight);
    return link;
}

std::optional<GlossLink> GlossLink::parse(QStringView text, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // Length first: a huge link is not read any further.
    if (text.isEmpty())
        return refuse(tr("the link is empty"));
    if (text.size() > maxLength)
        return refuse(tr("the link is %1 characters long; a Gloss link has at most %2")
                          .arg(text.size())
                          .arg(maxLength));
    // Only printable ASCII, and nothing percent-encoded: what is checked below is what a link
    // means, with no decoding (%2e%2e) that could turn it into something else afterwards.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c <= 0x20 || c >= 0x7f)
            return refuse(tr("the link has a character a Gloss link cannot have (U+%1) at "
                             "position %2")
                              .arg(uint(c), 4, 16, QLatin1Char('0'))
                              .arg(i + 1));
        if (c == u'%')
            return refuse(tr("the link has percent-encoded characters ('%1'); a Gloss link has "
                             "none")
                              .arg(shown(text.mid(i, 3))));
    }

    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return refuse(tr("'%1' is not a link: it has no scheme").arg(shown(text)));
    if (text.left(colon) != u"gloss")
        return refuse(tr("the link's scheme is '%1', not gloss").arg(shown(text.left(colon))));
    if (!text.mid(colon + 1).startsWith(u"//"))
        return refuse(tr("a Gloss link starts with gloss://"));
    QStringView rest = text.mid(colon + 3);
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        return refuse(tr("a Gloss link has no fragment ('%1')").arg(shown(rest.mid(hash))));
    QStringView query;
    bool hasQuery = false;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
        hasQuery = true;
    }

    const qsizetype slash = rest.indexOf(u'/');
    const QStringView host = slash < 0 ? rest : rest.left(slash);
    if (host != u"open")
        return refuse(tr("the link's host is '%1', not open").arg(shown(host)));
    const QString expected = tr("a Gloss link is gloss://open/<library-id>/article/<article-id>");
    if (slash < 0)
        return refuse(tr("the link names no library: %1").arg(expected));
    const QStringView pathText = rest.mid(slash + 1);
    const QList<QStringView> path = pathText.split(u'/');
    if (!isCanonicalUuid(path.at(0)))
        return refuse(
            tr("'%1' is not a library id: a library id is a UUID in lower case (8-4-4-4-12 "
               "hexadecimal digits)")
                .arg(shown(path.at(0))));
    const QUuid library = QUuid::fromString(path.at(0));
    if (library.isNull())
        return refuse(tr("the library id is all zeros"));
    if (path.size() < 3)
        return refuse(tr("the link names no article: %1").arg(expected));
    if (path.at(1) != u"article")
        return refuse(tr("'%1' follows the library id where 'article' should: %2")
                          .arg(shown(path.at(1)), expected));
    qint64 article = 0;
    if (const QString problem = idProblem(path.at(2), &article); !problem.isEmpty())
        return refuse(tr("article id '%1': %2").arg(shown(path.at(2)), problem));
    if (path.size() > 3) {
        const qsizetype used = path.at(0).size() + path.at(1).size() + path.at(2).size() + 2;
        return refuse(tr("the link goes on after the article id ('%1'): %2")
                          .arg(shown(pathText.mid(used)), expected));
    }

    std::optional<qint64> highlight;
    if (hasQuery) {
        if (query.isEmpty())
            return refuse(tr("the link has a '?' with nothing after it"));
        if (!query.startsWith(highlightItem))
            return refuse(tr("the link asks for '%1'; a Gloss link asks for highlight=<id> or "
                             "nothing")
                              .arg(shown(query)));
        const QStringView digits = query.mid(highlightItem.size());
        if (digits.contains(u'&'))
            return refuse(tr("the link asks for more than one thing ('%1'); a Gloss link asks "
                             "for highlight=<id> or nothing")
                              .arg(shown(query)));
        qint64 id = 0;
        if (const QString problem = idProblem(digits, &id); !problem.isEmpty())
            return refuse(tr("highlight id '%1': %2").arg(shown(digits), problem));
        highlight = id;
    }
    return GlossLink(library, article, highlight);
}

} // namespace gloss
