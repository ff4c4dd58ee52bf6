#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gloss {

enum class BodyFormat { Html, Markdown };

// One article as read from a post file: what the library stores about it.
struct Article
{
    QString title;
    QString author;
    QList<QStringList> categoryPaths; // each path from the top category down
    QStringList tags;
    QDateTime published; // invalid when the post has no date we understand
    QString dateRaw; // the post's own text, kept even when it is not a date
    QDateTime modified;
    QString modifiedRaw;
    QString headerImage;
    BodyFormat bodyFormat = BodyFormat::Html;
    QString html; // what the reader shows (Markdown already rendered)
    QString text; // plain text of the body, for search and anchoring
    QString excerpt; // plain text before <!-- more -->, empty when there is no marker
};

QString bodyFormatName(BodyFormat format);

} // namespace gloss
