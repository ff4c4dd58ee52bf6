#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace gloss {

// What makes two tags the same: tag names are stored in Unicode NFC with their spaces collapsed,
// and compared by a key that is also case-folded, so "Reading", "reading" and a decomposed
// "Café" / "café" are one tag. Articles (from front matter) and highlights share the tags.
class TagName
{
public:
    static constexpr int maxLength = 100; // characters, for tags a person types

    // NFC, whitespace collapsed, leading '#' and control characters dropped. May be empty.
    static QString normalized(const QString &name);
    // normalized(), case-folded: equal keys are the same tag.
    static QString key(const QString &name);
    // normalized(name), or an empty string with *error set when it cannot be a tag.
    static QString checked(const QString &name, QString *error);
    // The #words of a note, normalized, in order, once each: letters (CJK too), digits, '_',
    // '-' and '/', not all digits (#1 is a number), not inside a word or a URL (a#b, /#x).
    static QStringList inNote(const QString &note);

    // The SQL function gloss_tag_key(name), for the migration that gave tags their keys.
    static bool registerWith(sqlite3 *db, QString *error);
};

} // namespace gloss
