#include "annotationfile.h"

#include "util/jsonwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gloss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::AnnotationFile", text);
}

// Looks at the raw bytes before the JSON parser does: how deep arrays and objects nest and how
// long strings are, so a hostile file costs a linear scan, not a parser's recursion or a
// huge allocation. Returns an empty string when the bytes are within the limits.
QString scanLimits(const QByteArray &bytes)
{
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = 0;
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
            if (i - stringStart > AnnotationFile::maxStringBytes)
                return tr("a string longer than %1 MB at byte %2")
                    .arg(AnnotationFile::maxStringBytes / (1024 * 1024))
                    .arg(stringStart);
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '[' || c == '{') {
            if (++depth > AnnotationFile::maxDepth)
                return tr("arrays and objects nested more than %1 deep at byte %2")
                    .arg(AnnotationFile::maxDepth)
                    .arg(i);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return {};
}

bool hasAnnoContext(const QJsonValue &value)
{
    const auto isAnno = [](const QJsonValue &v) {
        const QString s = v.toString();
        return s == QLatin1String(AnnotationFile::context)
            || s == u"https://www.w3.org/ns/anno.jsonld";
    };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), isAnno);
    }
    return isAnno(value);
}

QString typeOf(const QJsonObject &object)
{
    const QJsonValue type = object.value(QStringLiteral("type"));
    if (type.isArray())
        return type.toArray().at(0).toString();
    return type.toString();
}

} // namespace

QByteArray AnnotationFile::write(const Header &header, const QList<WebAnnotation> &annotations)
{
    JsonWriter json;
    json.beginObject();
    json.key(QLatin1String("@context")).value(QLatin1String(context));
    json.key(QLatin1String("id")).value(header.id);
    json.key(QLatin1String("type")).value(QStringLiteral("AnnotationCollection"));
    json.key(QLatin1String("label")).value(QStringLiteral("Gloss annotations"));
    json.key(QLatin1String("total")).value(int(annotations.size()));
    json.key(QLatin1String("generator")).beginObject();
    json.key(QLatin1String("type")).value(QStringLiteral("Software"));
    json.key(QLatin1String("name")).value(header.generator);
    json.endObject();
    json.key(QLatin1String("generated")).value(header.generated.toUTC().toString(Qt::ISODate));
    if (!header.libraryId.isEmpty())
        json.key(QLatin1String("gloss:library"))
            .value(QStringLiteral("urn:uuid:") + header.libraryId);
    json.key(QLatin1String("first")).beginObject();
    json.key(QLatin1String("type")).value(QStringLiteral("AnnotationPage"));
    json.key(QLatin1String("startIndex")).value(0);
    json.key(QLatin1String("items")).beginArray();
    for (const WebAnnotation &a : annotations)
        a.write(json);
    json.endArray();
    json.endObject();
    json.endObject();
    return json.take();
}

AnnotationFile::ReadResult AnnotationFile::read(const QString &path)
{
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > maxFileBytes) {
        result.error
            = tr("%1 is larger than %2 MB: not read").arg(path).arg(maxFileBytes / (1024 * 1024));
        return result;
    }
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError || bytes.size() > maxFileBytes) {
        result.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return parse(bytes, path);
}

AnnotationFile::ReadResult AnnotationFile::parse(const QByteArray &bytes, const QString &fileName)
{
    ReadResult result;
    const auto fail = [&](const QString &problem) {
        result.error
            = tr("%1 is not a file of annotations Gloss can read: %2").arg(fileName, problem);
        result.annotations.clear();
        return result;
    };
    if (const QString problem = scanLimits(bytes); !problem.isEmpty())
        return fail(problem);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));

    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject top = document.object();
        if (!hasAnnoContext(top.value(QStringLiteral("@context"))))
            return fail(tr("its \"@context\" is not %1 (the W3C Web Annotation model)")
                            .arg(QLatin1String(context)));
        const QString type = typeOf(top);
        if (type == u"AnnotationCollection") {
            const QJsonValue first = top.value(QStringLiteral("first"));
            if (first.isUndefined() && top.value(QStringLiteral("total")).toInt(-1) == 0)
                return result; // an empty collection
            if (!first.isObject())
                return fail(tr("the collection's \"first\" page is not in the file"));
            const QJsonObject page = first.toObject();
            if (page.contains(QStringLiteral("next")))
                return fail(tr("the collection has more pages than the first; Gloss reads "
                               "collections whose annotations are all in the file"));
            if (!page.value(QStringLiteral("items")).isArray())
                return fail(tr("the collection's first page has no \"items\" array"));
            items = page.value(QStringLiteral("items")).toArray();
        } else if (type == u"AnnotationPage") {
            if (!top.value(QStringLiteral("items")).isArray())
                return fail(tr("the page has no \"items\" array"));
            items = top.value(QStringLiteral("items")).toArray();
        } else if (type == u"Annotation") {
            items = QJsonArray { top };
        } else {
            return fail(tr("it is neither an AnnotationCollection, an AnnotationPage nor an "
                           "Annotation (its type is \"%1\")")
                            .arg(type.left(40)));
        }
    }

    QSet<QString> uuids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return fail(tr("annotation %1 is not an object").arg(i + 1));
        QString problem;
        std::optional<WebAnnotation> a
            = WebAnnotation::fromJson(items.at(i).toObject(), int(i), &problem);
        if (!a)
            return fail(problem);
        if (uuids.contains(a->uuid))
            return fail(
                tr("annotation %1: urn:uuid:%2 appears more than once").arg(i + 1).arg(a->uuid));
        uuids.insert(a->uuid);
        result.annotations << std::move(*a);
    }
    return result;
}

} // namespace gloss
