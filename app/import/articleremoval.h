#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace gloss {

class Database;

// An article taken out of the library with everything that hung on it (its HTML, categories,
// tags, highlights with their ids, uuids and tags, its note), kept to put it back as it was.
struct RemovedArticle
{
    using Row = QList<std::pair<QString, QVariant>>; // column name and value
    qint64 id = 0;
    Row article;
    QList<Row> html;
    QList<Row> categories;
    QList<Row> tags;
    QList<Row> highlights;
    QList<Row> highlightTags;
};

// Takes articles out of the library and puts them back (Remove from Library and its undo). An
// import never does this: a post whose file is gone is only marked missing.
class ArticleRemoval
{
public:
    // What removing articles would take with it, for the question asked first.
    struct Annotations
    {
        int highlights = 0;
        int notes = 0; // highlight notes and article notes
        bool isEmpty() const { return highlights == 0 && notes == 0; }
    };

    explicit ArticleRemoval(const Database &db)
        : m_db(db)
    { }

    Annotations annotations(const QList<qint64> &ids, QString *error = nullptr) const;
    // Every article whose file is gone.
    QList<qint64> missing(QString *error = nullptr) const;
    // Removes the articles, their highlights first (the library refuses to lose an article's
    // highlights by accident), and their search entries, in one transaction. What was removed,
    // for restore(); nullopt with *error when the library refused (then nothing is removed).
    std::optional<QList<RemovedArticle>> remove(const QList<qint64> &ids, QString *error);
    // Puts removed articles back with the same ids, in one transaction.
    bool restore(const QList<RemovedArticle> &removed, QString *error);

private:
    const Database &m_db;
};

} // namespace gloss
