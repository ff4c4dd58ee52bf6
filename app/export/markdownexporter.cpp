#include "markdownexporter.h"

#include "annotate/highlight.h"
#include "exportnames.h"
#include "library/articlerepository.h"
#include "library/categoryrepository.h"
#include "library/database.h"
#include "library/glosslink.h"
#include "library/highlightrepository.h"
#include "library/settingsrepository.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMultiHash>
#include <QUrl>

#include <vector>

namespace gloss {

namespace {

// A YAML double-quoted scalar.
QString yaml(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

QString yamlList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << yaml(item);
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

// A tag as Obsidian reads one: letters, digits, '_', '-' and '/'; anything else (a space, a dot)
// would end it, so it becomes '-'.
QString obsidianTag(const QString &tag)
{
    QString out = QStringLiteral("#");
    for (const char32_t c : tag.toUcs4()) {
        const bool kept
            = QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U'_' || c == U'-' || c == U'/';
        out += kept ? QString::fromUcs4(&c, 1) : QStringLiteral("-");
    }
    return out;
}

// A highlight as one blockquote (blank lines inside stay inside it), its colour (by its own name
// and the one the library gives it) and its tags as Obsidian tags, a link that opens it in Gloss
// and a block id that later exports keep, then its note.
QString block(const Highlight &h, const QUuid &libraryId, const ColorNames &colorNames)
{
    QString out;
    const QStringList paragraphs = h.selector.exact.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        out += (i > 0 ? QStringLiteral(">\n> ") : QStringLiteral("> ")) + paragraphs.at(i) + u'\n';
    out += QStringLiteral("> #gloss/") + h.color;
    // "to check" is #gloss/to-check; a name that is the colour's own adds nothing.
    if (const QString name = colorNames.value(h.color); !name.isEmpty()) {
        const QString tag = QStringLiteral("#gloss/") + obsidianTag(name).mid(1);
        if (tag != QStringLiteral("#gloss/") + h.color)
            out += u' ' + tag;
    }
    for (const QString &tag : h.tags)
        out += u' ' + obsidianTag(tag);
    // Like the headings, the link's words are part of the file's format, not of the interface.
    if (const QString link = GlossLink(libraryId, h.articleId, h.id).toString(); !link.isEmpty())
        out += QStringLiteral(" [Open in Gloss](%1)").arg(link);
    out += QStringLiteral(" ^gloss-%1\n").arg(h.id);
    if (!h.note.trimmed().isEmpty())
        out += u'\n' + h.note.trimmed() + u'\n';
    return out + u'\n';
}

// Article text is not Markdown: characters Markdown would read as syntax are escaped.
QString escaped(QStringView line)
{
    QString out;
    for (const QChar c : line) {
        if (QStringView(u"\\*_`[]<=").contains(c))
            out += u'\\';
        out += c;
    }
    if (!out.isEmpty()
        && (out.front() == u'#' || out.front() == u'>' || out.front() == u'-'
            || out.front() == u'+'))
        out.prepend(u'\\');
    return out;
}

} // namespace

QString MarkdownExporter::markedText(const QString &text, const QList<Highlight> &highlights)
{
    // Which characters are marked; where an overlapping highlight starts inside another, only
    // its footnote is added.
    QList<Highlight> sorted;
    for (const Highlight &h : highlights) {
        if (h.state != AnchorState::Orphaned && h.selector.start >= 0
            && h.selector.end <= text.size() && h.selector.start < h.selector.end)
            sorted << h;
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Highlight &a, const Highlight &b) {
        return a.selector.start < b.selector.start;
    });
    std::vector<bool> marked(size_t(text.size()), false);
    QMultiHash<int, qint64> notesAt; // footnote references after these offsets
    QString footnotes;
    int covered = 0;
    for (const Highlight &h : std::as_const(sorted)) {
        if (h.selector.start >= covered) {
            for (int i = h.selector.start; i < h.selector.end; ++i)
                marked[size_t(i)] = true;
            covered = h.selector.end;
        }
        if (!h.note.trimmed().isEmpty()) {
            notesAt.insert(h.selector.end, h.id);
            footnotes += QStringLiteral("[^gloss-%1]: %2\n").arg(h.id).arg(h.note.simplified());
        }
    }

