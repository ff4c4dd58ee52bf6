#pragma once

#include "annotate/highlight.h"

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
    };

    explicit HighlightRepository(const Database &db)
        : m_db(db)
    { }

    // Returns the new id, or 0 with *error set.
    qint64 add(const Highlight &highlight, QString *error);
    bool setColor(qint64 id, const QString &color, QString *error);
    bool setNote(qint64 id, const QString &note, QString *error);
    bool remove(qint64 id, QString *error);
    // Puts back a removed highlight with its id, as it was (undo).
    bool restore(const Highlight &highlight, QString *error);

    // Reads give nothing when the library cannot be read, with the reason in *error (or, when
    // the caller passes none, as a warning in the log).
    std::optional<Highlight> find(qint64 id, QString *error = nullptr) const;
    // In document order; orphaned highlights last.
    QList<Highlight> list(const Filter &filter = {}, QString *error = nullptr) const;

    // Finds an article's highlights again in its new text (inside the caller's transaction).
    bool reanchor(qint64 articleId, const QString &text, QString *error);

private:
    // Inserts a row as it is; a highlight without an id gets a new one. Returns the id or 0.
    qint64 insert(const Highlight &highlight, QString *error);

    const Database &m_db;
};

} // namespace gloss
