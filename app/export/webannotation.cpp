#include "webannotation.h"

#include "annotate/highlight.h"
#include "library/tagname.h"
#include "util/jsonwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace gloss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::WebAnnotation", text);
}

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

// A property that may be one object or an array of them, as the model allows.
QList<QJsonValue> oneOrMany(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return QList<QJsonValue>(array.begin(), array.end());
    }
    if (value.isUndefined() || value.isNull())
        return {};
    return { value };
}

bool hasType(const QJsonObject &object, const QString &type)
{
    const QJsonValue value = object.value(QStringLiteral("type"));
    if (value.isString())
        return value.toString() == type;
    const QJsonArray array = value.toArray();
    return std::any_of(array.begin(), array.end(),
                       [&](const QJsonValue &v) { return v.toString() == type; });
}

// Reads the checks of one annotation; the first problem is kept, with where it was.
class Checker
{
public:
    Checker(int index, QString *error)
        : m_index(index)
        , m_error(error)
    { }

    bool failed() const { return m_failed; }
    bool fail(const QString &message)
    {
        if (!m_failed) {
            *m_error
                = tr("annotation %1%2: %3")
                      .arg(m_index + 1)
                      .arg(m_id.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_id), message);
        }
        m_failed = true;
        return false;
    }
    void setId(const QString &id) { m_id = id.left(60); }

    // A string member: absent gives fallback; any other type is an error.
    QString string(const QJsonObject &object, const QString &key, const QString &where,
                   bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(tr("%1 has no \"%2\"").arg(where, key));
            return {};
        }
        if (!value.isString()) {
            fail(tr("\"%2\" of %1 must be a string").arg(where, key));
            return {};
        }
        return value.toString();
    }

    int offset(const QJsonObject &object, const QString &key)
    {
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > std::numeric_limits<int>::max()
            || number != double(qint64(number))) {
            fail(tr("\"%1\" of the TextPositionSelector must be a whole number from 0").arg(key));
            return 0;
        }
        return int(number);
    }

    QDateTime date(const QJsonObject &object, const QString &key)
    {
        const QString text = string(object, key, tr("the annotation"));
        if (text.isEmpty())
            return {};
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text, Qt::ISODate);
        if (!dt.isValid()) {
            fail(tr("\"%1\" is not an ISO 8601 date and time: \"%2\"").arg(key, text.left(40)));
            return {};
        }
        // Gloss keeps seconds; a finer time would look newer than itself once stored.
        return QDateTime::fromSecsSinceEpoch(dt.toSecsSinceEpoch(), Qt::UTC);
    }

private:
    int m_index;
    QString *m_error;
    QString m_id;
    bool m_failed = false;
};

ArticleKey readSource(Checker &check, const QJsonValue &source)
{
    ArticleKey key;
    if (!source.isObject()) {
        check.fail(tr("the target's \"source\" must be an object naming the article "
                      "(gloss:path, gloss:title, gloss:date)"));
        return key;
    }
    const QJsonObject object = source.toObject();
    const QString where = tr("the target's source");
    key.url = check.string(object, QStringLiteral("id"), where);
    key.path = check.string(object, QStringLiteral("gloss:path"), where);
    key.title = check.string(object, QStringLiteral("gloss:title"), where);
    key.date = check.string(object, QStringLiteral("gloss:date"), where);
    if (!check.failed() && key.path.isEmpty() && key.title.isEmpty())
        check.fail(tr("the target's source names no article (no gloss:path or gloss:title)"));
    return key;
}

} // namespace

QString ArticleKey::displayName() const
{
    if (path.isEmpty())
        return title;
    if (title.isEmpty())
        return path;
    return QStringLiteral("%1 (%2)").arg(title, path);
}

