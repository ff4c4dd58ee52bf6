#pragma once

#include "article/article.h"
#include "article/htmlbody.h"
#include "library/sqlitestatement.h"

#include <QByteArray>
#include <QHash>
#include <QSqlQuery>
#include <QString>

namespace gloss {

class Database;

// Where a post file stands in the library: what the importer compares to skip unchanged files.
struct StoredFile
{
    qint64 id = 0;
    QByteArray hash;
    qint64 size = -1;
    qint64 mtime = -1;
    bool missing = false; // the last import of its folder did not find it
};

// A post file read from disk, ready for the writer.
struct SourceFile
{
    QString path; // absolute
    QString root; // the import folder it was found under
    qint64 size = 0;
    qint64 mtime = 0;
    QByteArray hash;
};

// The importer's single writer: stores and updates articles with their categories and tags.
// Every call runs inside the caller's transaction.
class ArticleWriter
{
public:
    explicit ArticleWriter(const Database &db);

    // Empty, with the reason in *error, when the library cannot be read or these statements
    // cannot be prepared (then no write would work either).
    QHash<QString, StoredFile> storedFiles(QString *error) const;

    // Each returns false with *error set when the database refused the write. The article's
    // HTML comes as UTF-8 in html (article.html is not read); its text is left to the
    // indexing pass.
    bool insert(const SourceFile &file, const Article &article, const HtmlBody &html,
                QString *error);
    bool update(qint64 id, const SourceFile &file, const Article &article, const HtmlBody &html,
                QString *error);
    // The file's bytes are as stored; only its size or time changed.
    bool touch(qint64 id, const SourceFile &file, QString *error);
    // Marks the article's file as gone since now (missing) or found again.
    bool setMissing(qint64 id, bool missing, QString *error);
    // Call after a rollback: cached category and tag ids may name rows that are gone.
    void clearCaches();

private:
    bool bindAndExec(QSqlQuery &query, const SourceFile &file, const Article &article,
                     QString *error);
    bool storeHtml(qint64 id, const HtmlBody &html, QString *error);
    bool link(qint64 id, const Article &article, QString *error);
    qint64 categoryId(qint64 parent, const QString &name, QString *error);
    qint64 tagId(const QString &name, QString *error);
    // The id of the row `find` selects with values, added by `add` with the same values if missing.
    static qint64 findOrAdd(QSqlQuery &find, QSqlQuery &add, const QVariantList &values,
                            QString *error);

    const Database &m_db;
    QString m_prepareError; // why the statements below could not be prepared
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_touch;
    QSqlQuery m_setMissing;
    QSqlQuery m_unlink;
    QSqlQuery m_unlinkTags;
    QSqlQuery m_link;
    QSqlQuery m_linkTag;
    QSqlQuery m_findCategory;
    QSqlQuery m_addCategory;
    QSqlQuery m_findTag;
    QSqlQuery m_addTag;
    SqliteStatement m_storeHtml;
    SqliteStatement m_reserveHtml;
    QHash<QPair<qint64, QString>, qint64> m_categories;
    QHash<QString, qint64> m_tags;
};

} // namespace gloss
