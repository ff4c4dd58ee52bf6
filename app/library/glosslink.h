#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>

namespace gloss {

// A link back into Gloss: gloss://open/<library-uuid>/article/<article-id>, with
// ?highlight=<highlight-id> for one highlight. It carries ids only, so following one can only
// look an article up in the library of that id, never name a file. parse() takes nothing else.
class GlossLink
{
    Q_DECLARE_TR_FUNCTIONS(gloss::GlossLink)

public:
    // The longest link Gloss makes is 107 characters (two 19-digit ids); anything much longer
    // is refused before it is looked at.
    static constexpr qsizetype maxLength = 200;

    GlossLink() = default;
    GlossLink(const QUuid &libraryId, qint64 articleId,
              std::optional<qint64> highlightId = std::nullopt);

    // A library id that is not null, and ids of at least 1.
    bool isValid() const;
    QUuid libraryId() const { return m_library; }
    qint64 articleId() const { return m_article; }
    std::optional<qint64> highlightId() const { return m_highlight; }

    // The link as text, or an empty string when it is not valid.
    QString toString() const;

    // The link that text spells, or nothing with *error saying what is wrong with it.
    static std::optional<GlossLink> parse(QStringView text, QString *error);

    friend bool operator==(const GlossLink &a, const GlossLink &b)
    {
        return a.m_library == b.m_library && a.m_article == b.m_article
            && a.m_highlight == b.m_highlight;
    }
    friend bool operator!=(const GlossLink &a, const GlossLink &b) { return !(a == b); }

private:
    QUuid m_library;
    qint64 m_article = 0;
    std::optional<qint64> m_highlight;
};

} // namespace gloss
