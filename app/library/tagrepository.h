#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gloss {

class Database;

// A tag that articles carry (from their posts' front matter), with how many.
struct TagSummary
{
    qint64 id = 0;
    QString name;
    int articleCount = 0;
};

// Reads the tags of a library's articles. Highlights share the same tags (HighlightRepository).
class TagRepository
{
public:
    explicit TagRepository(const Database &db)
        : m_db(db)
    { }

    // Reads give nothing when the library cannot be read, with the reason in *error (or, when
    // the caller passes none, as a warning in the log).

    // Every tag at least one article carries, by name (case-insensitive, as TagName keys them).
    QList<TagSummary> articleTags(QString *error = nullptr) const;
    // The tag named name in any case or Unicode form, if the library has it.
    std::optional<qint64> find(const QString &name, QString *error = nullptr) const;

private:
    const Database &m_db;
};

} // namespace gloss