    QString out;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QString line;
        bool open = false;
        qsizetype run = lineStart;
        auto flush = [&](qsizetype to) {
            line += escaped(QStringView(text).mid(run, to - run));
            run = to;
        };
        for (qsizetype i = lineStart; i <= lineEnd; ++i) {
            const bool in = i < lineEnd && marked[size_t(i)];
            if (in != open) {
                flush(i);
                line += QStringLiteral("==");
                open = in;
            }
            if (i > lineStart || i == lineEnd) {
                const QList<qint64> refs = notesAt.values(int(i));
                if (!refs.isEmpty()) {
                    flush(i);
                    if (open) {
                        line += QStringLiteral("==");
                        open = false;
                    }
                    for (auto it = refs.crbegin(); it != refs.crend(); ++it)
                        line += QStringLiteral("[^gloss-%1]").arg(*it);
                    if (i < lineEnd && marked[size_t(i)]) {
                        line += QStringLiteral("==");
                        open = true;
                    }
                }
            }
        }
        flush(lineEnd);
        if (!line.trimmed().isEmpty())
            out += line + QStringLiteral("\n\n");
        lineStart = lineEnd + 1;
    }
    if (!footnotes.isEmpty())
        out += footnotes;
    return out;
}

QString MarkdownExporter::clipboardText(const Highlight &h, const QString &title,
                                        const QString &sourcePath, const QUuid &libraryId)
{
    QString out;
    const QStringList paragraphs = h.selector.exact.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        out += (i > 0 ? QStringLiteral(">\n> ") : QStringLiteral("> ")) + paragraphs.at(i) + u'\n';
    out += QStringLiteral(">\n> — [%1](%2)")
               .arg(QString(title).replace(u']', u')'),
                    QUrl::fromLocalFile(sourcePath).toString(QUrl::FullyEncoded));
    if (const QString link = GlossLink(libraryId, h.articleId, h.id).toString(); !link.isEmpty())
        out += QStringLiteral(" · [Open in Gloss](%1)").arg(link);
    out += u'\n';
    if (!h.note.trimmed().isEmpty())
        out += u'\n' + h.note.trimmed() + u'\n';
    return out;
}

QString MarkdownExporter::render(const ArticleRecord &record, const QList<Highlight> &highlights,
                                 const QDateTime &exportedAt, const QUuid &libraryId, bool fullText,
                                 const ColorNames &colorNames)
{
    const Article &a = record.article;
    QString md = QStringLiteral("---\n");
    md += QStringLiteral("title: %1\n").arg(yaml(a.title));
    if (!a.author.isEmpty())
        md += QStringLiteral("author: %1\n").arg(yaml(a.author));
    if (a.published.isValid())
        md += QStringLiteral("date: %1\n").arg(iso(a.published));
    // Hexo's meaning: a list is one path, a list of lists several.
    if (a.categoryPaths.size() == 1) {
        md += QStringLiteral("categories: %1\n").arg(yamlList(a.categoryPaths.first()));
    } else if (!a.categoryPaths.isEmpty()) {
        md += QStringLiteral("categories:\n");
        for (const QStringList &path : a.categoryPaths)
            md += QStringLiteral("  - %1\n").arg(yamlList(path));
    }
    if (!a.tags.isEmpty())
        md += QStringLiteral("tags: %1\n").arg(yamlList(a.tags));
    md += QStringLiteral("source: %1\n").arg(yaml(record.sourcePath));
    md += QStringLiteral("gloss_id: %1\n").arg(record.id);
    md += QStringLiteral("exported: %1\n").arg(iso(exportedAt));
    md += QStringLiteral("---\n\n# %1\n\n").arg(a.title.simplified());
    if (!record.note.trimmed().isEmpty())
        md += record.note.trimmed() + QStringLiteral("\n\n");

    QList<Highlight> found, lost;
    for (const Highlight &h : highlights)
        (h.state == AnchorState::Orphaned ? lost : found) << h;
    std::stable_sort(found.begin(), found.end(), [](const Highlight &x, const Highlight &y) {
        return x.selector.start < y.selector.start;
    });
    if (!found.isEmpty()) {
        md += QStringLiteral("## Highlights\n\n");
        for (const Highlight &h : found)
            md += block(h, libraryId, colorNames);
    }
    if (!lost.isEmpty()) {
        md += QStringLiteral("## Not found in the current text\n\n");
        for (const Highlight &h : lost)
            md += block(h, libraryId, colorNames);
    }
    if (fullText && !a.text.isEmpty())
        md += QStringLiteral("## Article\n\n") + markedText(a.text, highlights);
    while (md.endsWith(QStringLiteral("\n\n")))
        md.chop(1);
    return md;
}

