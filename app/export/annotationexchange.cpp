#include "annotationexchange.h"

#include "annotate/highlight.h"
#include "annotationfile.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/settingsrepository.h"
#include "library/transaction.h"
#include "util/atomicfile.h"
#include "webannotation.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <QUuid>

namespace gloss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::AnnotationExchange", text);
}

// The namespace of the name-based ids Gloss gives what has no uuid of its own (an article's
// note, a collection), so that the same thing gets the same id in every export.
const QUuid idNamespace(QStringLiteral("868a75d6-573f-42fe-b823-f297b304de4d"));

QString dateKey(const QDateTime &published, const QString &dateRaw)
{
    return published.isValid() ? published.toUTC().toString(Qt::ISODate) : dateRaw;
}

ArticleKey keyOf(const ArticleSource &article)
{
    ArticleKey key;
    key.path = article.relativePath;
    key.title = article.title;
    key.date = dateKey(article.published, article.dateRaw);
    key.url = QUrl::fromLocalFile(article.sourcePath).toString(QUrl::FullyEncoded);
    return key;
}

QString quoted(const ArticleKey &article, const QString &exact)
{
    QString words = exact.simplified();
    if (words.size() > 40)
        words = words.left(39) + u'…';
    return QStringLiteral("%1: «%2»").arg(article.displayName(), words);
}

// Finds the articles an annotation file names among this library's: by relative path, then by
// a path that ends the same way (the posts imported from a folder above or below), then by
// title and date.
class ArticleFinder
{
public:
    explicit ArticleFinder(const QList<ArticleSource> &articles)
    {
        for (const ArticleSource &a : articles) {
            m_byPath.insert(a.relativePath, a.id);
            m_paths << a;
            const QString titleDate = a.title + u'\n' + dateKey(a.published, a.dateRaw);
            if (!m_byTitleDate.contains(titleDate))
                m_byTitleDate.insert(titleDate, a.id);
        }
    }

    qint64 find(const ArticleKey &key)
    {
        const QString cacheKey = key.path + u'\n' + key.title + u'\n' + key.date;
        if (const auto it = m_found.constFind(cacheKey); it != m_found.cend())
            return *it;
        const qint64 id = lookUp(key);
        m_found.insert(cacheKey, id);
        return id;
    }

private:
    qint64 lookUp(const ArticleKey &key) const
    {
        if (!key.path.isEmpty()) {
            if (const auto it = m_byPath.constFind(key.path); it != m_byPath.cend())
                return *it;
            qint64 only = 0;
            int matches = 0;
            for (const ArticleSource &a : m_paths) {
                if (a.relativePath.endsWith(u'/' + key.path)
                    || key.path.endsWith(u'/' + a.relativePath)) {
                    only = a.id;
                    ++matches;
                }
            }
            if (matches == 1)
                return only;
        }
        return m_byTitleDate.value(key.title + u'\n' + key.date);
    }

    QHash<QString, qint64> m_byPath;
    QList<ArticleSource> m_paths;
    QHash<QString, qint64> m_byTitleDate; // the first article of each title and date
    QHash<QString, qint64> m_found;
};

} // namespace

void AnnotationExchange::reportProgress(int done, int total) const
{
    if (m_progress)
        m_progress(done, total);
}

