#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gloss {

// The fields of a post's YAML front matter, read with Hexo's meaning.
struct FrontMatter
{
    QString title;
    QString author;
    QList<QStringList> categoryPaths; // empty when the post names no category
    QStringList tags;
    QString date; // raw text; DateParser reads it
    QString updated; // raw text
    QString headerImage;
};

// Finds a post's front matter block and reads its YAML with yaml-cpp.
class FrontMatterParser
{
public:
    // Where the YAML block and the body are in a post's text.
    struct Split
    {
        QString yaml;
        QString body;
        int yamlFirstLine = 0; // 1-based line of the first YAML line in the file
        QString error;
    };
    static Split split(const QString &text);

    // The same on UTF-8 text. The body is what is left of `text` once the front matter is cut
    // off, in the same buffer: a large post is not copied.
    struct Utf8Split
    {
        QString yaml;
        QByteArray body;
        int yamlFirstLine = 0;
        QString error;
    };
    static Utf8Split splitUtf8(QByteArray text);

    struct Result
    {
        FrontMatter value;
        QString error;
        QStringList warnings;
    };
    // Parses a YAML block; firstLine numbers error messages as lines of the file.
    static Result parse(const QString &yaml, int firstLine = 1);
};

} // namespace gloss
