#pragma once

#include "annotate/highlight.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace gloss {

class Database;

// Stores highlights and notes. Nothing here deletes a highlight but remove(), which only a
// person's action calls; an import re-anchors them (reanchor) and at worst marks them orphaned.
class HighlightRepository
{
public:
    struct Filter
    {
        std::optional<qint64> articleId;
        std::optional<qint64> categoryId; // this category and below
        QString color; // empty: any
        QString text; // in the quote or the note
        QStringList tags; // carrying every one of these tags (any case or Unicode form)
    };
    struct TagCount
    {
        QString name;
        int highlights = 0;
    };

    explicit HighlightRepository(const Database &db)
        : m_db(db)
    { }

    // A new highlight with a new uuid and its tags. Returns the new id, or 0 with *error set.
    qint64 add(const Highlight &highlight, QString *error);
    bool setColor(qint64 id, const QString &color, QString *error);
    // Also tags the highlight with every #word of the note (TagName::inNote). Removing a #word
    // from the note leaves the tag, as the person may have added it by hand too; but a note
    // saved as it is typed (given the note it was a keystroke `before`) would leave a tag for
    // every stage of a word (#s, #sl, #slo): a #word that became another one, or that lost its
    // last letter to a one-character deletion, is taken off with the note's change.
    bool setNote(qint64 id, const QString &note, QString *error, const QString &before = {});
    bool remove(qint64 id, QString *error);
    // Puts back a removed highlight with its id, uuid and tags, as it was (undo).
    bool restore(const Highlight &highlight, QString *error);

    // Replaces the highlight's tags (names are normalized; one of any case is kept).
    bool setTags(qint64 id, const QStringList &tags, QString *error);
    bool addTag(qint64 id, const QString &tag, QString *error);
    bool removeTag(qint64 id, const QString &tag, QString *error);

    // Highlights brought from another library, stored as they are (uuid, dates, state, tags)
    // under new ids: all of them, or none with *error set.
    bool addAsIs(const QList<Highlight> &highlights, QString *error);
    // Overwrites the stored highlight of that id with everything the given one holds.
    bool replace(const Highlight &highlight, QString *error);

    // Reads give nothing when the library cannot be read, with the reason in *error (or, when
    // the caller passes none, as a warning in the log).
    std::optional<Highlight> find(qint64 id, QString *error = nullptr) const;
    std::optional<Highlight> findByUuid(const QString &uuid, QString *error = nullptr) const;
    // Every highlight's uuid, with when it last changed.
    QHash<QString, QDateTime> uuids(QString *error = nullptr) const;
    // The tags on highlights, with how many highlights carry each; most used first.
    QList<TagCount> allTags(QString *error = nullptr) const;
    // Every tag that a highlight or an article carries (the names a person can pick from), the
    // ones most used on highlights first, then by name.
    QStringList tagNames(QString *error = nullptr) const;
    // In document order; orphaned highlights last.
    QList<Highlight> list(const Filter &filter = {}, QString *error = nullptr) const;

    // Finds an article's highlights again in its new text (inside the caller's transaction).
    bool reanchor(qint64 articleId, const QString &text, QString *error);

private:
    // Inserts a row as it is; a highlight without an id gets a new one. Returns the id or 0.
    qint64 insert(const Highlight &highlight, QString *error);
    // Links the tags to the highlight (adding tags the library does not have yet).
    bool link(qint64 id, const QStringList &tags, QString *error);
    bool touch(qint64 id, QString *error);

    const Database &m_db;
};

} // namespace gloss
