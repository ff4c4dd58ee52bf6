#include "frontmatter.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/yaml.h>

namespace gloss {

namespace {

bool isMarkerLine(QByteArrayView line)
{
    // Trimmed as a QString is: other white space than ASCII's counts too.
    return line.contains("---") && QString::fromUtf8(line).trimmed() == u"---";
}

// Whether the character at pos of UTF-8 text is white space (or a byte order mark); length
// receives its length in bytes.
bool isSpaceAt(QByteArrayView text, qsizetype pos, int *length)
{
    const auto c = uchar(text.at(pos));
    *length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (c < 0x80)
        return QChar::isSpace(c);
    const QString character
        = QString::fromUtf8(text.sliced(pos, qMin<qsizetype>(*length, text.size() - pos)));
    return !character.isEmpty() && (character.at(0).isSpace() || character.at(0) == QChar(0xFEFF));
}

QString scalarText(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
}

// A list whose items are all scalars is ONE path; as soon as one item is a list, every
// item is a path of its own (Hexo's post.setCategories).
QList<QStringList> readCategoryPaths(const YAML::Node &node)
{
    QList<QStringList> paths;
    auto pathOf = [](const YAML::Node &item) {
        QStringList path;
        if (item.IsScalar()) {
            path << scalarText(item);
        } else if (item.IsSequence()) {
            for (const YAML::Node &part : item)
                path << scalarText(part);
        }
        path.removeAll(QString());
        return path;
    };

    if (node.IsScalar()) {
        paths << pathOf(node);
    } else if (node.IsSequence()) {
        bool nested = false;
        for (const YAML::Node &item : node)
            nested = nested || item.IsSequence();
        if (nested) {
            for (const YAML::Node &item : node)
                paths << pathOf(item);
        } else {
            paths << pathOf(node);
        }
    }
    paths.removeIf([](const QStringList &path) { return path.isEmpty(); });
    return paths;
}

void collectTags(const YAML::Node &node, QStringList *tags)
{
    if (node.IsScalar()) {
        const QString tag = scalarText(node);
        if (!tag.isEmpty() && !tags->contains(tag))
            tags->append(tag);
    } else if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            collectTags(item, tags);
    }
}

} // namespace

FrontMatterParser::Split FrontMatterParser::split(const QString &text)
{
    Utf8Split utf8 = splitUtf8(text.toUtf8());
    Split split;
    split.yaml = std::move(utf8.yaml);
    split.body = QString::fromUtf8(utf8.body);
    split.yamlFirstLine = utf8.yamlFirstLine;
    split.error = std::move(utf8.error);
    return split;
}

FrontMatterParser::Utf8Split FrontMatterParser::splitUtf8(QByteArray text)
{
    Utf8Split split;
    qsizetype pos = 0;
    int line = 1;
    // Blank lines (and a stray BOM) may come before the opening marker.
    while (pos < text.size()) {
        const char c = text.at(pos);
        int length = 1;
        if (c == '\n')
            ++line;
        else if (!isSpaceAt(text, pos, &length))
            break;
        pos += length;
    }
    // Back up to the start of the line the first visible character is on.
    while (pos > 0 && text.at(pos - 1) != '\n')
        --pos;

    qsizetype lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0)
        lineEnd = text.size();
    if (!isMarkerLine(QByteArrayView(text).sliced(pos, lineEnd - pos))) {
        split.error = pos >= text.size()
            ? QCoreApplication::translate("gloss::FrontMatterParser", "empty file")
            : QCoreApplication::translate("gloss::FrontMatterParser",
                                          "no front matter: line %1 should be '---'")
                  .arg(line);
        return split;
    }

    const qsizetype yamlStart = qMin(lineEnd + 1, text.size());
    split.yamlFirstLine = line + 1;
    qsizetype cursor = yamlStart;
    while (cursor < text.size()) {
        qsizetype end = text.indexOf('\n', cursor);
        if (end < 0)
            end = text.size();
        if (isMarkerLine(QByteArrayView(text).sliced(cursor, end - cursor))) {
            split.yaml
                = QString::fromUtf8(QByteArrayView(text).sliced(yamlStart, cursor - yamlStart));
            split.body = std::move(text);
            split.body.remove(0, qMin(end + 1, split.body.size()));
            return split;
        }
        cursor = end + 1;
    }
    split.error
        = QCoreApplication::translate("gloss::FrontMatterParser",
                                      "front matter opened on line %1 is never closed with '---'")
              .arg(line);
    return split;
}

FrontMatterParser::Result FrontMatterParser::parse(const QString &yaml, int firstLine)
{
    Result result;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? firstLine : firstLine + e.mark.line;
        result.error = QCoreApplication::translate("gloss::FrontMatterParser",
                                                   "broken front matter at line %1: %2")
                           .arg(line)
                           .arg(QString::fromStdString(e.msg));
        return result;
    }
    if (root.IsNull())
        return result;
    if (!root.IsMap()) {
        result.error = QCoreApplication::translate(
            "gloss::FrontMatterParser", "front matter is not a list of 'field: value' lines");
        return result;
    }

    FrontMatter &fm = result.value;
    QHash<QString, QString> images;
    try {
        for (const auto &entry : root) {
            const QString key = scalarText(entry.first);
            const YAML::Node &value = entry.second;
            if (key == u"title") {
                fm.title = scalarText(value);
            } else if (key == u"author") {
                fm.author = value.IsMap() ? scalarText(value["name"]) : scalarText(value);
            } else if (key == u"categories" || key == u"category") {
                fm.categoryPaths = readCategoryPaths(value);
            } else if (key == u"tags" || key == u"tag") {
                collectTags(value, &fm.tags);
            } else if (key == u"date") {
                fm.date = scalarText(value);
            } else if (key == u"updated") {
                fm.updated = scalarText(value);
            } else if (key == u"cover" || key == u"headimg" || key == u"thumbnail") {
                images[key] = scalarText(value);
            }
            if ((key == u"title" || key == u"author" || key == u"date") && !value.IsNull()
                && !value.IsScalar())
                result.warnings << QCoreApplication::translate(
                                       "gloss::FrontMatterParser",
                                       "field '%1' is not plain text; ignored")
                                       .arg(key);
        }
    } catch (const YAML::Exception &e) {
        result.error
            = QCoreApplication::translate("gloss::FrontMatterParser", "broken front matter: %1")
                  .arg(QString::fromStdString(e.msg));
    }
    for (const QString &key :
         { QStringLiteral("cover"), QStringLiteral("headimg"), QStringLiteral("thumbnail") }) {
        if (fm.headerImage.isEmpty())
            fm.headerImage = images.value(key);
    }
    return result;
}

} // namespace gloss