void WebAnnotation::write(JsonWriter &json) const
{
    const auto textualBody = [&json](const char *purpose, const QString &value) {
        json.beginObject();
        json.key(QLatin1String("type")).value(QStringLiteral("TextualBody"));
        json.key(QLatin1String("purpose")).value(QLatin1String(purpose));
        json.key(QLatin1String("value")).value(value);
        json.key(QLatin1String("format")).value(QStringLiteral("text/plain"));
        json.endObject();
    };

    json.beginObject();
    json.key(QLatin1String("type")).value(QStringLiteral("Annotation"));
    json.key(QLatin1String("id")).value(QStringLiteral("urn:uuid:") + uuid);
    json.key(QLatin1String("motivation"))
        .value(isArticleNote ? QStringLiteral("commenting") : QStringLiteral("highlighting"));
    if (created.isValid())
        json.key(QLatin1String("created")).value(iso(created));
    if (modified.isValid())
        json.key(QLatin1String("modified")).value(iso(modified));
    if (!isArticleNote) {
        json.key(QLatin1String("gloss:color")).value(color);
        json.key(QLatin1String("gloss:state")).value(anchorStateName(state));
    }
    const int bodies = int(!note.isEmpty()) + (isArticleNote ? 0 : int(tags.size()));
    if (bodies > 0) {
        json.key(QLatin1String("body"));
        if (bodies > 1)
            json.beginArray();
        if (!note.isEmpty())
            textualBody("commenting", note);
        if (!isArticleNote) {
            for (const QString &tag : tags)
                textualBody("tagging", tag);
        }
        if (bodies > 1)
            json.endArray();
    }

    json.key(QLatin1String("target")).beginObject();
    json.key(QLatin1String("source")).beginObject();
    if (!article.url.isEmpty())
        json.key(QLatin1String("id")).value(article.url);
    json.key(QLatin1String("type")).value(QStringLiteral("Text"));
    json.key(QLatin1String("gloss:path")).value(article.path);
    json.key(QLatin1String("gloss:title")).value(article.title);
    json.key(QLatin1String("gloss:date")).value(article.date);
    json.endObject();
    if (!isArticleNote) {
        json.key(QLatin1String("selector")).beginArray();
        json.beginObject();
        json.key(QLatin1String("type")).value(QStringLiteral("TextQuoteSelector"));
        json.key(QLatin1String("exact")).value(selector.exact);
        if (!selector.prefix.isEmpty())
            json.key(QLatin1String("prefix")).value(selector.prefix);
        if (!selector.suffix.isEmpty())
            json.key(QLatin1String("suffix")).value(selector.suffix);
        json.endObject();
        if (hasPosition) {
            json.beginObject();
            json.key(QLatin1String("type")).value(QStringLiteral("TextPositionSelector"));
            json.key(QLatin1String("start")).value(selector.start);
            json.key(QLatin1String("end")).value(selector.end);
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
    json.endObject();
}

std::optional<WebAnnotation> WebAnnotation::fromJson(const QJsonObject &json, int index,
                                                     QString *error)
{
    Checker check(index, error);
    WebAnnotation a;

    const QJsonValue idValue = json.value(QStringLiteral("id"));
    if (!idValue.isString()) {
        check.fail(tr("\"id\" must be a string \"urn:uuid:...\""));
        return std::nullopt;
    }
    const QString id = idValue.toString();
    check.setId(id);
    const QUuid uuid = id.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive)
        ? QUuid::fromString(QStringView(id).mid(9))
        : QUuid();
    if (uuid.isNull() || id.size() != 45) {
        check.fail(tr("the id is not a urn:uuid: followed by a UUID"));
        return std::nullopt;
    }
    a.uuid = uuid.toString(QUuid::WithoutBraces);
    if (!hasType(json, QStringLiteral("Annotation"))) {
        check.fail(tr("its \"type\" is not \"Annotation\""));
        return std::nullopt;
    }
    a.created = check.date(json, QStringLiteral("created"));
    a.modified = check.date(json, QStringLiteral("modified"));

    const QString color = check.string(json, QStringLiteral("gloss:color"), tr("the annotation"));
    if (!color.isEmpty())
        a.color = color;
    const QString state = check.string(json, QStringLiteral("gloss:state"), tr("the annotation"));
    if (!state.isEmpty()) {
        if (state != u"ok" && state != u"moved" && state != u"orphaned")
            check.fail(tr("\"gloss:state\" must be ok, moved or orphaned, not \"%1\"")
                           .arg(state.left(40)));
        a.state = anchorStateFromName(state);
    }

    QStringList notes;
    QStringList tagKeys;
    for (const QJsonValue &value : oneOrMany(json.value(QStringLiteral("body")))) {
        if (!value.isObject()) {
            check.fail(tr("each body must be an object (a TextualBody)"));
            break;
        }
        const QJsonObject body = value.toObject();
        const QString where = tr("a body");
        const QString type = check.string(body, QStringLiteral("type"), where);
        const QString purpose = check.string(body, QStringLiteral("purpose"), where);
        const QString text = check.string(body, QStringLiteral("value"), where);
        if (check.failed())
            break;
        if (!type.isEmpty() && type != u"TextualBody")
            continue; // a body Gloss has no place for (an image, a link)
        if (purpose == u"tagging") {
            QString problem;
            const QString tag = TagName::checked(text, &problem);
            if (tag.isEmpty()) {
                check.fail(tr("tag \"%1\": %2").arg(text.left(40), problem));
                break;
            }
            if (const QString key = TagName::key(tag); !tagKeys.contains(key)) {
                tagKeys << key;
                a.tags << tag;
            }
        } else if (purpose == u"highlighting") {
            if (!text.isEmpty())
                a.color = text;
        } else if (purpose.isEmpty() || purpose == u"commenting" || purpose == u"describing") {
            if (!text.isEmpty())
                notes << text;
        }
    }
    a.note = notes.join(QStringLiteral("\n\n"));
    if (!Highlight::colors().contains(a.color)) {
        check.fail(tr("unknown colour \"%1\" (use %2)")
                       .arg(a.color.left(40), Highlight::colors().join(QStringLiteral(", "))));
    }

    const QJsonValue targetValue = json.value(QStringLiteral("target"));
    if (!targetValue.isObject()) {
        check.fail(tr("\"target\" must be one object with a \"source\""));
        return std::nullopt;
    }
    const QJsonObject target = targetValue.toObject();
    a.article = readSource(check, target.value(QStringLiteral("source")));
    if (check.failed())
        return std::nullopt;

    const QList<QJsonValue> selectors = oneOrMany(target.value(QStringLiteral("selector")));
    a.isArticleNote = selectors.isEmpty();
    bool hasQuote = false;
    for (const QJsonValue &value : selectors) {
        if (!value.isObject()) {
            check.fail(tr("each selector must be an object"));
            break;
        }
        const QJsonObject selector = value.toObject();
        if (hasType(selector, QStringLiteral("TextQuoteSelector"))) {
            const QString where = tr("the TextQuoteSelector");
            a.selector.exact = check.string(selector, QStringLiteral("exact"), where, true);
            a.selector.prefix = check.string(selector, QStringLiteral("prefix"), where);
            a.selector.suffix = check.string(selector, QStringLiteral("suffix"), where);
            hasQuote = !a.selector.exact.isEmpty();
        } else if (hasType(selector, QStringLiteral("TextPositionSelector"))) {
            a.selector.start = check.offset(selector, QStringLiteral("start"));
            a.selector.end = check.offset(selector, QStringLiteral("end"));
            if (!check.failed() && a.selector.end < a.selector.start)
                check.fail(tr("the TextPositionSelector ends before it starts"));
            a.hasPosition = true;
        }
    }
    if (!check.failed() && !a.isArticleNote && !hasQuote)
        check.fail(tr("a highlight needs a TextQuoteSelector with the highlighted text"));
    if (!check.failed() && a.isArticleNote && a.note.isEmpty())
        check.fail(tr("an annotation of a whole article needs a note (a commenting body)"));
    if (check.failed())
        return std::nullopt;
    if (!a.modified.isValid())
        a.modified = a.created;
    return a;
}

int WebAnnotation::toCodePoints(const QString &text, int utf16Offset)
{
    const qsizetype end = qBound(qsizetype(0), qsizetype(utf16Offset), text.size());
    int points = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    // An offset past the text (an orphan's old place) keeps its distance beyond the end.
    return points + int(qMax(qsizetype(0), qsizetype(utf16Offset) - end));
}

int WebAnnotation::toUtf16(const QString &text, int codePointOffset)
{
    qsizetype i = 0;
    int points = 0;
    while (i < text.size() && points < codePointOffset) {
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()
            ? 2
            : 1;
        ++points;
    }
    const qint64 beyond = qint64(i) + (codePointOffset - points);
    return int(qMin<qint64>(beyond, std::numeric_limits<int>::max()));
}

} // namespace gloss