MarkdownExporter::Report MarkdownExporter::run(const QString &folder, const Options &options)
{
    Report report;
    if (!QDir().mkpath(folder)) {
        report.error
            = QCoreApplication::translate("gloss::MarkdownExporter", "cannot create the folder %1")
                  .arg(folder);
        return report;
    }
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (root.isEmpty() || !QFileInfo(root).isWritable()) {
        report.error = QCoreApplication::translate("gloss::MarkdownExporter",
                                                   "cannot write to the folder %1")
                           .arg(folder);
        return report;
    }

    // The links back into Gloss name this library by its id.
    const QUuid libraryId = QUuid::fromString(SettingsRepository(m_db).libraryId(&report.error));
    if (!report.error.isEmpty())
        return report;
    const ColorNames colorNames = SettingsRepository(m_db).colorNames(&report.error);
    if (!report.error.isEmpty())
        return report;

    const ArticleRepository articles(m_db);
    const CategoryRepository categories(m_db);
    QList<qint64> ids;
    QStringList scopePath;
    if (options.scope == Scope::Article) {
        ids << options.articleId;
    } else {
        std::optional<qint64> category;
        if (options.scope == Scope::Category) {
            category = options.categoryId;
            scopePath = categories.path(options.categoryId);
        }
        ids = articles.annotated(category);
    }

    // Folders mirror category paths; two names that sanitize alike get numbered apart.
    QHash<QString, QHash<QString, QString>> taken; // parent folder -> safe name -> original
    auto folderFor = [&](const QStringList &path) {
        QString dir = root;
        for (const QString &name : path) {
            QHash<QString, QString> &names = taken[dir];
            QString safe = ExportNames::component(name);
            for (int n = 2; names.contains(safe) && names.value(safe) != name; ++n)
                safe = ExportNames::component(name, QStringLiteral(" (%1)").arg(n));
            names.insert(safe, name);
            dir += u'/' + safe;
        }
        return dir;
    };

    // All the highlights in one query, grouped by article.
    HighlightRepository::Filter scope;
    if (options.scope == Scope::Article)
        scope.articleId = options.articleId;
    else if (options.scope == Scope::Category)
        scope.categoryId = options.categoryId;
    QHash<qint64, QList<Highlight>> byArticle;
    for (const Highlight &h : HighlightRepository(m_db).list(scope))
        byArticle[h.articleId] << h;

    int done = 0;
    for (const qint64 id : std::as_const(ids)) {
        if (m_canceled) {
            report.canceled = true;
            break;
        }
        const std::optional<ArticleRecord> record
            = articles.find(id,
                            options.fullText ? ArticleRepository::Detail::Full
                                             : ArticleRepository::Detail::Metadata);
        if (!record) {
            report.error
                = QCoreApplication::translate("gloss::MarkdownExporter", "no article %1 in %2")
                      .arg(id)
                      .arg(m_db.path());
            break;
        }
        const QList<Highlight> highlights = byArticle.value(id);

        QString dir = root;
        if (options.scope != Scope::Article) {
            QStringList path = record->article.categoryPaths.value(0);
            for (const QStringList &candidate : record->article.categoryPaths) {
                if (candidate.mid(0, scopePath.size()) == scopePath) {
                    path = candidate;
                    break;
                }
            }
            dir = folderFor(path);
        }
        const QString file = dir + u'/' + ExportNames::articleFile(record->article.title, id);
        if (!QDir().mkpath(dir) || !QFileInfo(dir).canonicalFilePath().startsWith(root)) {
            report.error
                = QCoreApplication::translate("gloss::MarkdownExporter",
                                              "cannot write %1: the folder cannot be made there")
                      .arg(file);
            break;
        }
        const QByteArray bytes = render(*record, highlights, options.exportedAt, libraryId,
                                        options.fullText, colorNames)
                                     .toUtf8();
        if (!writeFileAtomically(file, bytes, &report.error))
            break;
        report.written << file;
        if (m_progress)
            m_progress(++done, int(ids.size()));
    }
    return report;
}

} // namespace gloss
