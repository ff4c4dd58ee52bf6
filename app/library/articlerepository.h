#pragma once

#include "article/article.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace gloss {

class Database;

// A row of the article list.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString author;
    QDateTime published; // invalid when unknown
    QString dateRaw;
    bool read = false;
    bool missing = false; // its file is gone (see ArticleRecord::missingSince)
};

// Everything the library keeps about one article.
struct ArticleRecord
{
    qint64 id = 0;
    QString sourcePath;
    QString sourceRoot;
    Article article;
    QDateTime importedAt;
    QDateTime updatedAt;
    QDateTime readAt;
    double readPosition = 0;
    QString note;
    QDateTime noteUpdatedAt; // invalid when the article has never had a note
    bool indexed = false;
    // Since when an import of its folder no longer finds its file; invalid while it is there.
    QDateTime missingSince;
    QByteArray contentHash; // of the file as last imported (SHA-256)
};

// What names an article across libraries made from the same posts (its file's path relative to
// the folder it was imported from, its title and its date), and its note.
struct ArticleSource
{
    qint64 id = 0;
    QString sourcePath;
    QString relativePath;
    QString title;
    QDateTime published; // invalid when unknown
    QString dateRaw;
    QString note;
    QDateTime noteUpdatedAt;
};

// Reads articles of a library, and keeps what the reader did with them (read, where).
class ArticleRepository
{
public:
    enum class Sort { NewestFirst, OldestFirst, Title, Author };
    struct Query
    {
        std::optional<qint64> categoryId; // this category and its descendants; all when unset
        Sort sort = Sort::NewestFirst;
        int offset = 0;
        int limit = -1; // all
        QList<qint64> tagIds; // carrying every one of these tags (TagRepository)
        bool missingOnly = false; // only articles whose file is gone
    };

    explicit ArticleRepository(const Database &db)
        : m_db(db)
    { }

    // Reads give nothing when the library cannot be read, with the reason in *error (or, when
    // the caller passes none, as a warning in the log).

    // Metadata leaves out the HTML and the text (for lists and exports of many articles).
    enum class Detail { Full, Metadata };
    std::optional<ArticleRecord> find(qint64 id, Detail detail = Detail::Full,
                                      QString *error = nullptr) const;
    QList<ArticleSummary> list(const Query &query, QString *error = nullptr) const;
    int count(std::optional<qint64> categoryId = std::nullopt, QString *error = nullptr) const;
    // The articles the query selects, its offset and limit aside.
    int count(const Query &query, QString *error = nullptr) const;
    // The folders the library's articles were imported from, sorted.
    QStringList sourceRoots(QString *error = nullptr) const;
    // Articles whose file is gone.
    int missingCount(QString *error = nullptr) const;
    QString title(qint64 id, QString *error = nullptr) const;
    // The reader's note on the whole article, read alone (after a note edit); nullopt when the
    // article is not there.
    std::optional<QString> note(qint64 id, QString *error = nullptr) const;
    // The article's plain text (what highlights are anchored in), without the rest of it.
    QString text(qint64 id, QString *error = nullptr) const;
    // Articles with highlights or a note (in a category and below, or all), by id.
    QList<qint64> annotated(std::optional<qint64> categoryId = std::nullopt,
                            QString *error = nullptr) const;

    // Marks an article read (now) and remembers how far down it was read (0 to 1).
    // Each write returns false with *error set (when given) if the library cannot be written.
    bool markRead(qint64 id, QString *error = nullptr);
    bool setReadPosition(qint64 id, double position, QString *error = nullptr);
    // The reader's note on the whole article.
    bool setNote(qint64 id, const QString &note, QString *error = nullptr);
    // The note as written elsewhere at changedAt (a merge from another library).
    bool setNote(qint64 id, const QString &note, const QDateTime &changedAt, QString *error);

    // Every article's source and note, by id, in one query.
    QList<ArticleSource> sources(QString *error = nullptr) const;

private:
    // " WHERE ..." for the query's category and tags (bound by bindFilter), or nothing.
    static QString filter(const Query &query);
    static void bindFilter(QSqlQuery &sql, const Query &query);
    std::optional<QStringList> categoryPath(qint64 categoryId, QString *error) const;

    const Database &m_db;
    mutable QHash<qint64, QStringList> m_categoryPaths; // filled as find() meets categories
};

} // namespace gloss