AnnotationExchange::ExportReport AnnotationExchange::exportTo(const QString &path,
                                                              const ExportOptions &options) const
{
    ExportReport report;
    const ArticleRepository articles(m_db);
    HighlightRepository::Filter filter;
    QList<qint64> ids;
    QString scope = QStringLiteral("library");
    if (options.articleId) {
        ids << *options.articleId;
        filter.articleId = options.articleId;
        scope = QStringLiteral("article/%1").arg(*options.articleId);
    } else {
        ids = articles.annotated(options.categoryId, &report.error);
        filter.categoryId = options.categoryId;
        if (options.categoryId)
            scope = QStringLiteral("category/%1").arg(*options.categoryId);
    }
    // A read that failed would export less than there is: nothing is written then.
    QHash<qint64, QList<Highlight>> byArticle;
    if (report.error.isEmpty()) {
        for (const Highlight &h : HighlightRepository(m_db).list(filter, &report.error))
            byArticle[h.articleId] << h;
    }
    QHash<qint64, ArticleSource> sources;
    if (report.error.isEmpty()) {
        for (const ArticleSource &a : articles.sources(&report.error))
            sources.insert(a.id, a);
    }
    if (!report.error.isEmpty())
        return report;
    QList<WebAnnotation> annotations;
    int done = 0;
    for (const qint64 id : std::as_const(ids)) {
        if (m_canceled) {
            report.canceled = true;
            return report;
        }
        reportProgress(done++, int(ids.size()));
        const auto source = sources.constFind(id);
        if (source == sources.cend()) {
            report.error = tr("no article %1 in %2").arg(id).arg(m_db.path());
            return report;
        }
        const ArticleKey key = keyOf(*source);
        const QList<Highlight> ofArticle = byArticle.value(id);
        // The text only to count characters as the W3C model does.
        const QString text = ofArticle.isEmpty() ? QString() : articles.text(id, &report.error);
        if (!report.error.isEmpty())
            return report;
        if (!source->note.isEmpty()) {
            WebAnnotation note;
            note.isArticleNote = true;
            note.uuid
                = QUuid::createUuidV5(
                      idNamespace,
                      QStringLiteral("article-note\n%1\n%2\n%3").arg(key.path, key.title, key.date))
                      .toString(QUuid::WithoutBraces);
            note.article = key;
            note.created = note.modified = source->noteUpdatedAt;
            note.note = source->note;
            annotations << note;
            ++report.articleNotes;
        }
        for (const Highlight &h : ofArticle) {
            WebAnnotation a;
            a.uuid = h.uuid;
            a.article = key;
            a.created = h.createdAt;
            a.modified = h.updatedAt;
            a.note = h.note;
            a.color = h.color;
            a.tags = h.tags;
            a.selector = h.selector;
            a.selector.start = WebAnnotation::toCodePoints(text, h.selector.start);
            a.selector.end = WebAnnotation::toCodePoints(text, h.selector.end);
            a.hasPosition = true;
            a.state = h.state;
            annotations << a;
            ++report.highlights;
        }
    }

    AnnotationFile::Header header;
    header.libraryId = SettingsRepository(m_db).libraryId(&report.error);
    if (!report.error.isEmpty())
        return report;
    header.id = QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(idNamespace, header.libraryId + u'\n' + scope)
              .toString(QUuid::WithoutBraces);
    header.generator = QStringLiteral("Gloss %1").arg(QCoreApplication::applicationVersion());
    header.generated = options.generatedAt;
    writeFileAtomically(path, AnnotationFile::write(header, annotations), &report.error);
    return report;
}

