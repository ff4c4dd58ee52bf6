#pragma once

#include "annotate/anchor.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gloss {

class JsonWriter;

// How an annotation file names an article, so that another library made from the same posts
// finds it: the post's path relative to the folder it was imported from, its title and date.
struct ArticleKey
{
    QString path; // "hexo-html/post.md"; may be empty in files from elsewhere
    QString title;
    QString date; // ISO 8601 (UTC) when the date is known, else the post's own date text
    QString url; // where the post was (file:///...), for other tools; not used to find it

    // "Title (hexo-html/post.md)", for reports.
    QString displayName() const;
};

// One annotation of the W3C Web Annotation Data Model as Gloss reads and writes it: a
// highlight (a target with a TextQuoteSelector and a TextPositionSelector; its note a
// TextualBody with purpose "commenting", its tags TextualBodies with purpose "tagging", its
// colour in "gloss:color") or an article's note (a target without a selector).
struct WebAnnotation
{
    bool isArticleNote = false;
    QString uuid; // lower case, without "urn:uuid:"
    ArticleKey article;
    QDateTime created;
    QDateTime modified;
    QString note;
    // Highlights only.
    QString color = QStringLiteral("yellow");
    QStringList tags;
    TextSelector selector; // start and end in Unicode code points, as the W3C model counts
    bool hasPosition = false; // the file gave a TextPositionSelector
    AnchorState state = AnchorState::Ok; // "gloss:state": where it stood in the library it left

    // As one JSON object, Gloss's extensions in "gloss:" properties.
    void write(JsonWriter &json) const;
    // The annotation at index (0-based; messages count from 1) of a file, checked: types,
    // uuid, dates, colour, selectors, tags. std::nullopt with *error saying what is wrong.
    static std::optional<WebAnnotation> fromJson(const QJsonObject &json, int index,
                                                 QString *error);

    // Offsets between UTF-16 code units (Gloss) and code points (the W3C model) in text.
    static int toCodePoints(const QString &text, int utf16Offset);
    static int toUtf16(const QString &text, int codePointOffset);
};

} // namespace gloss
