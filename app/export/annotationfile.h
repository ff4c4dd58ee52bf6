#pragma once

#include "webannotation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gloss {

// A file of W3C Web Annotations (JSON-LD, @context http://www.w3.org/ns/anno.jsonld).
// Gloss writes one AnnotationCollection with its annotations inline in its first page; it
// reads that, an AnnotationPage, a single Annotation or a plain JSON array of Annotations.
// A file is read whole and checked before anything is taken from it: at most maxFileBytes,
// no string longer than maxStringBytes, nesting at most maxDepth deep (looked at before the
// JSON parser sees it), every annotation well formed, no uuid twice.
class AnnotationFile
{
public:
    static constexpr qint64 maxFileBytes = 100 * 1024 * 1024;
    static constexpr qint64 maxStringBytes = 1024 * 1024;
    static constexpr int maxDepth = 32;
    static constexpr const char *context = "http://www.w3.org/ns/anno.jsonld";

    struct Header
    {
        QString id; // the collection's id (urn:uuid:...)
        QString libraryId; // the library it came from
        QString generator; // "Gloss 0.4.0"
        QDateTime generated;
    };
    struct ReadResult
    {
        QList<WebAnnotation> annotations;
        QString error; // naming the file and the problem
    };

    static QByteArray write(const Header &header, const QList<WebAnnotation> &annotations);
    static ReadResult read(const QString &path);
    // The checks and the parsing of read(), on bytes; fileName is for messages.
    static ReadResult parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace gloss