AnnotationExchange::ImportReport AnnotationExchange::importFrom(const QString &path) const
{
    ImportReport report;
    const AnnotationFile::ReadResult file = AnnotationFile::read(path);
    if (!file.error.isEmpty()) {
        report.error = file.error;
        return report;
    }
    const auto failed = [&](const QString &reason) {
        ImportReport failure;
        failure.error = tr("cannot import %1 into %2 (nothing was changed): %3")
                            .arg(path, m_db.path(), reason);
        return failure;
    };

    ArticleRepository articles(m_db);
    HighlightRepository highlights(m_db);
    // Read inside the transaction: what is merged is what the library holds while it merges.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed(transaction.error());
    QString error;
    const QList<ArticleSource> list = articles.sources(&error);
    if (!error.isEmpty())
        return failed(error);
    QHash<qint64, ArticleSource> sources;
    for (const ArticleSource &a : list)
        sources.insert(a.id, a);
    ArticleFinder finder(list);
    const QHash<QString, QDateTime> stored = highlights.uuids(&error);
    if (!error.isEmpty())
        return failed(error);
    QHash<qint64, QString> texts;
    QList<Highlight> added; // stored together at the end

    int done = 0;
    for (const WebAnnotation &a : file.annotations) {
        if (m_canceled) {
            ImportReport canceled; // the transaction is rolled back
            canceled.canceled = true;
            return canceled;
        }
        reportProgress(done++, int(file.annotations.size()));
        const qint64 articleId = finder.find(a.article);
        if (articleId == 0) {
            ++report.skipped;
            if (!report.skippedArticles.contains(a.article.displayName()))
                report.skippedArticles << a.article.displayName();
            continue;
        }

        if (a.isArticleNote) {
            ArticleSource &article = sources[articleId];
            const bool newer = !article.noteUpdatedAt.isValid()
                || (a.modified.isValid() && a.modified > article.noteUpdatedAt);
            if (article.note == a.note || !newer) {
                ++report.unchanged;
                continue;
            }
            if (!articles.setNote(articleId, a.note, a.modified, &error))
                return failed(error);
            ++(article.note.isEmpty() ? report.added : report.updated);
            article.note = a.note;
            article.noteUpdatedAt = a.modified;
            continue;
        }

        if (const auto version = stored.constFind(a.uuid); version != stored.cend()) {
            // The library's anchoring stays: it was made against this library's text.
            if (!a.modified.isValid() || a.modified <= *version) {
                ++report.unchanged;
                continue;
            }
            const std::optional<Highlight> existing = highlights.findByUuid(a.uuid, &error);
            if (!existing)
                return failed(error.isEmpty() ? tr("highlight %1 disappeared").arg(a.uuid) : error);
            Highlight h = *existing;
            h.color = a.color;
            h.note = a.note;
            h.tags = a.tags;
            h.updatedAt = a.modified;
            if (a.created.isValid() && a.created < h.createdAt)
                h.createdAt = a.created;
            if (!highlights.replace(h, &error))
                return failed(error);
            ++report.updated;
            continue;
        }

        auto text = texts.find(articleId);
        if (text == texts.end()) {
            text = texts.insert(articleId, articles.text(articleId, &error));
            if (!error.isEmpty())
                return failed(error);
        }
        TextSelector selector = a.selector;
        selector.start = a.hasPosition ? WebAnnotation::toUtf16(*text, a.selector.start) : 0;
        selector.end = a.hasPosition ? WebAnnotation::toUtf16(*text, a.selector.end) : 0;
        const Anchor::Result found = Anchor::locate(*text, selector);

        Highlight h;
        h.articleId = articleId;
        h.uuid = a.uuid;
        h.color = a.color;
        h.note = a.note;
        h.tags = a.tags;
        h.updatedAt = a.modified.isValid() ? a.modified : QDateTime::currentDateTimeUtc();
        h.createdAt = a.created.isValid() ? a.created : h.updatedAt;
        h.state = found.state;
        if (found.state == AnchorState::Orphaned) {
            h.selector = selector; // the words it had are all that is left of it
        } else {
            h.selector = Anchor::select(*text, found.start, found.end);
            // Without a position in the file, the same words anywhere are where it was.
            if (!a.hasPosition && h.selector.exact == a.selector.exact)
                h.state = AnchorState::Ok;
            // Moved where it came from and not seen since: it stays marked for a look.
            if (h.state == AnchorState::Ok && a.state == AnchorState::Moved)
                h.state = AnchorState::Moved;
        }
        added << h;
        ++report.added;
        if (h.state == AnchorState::Moved) {
            ++report.moved;
            report.movedHighlights << quoted(a.article, a.selector.exact);
        } else if (h.state == AnchorState::Orphaned) {
            ++report.orphaned;
            report.orphanedHighlights << quoted(a.article, a.selector.exact);
        }
    }
    if (!highlights.addAsIs(added, &error))
        return failed(error);
    if (!transaction.commit())
        return failed(transaction.error());
    return report;
}

} // namespace gloss
