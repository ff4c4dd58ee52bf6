#pragma once

#include "library/sqlitestatement.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace gloss {

class Database;

// Keeps the plain text and the full-text index of articles in step with their HTML.
//
// The importer stores an article's HTML first (it is browsable at once) and leaves its text,
// excerpt and articles_fts entry to this indexing pass. An article's `indexed` flag is set in
// the same transaction that writes them, so the library always knows which articles search
// covers; work left by a cancelled or killed import is picked up by the next one. An
// article's highlights are re-anchored in its new text in that same transaction.
class SearchIndexer
{
public:
    // What one article contributes to the index; prepare() makes it on any thread. Text and
    // excerpt are UTF-8, as they are stored: a large article's text is never held as UTF-16.
    struct Entry
    {
        qint64 id = 0;
        QString title;
        QString author;
        QByteArray text;
        QByteArray excerpt;
        bool found = false;
    };
    static Entry prepare(qint64 id, const QString &title, const QString &author,
                         QByteArrayView utf8Html);
    // The same for HTML of `size` bytes that `read` hands over a part at a time (see
    // HtmlText::extractUtf8): a large article's HTML is never held whole.
    static Entry prepare(qint64 id, const QString &title, const QString &author, qsizetype size,
                         const std::function<bool(QByteArray *)> &read);

    // An article waiting for the index, with the size of its post file (what it will weigh).
    struct Pending
    {
        qint64 id = 0;
        qint64 size = 0;
    };
    QList<Pending> pending(QString *error = nullptr) const;

    explicit SearchIndexer(const Database &db);

    // Reads give nothing when the library cannot be read, with the reason in *error (or, when
    // the caller passes none, as a warning in the log).
    int pendingCount(QString *error = nullptr) const;
    // Writes an entry (caller's transaction). Returns false with *error set on failure.
    bool store(const Entry &entry, QString *error);
    // Takes an article's entry out of the index before its text changes (caller's transaction).
    bool forget(qint64 articleId, QString *error);

private:
    const Database &m_db;
    QString m_prepareError; // why the statements below could not be prepared
    QSqlQuery m_hasHighlights;
    // The text goes from the entry's buffer into SQLite and into the index without a copy.
    SqliteStatement m_storeText;
    SqliteStatement m_storeIndex;
};

} // namespace gloss
