#include "export/annotationexchange.h"
#include "export/annotationfile.h"
#include "export/webannotation.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/settingsrepository.h"
#include "testsupport.h"
#include "util/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace gloss;
using namespace gloss::test;

namespace {

const QString seedTitle = QStringLiteral("AI芯片，撑得过明年吗？");

// Real posts from the corpus: the seed and a few Markdown posts with tags of their own.
const QStringList postFiles { QStringLiteral("seed/000_ef5d5e89255a9b09.txt"),
                              QStringLiteral("hexo-markdown/C3.md"),
                              QStringLiteral("hexo-markdown/EDA0.md"),
                              QStringLiteral("hexo-html/deepmind-enformer.md") };

} // namespace

class TestAnnotationExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_a; // the library the annotations are made in
    std::unique_ptr<Database> m_b; // a library made from copies of the same posts elsewhere
    QString m_exported; // A's annotations
    int m_annotationCount = 0;

    // The posts copied under folder (the same relative paths); returns the folder.
    QString copyPosts(const QString &name, const QStringList &files = postFiles)
    {
        const QString folder = m_dir.filePath(name);
        for (const QString &file : files) {
            if (!writeFile(folder + u'/' + file, readFile(corpusDir() + u'/' + file)))
                return {};
        }
        return folder;
    }

    std::unique_ptr<Database> library(const QString &name, const QString &posts)
    {
        std::unique_ptr<Database> db
            = Database::open(m_dir.filePath(name + QStringLiteral(".gloss"))).database;
        if (db)
            Importer(*db).run(posts);
        return db;
    }

    static qint64 idOf(const Database &db, const QString &title)
    {
        for (const ArticleSummary &a : ArticleRepository(db).list({}))
            if (a.title == title)
                return a.id;
        return 0;
    }

    static qint64 highlight(const Database &db, qint64 article, const QString &quote,
                            const QString &color, const QString &note, const QStringList &tags = {})
    {
        const QString text = ArticleRepository(db).find(article)->article.text;
        const int start = int(text.indexOf(quote));
        if (start < 0)
            return 0;
        Highlight h;
        h.articleId = article;
        h.color = color;
        h.note = note;
        h.tags = tags;
        h.selector = Anchor::select(text, start, start + int(quote.size()));
        QString error;
        return HighlightRepository(db).add(h, &error);
    }

    // Everything a library keeps about annotations, row by row, for before/after comparisons.
    static QStringList dump(const Database &db)
    {
        QStringList rows;
        QSqlQuery q(db.connection());
        for (const QString &sql :
             { QStringLiteral("SELECT * FROM highlights ORDER BY id"),
               QStringLiteral("SELECT * FROM highlight_tags ORDER BY highlight_id, tag_id"),
               QStringLiteral("SELECT * FROM tags ORDER BY id"),
               QStringLiteral("SELECT * FROM article_tags ORDER BY article_id, tag_id"),
               QStringLiteral("SELECT id, note, note_updated_at FROM articles ORDER BY id"),
               QStringLiteral("SELECT * FROM settings ORDER BY key") }) {
            if (!q.exec(sql))
                return { sql + QStringLiteral(" failed") };
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                rows << values.join(u'|');
            }
        }
        return rows;
    }

    // Highlights by uuid, with their article's title in place of its id.
    static QHash<QString, Highlight> byUuid(const Database &db)
    {
        QHash<QString, Highlight> map;
        for (Highlight h : HighlightRepository(db).list()) {
            h.articleId = qHash(ArticleRepository(db).title(h.articleId));
            h.id = 0;
            map.insert(h.uuid, h);
        }
        return map;
    }

    static void compareHighlights(const Highlight &a, const Highlight &b)
    {
        QCOMPARE(b.uuid, a.uuid);
        QCOMPARE(b.articleId, a.articleId); // the same title
        QCOMPARE(b.color, a.color);
        QCOMPARE(b.note, a.note);
        QCOMPARE(b.tags, a.tags);
        QCOMPARE(b.selector.exact, a.selector.exact);
        QCOMPARE(b.selector.prefix, a.selector.prefix);
        QCOMPARE(b.selector.suffix, a.selector.suffix);
        QCOMPARE(b.selector.start, a.selector.start);
        QCOMPARE(b.selector.end, a.selector.end);
        QCOMPARE(b.state, a.state);
        QCOMPARE(b.createdAt, a.createdAt);
        QCOMPARE(b.updatedAt, a.updatedAt);
    }

    // One annotation that A's seed article would accept, to be spoiled by a test.
    static QJsonObject validAnnotation()
    {
        return QJsonObject {
            { QStringLiteral("type"), QStringLiteral("Annotation") },
            { QStringLiteral("id"),
              QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("created"), QStringLiteral("2024-05-01T10:00:00Z") },
            { QStringLiteral("modified"), QStringLiteral("2024-05-01T10:00:00Z") },
            { QStringLiteral("gloss:color"), QStringLiteral("yellow") },
            { QStringLiteral("body"),
              QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                            { QStringLiteral("purpose"), QStringLiteral("tagging") },
                            { QStringLiteral("value"), QStringLiteral("hostile") } } },
            { QStringLiteral("target"),
              QJsonObject { { QStringLiteral("source"),
                              QJsonObject { { QStringLiteral("gloss:path"),
                                              QStringLiteral("seed/000_ef5d5e89255a9b09.txt") },
                                            { QStringLiteral("gloss:title"), seedTitle } } },
                            { QStringLiteral("selector"),
                              QJsonArray { QJsonObject { { QStringLiteral("type"),
                                                           QStringLiteral("TextQuoteSelector") },
                                                         { QStringLiteral("exact"),
                                                           QStringLiteral("AI芯片这一行") } },
                                           QJsonObject { { QStringLiteral("type"),
                                                           QStringLiteral("TextPositionSelector") },
                                                         { QStringLiteral("start"), 0 },
                                                         { QStringLiteral("end"), 7 } } } } } }
        };
    }

    static QByteArray collection(const QJsonArray &items)
    {
        return QJsonDocument(
                   QJsonObject {
                       { QStringLiteral("@context"), QLatin1String(AnnotationFile::context) },
                       { QStringLiteral("type"), QStringLiteral("AnnotationCollection") },
                       { QStringLiteral("first"),
                         QJsonObject { { QStringLiteral("type"), QStringLiteral("AnnotationPage") },
                                       { QStringLiteral("items"), items } } } })
            .toJson();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString posts = copyPosts(QStringLiteral("posts-a"));
        QVERIFY(!posts.isEmpty());
        m_a = library(QStringLiteral("a"), posts);
        QVERIFY(m_a);
        QCOMPARE(ArticleRepository(*m_a).count(), postFiles.size());
        const qint64 seed = idOf(*m_a, seedTitle);
        QVERIFY(seed);
        QVERIFY(highlight(*m_a, seed, QStringLiteral("往日的热闹逝去已久"),
                          QStringLiteral("yellow"), QStringLiteral("开头就说冷了 #问题"),
                          { QStringLiteral("reading") }));
        QVERIFY(highlight(*m_a, seed, QStringLiteral("资本如酒，能壮创业胆"),
                          QStringLiteral("green"), QString(),
                          { QStringLiteral("two words"), QStringLiteral("AI芯片") }));
        QVERIFY(highlight(*m_a, seed, QStringLiteral("AI芯片市场如今进入洗牌时刻"),
                          QStringLiteral("blue"), QStringLiteral("洗牌\n两行笔记")));
        QVERIFY(ArticleRepository(*m_a).setNote(seed, QStringLiteral("整篇的笔记：值得重读。")));
        const qint64 c3 = idOf(*m_a, QStringLiteral("gcc"));
        QVERIFY(c3);
        const QString c3Text = ArticleRepository(*m_a).find(c3)->article.text;
        QVERIFY(highlight(*m_a, c3, c3Text.mid(40, 25), QStringLiteral("pink"),
                          QStringLiteral("about gcc"), { QStringLiteral("C") }));
        qint64 html = 0;
        for (const ArticleSource &a : ArticleRepository(*m_a).sources())
            if (a.relativePath == u"hexo-html/deepmind-enformer.md")
                html = a.id;
        QVERIFY(html);
        const QString htmlText = ArticleRepository(*m_a).find(html)->article.text;
        QVERIFY(highlight(*m_a, html, htmlText.mid(200, 30), QStringLiteral("purple"), QString()));
        m_annotationCount = 5 + 1;

        m_exported = m_dir.filePath(QStringLiteral("a.jsonld"));
        const AnnotationExchange::ExportReport report
            = AnnotationExchange(*m_a).exportTo(m_exported, {});
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.highlights, 5);
        QCOMPARE(report.articleNotes, 1);

        // B: the same posts copied to another folder, a library built from scratch.
        m_b = library(QStringLiteral("b"), copyPosts(QStringLiteral("elsewhere/posts-b")));
        QVERIFY(m_b);
    }

    void exportIsWebAnnotationJsonLd()
    {
        const QJsonObject top = QJsonDocument::fromJson(readFile(m_exported)).object();
        QCOMPARE(top.value(QStringLiteral("@context")).toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(top.value(QStringLiteral("type")).toString(),
                 QStringLiteral("AnnotationCollection"));
        QCOMPARE(top.value(QStringLiteral("total")).toInt(), m_annotationCount);
        QCOMPARE(top.value(QStringLiteral("gloss:library")).toString(),
                 QStringLiteral("urn:uuid:") + SettingsRepository(*m_a).libraryId());
        const QJsonArray items = top.value(QStringLiteral("first"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), m_annotationCount);

        // Each article's note first, then its highlights in document order.
        QJsonObject note, first;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            if (item.value(QStringLiteral("motivation")).toString() == u"commenting") {
                QVERIFY(note.isEmpty());
                note = item;
                first = items.at(i + 1).toObject();
            }
        }
        QCOMPARE(first.value(QStringLiteral("motivation")).toString(),
                 QStringLiteral("highlighting"));
        QCOMPARE(note.value(QStringLiteral("body"))[QStringLiteral("value")].toString(),
                 QStringLiteral("整篇的笔记：值得重读。"));
        QVERIFY(!note.value(QStringLiteral("target")).toObject().contains(u"selector"));

        HighlightRepository::Filter filter;
        filter.tags = { QStringLiteral("Reading") };
        const Highlight tagged = HighlightRepository(*m_a).list(filter).constFirst();
        QCOMPARE(first.value(QStringLiteral("id")).toString(),
                 QStringLiteral("urn:uuid:") + tagged.uuid);
        QCOMPARE(first.value(QStringLiteral("gloss:color")).toString(), QStringLiteral("yellow"));
        QCOMPARE(first.value(QStringLiteral("created")).toString(),
                 tagged.createdAt.toString(Qt::ISODate));
        const QJsonArray bodies = first.value(QStringLiteral("body")).toArray();
        QStringList purposes;
        for (const QJsonValue &body : bodies)
            purposes << body[QStringLiteral("purpose")].toString() + u'='
                    + body[QStringLiteral("value")].toString();
        QCOMPARE(
            purposes,
            QStringList({ QStringLiteral("commenting=开头就说冷了 #问题"),
                          QStringLiteral("tagging=reading"), QStringLiteral("tagging=问题") }));
        const QJsonObject target = first.value(QStringLiteral("target")).toObject();
        const QJsonObject source = target.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("gloss:path")).toString(),
                 QStringLiteral("seed/000_ef5d5e89255a9b09.txt"));
        QCOMPARE(source.value(QStringLiteral("gloss:title")).toString(), seedTitle);
        QCOMPARE(source.value(QStringLiteral("gloss:date")).toString(),
                 QStringLiteral("2022-04-11T08:56:00Z"));
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        QCOMPARE(selectors.at(0)[QStringLiteral("type")].toString(),
                 QStringLiteral("TextQuoteSelector"));
        QCOMPARE(selectors.at(0)[QStringLiteral("exact")].toString(),
                 QStringLiteral("往日的热闹逝去已久"));
        QCOMPARE(selectors.at(0)[QStringLiteral("prefix")].toString(), tagged.selector.prefix);
        QCOMPARE(selectors.at(1)[QStringLiteral("type")].toString(),
                 QStringLiteral("TextPositionSelector"));
        QCOMPARE(selectors.at(1)[QStringLiteral("start")].toInt(), tagged.selector.start);
        QCOMPARE(selectors.at(1)[QStringLiteral("end")].toInt(), tagged.selector.end);
    }

    void canceledExchangeWritesAndChangesNothing()
    {
        // Canceled from its progress handler once one annotation is merged: the import's
        // transaction is rolled back.
        const QStringList before = dump(*m_b);
        AnnotationExchange importer(*m_b);
        QList<int> done;
        importer.setProgressHandler([&](int count, int total) {
            QCOMPARE(total, m_annotationCount);
            done << count;
            if (count == 1)
                importer.cancel();
        });
        const AnnotationExchange::ImportReport imported = importer.importFrom(m_exported);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QVERIFY(imported.canceled);
        QCOMPARE(done, QList<int>({ 0, 1 }));
        QCOMPARE(imported.added, 0);
        QCOMPARE(dump(*m_b), before);

        // An export canceled after its first article writes no file.
        const QString file = m_dir.filePath(QStringLiteral("canceled.jsonld"));
        AnnotationExchange exporter(*m_a);
        exporter.setProgressHandler([&](int count, int) {
            if (count == 1)
                exporter.cancel();
        });
        const AnnotationExchange::ExportReport exported = exporter.exportTo(file, {});
        QVERIFY(exported.ok());
        QVERIFY(exported.canceled);
        QVERIFY(!QFileInfo::exists(file));
    }

    void importRebuildsTheAnnotations()
    {
        const AnnotationExchange::ImportReport report
            = AnnotationExchange(*m_b).importFrom(m_exported);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.added, m_annotationCount);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.unchanged, 0);
        QCOMPARE(report.moved, 0);
        QCOMPARE(report.orphaned, 0);
        QCOMPARE(report.skipped, 0);

        const QHash<QString, Highlight> a = byUuid(*m_a);
        const QHash<QString, Highlight> b = byUuid(*m_b);
        QCOMPARE(b.size(), a.size());
        for (const Highlight &h : a) {
            QVERIFY2(b.contains(h.uuid), qPrintable(h.uuid));
            compareHighlights(h, b.value(h.uuid));
        }
        const ArticleRecord noteA = *ArticleRepository(*m_a).find(idOf(*m_a, seedTitle));
        const ArticleRecord noteB = *ArticleRepository(*m_b).find(idOf(*m_b, seedTitle));
        QCOMPARE(noteB.note, noteA.note);
        QCOMPARE(noteB.noteUpdatedAt, noteA.noteUpdatedAt);
        // The highlight tag C and the post's own tag c are one tag; the post keeps its tags.
        const ArticleRecord gcc = *ArticleRepository(*m_b).find(idOf(*m_b, QStringLiteral("gcc")));
        QCOMPARE(gcc.article.tags, QStringList({ QStringLiteral("c"), QStringLiteral("gcc") }));
        HighlightRepository::Filter filter;
        filter.tags = { QStringLiteral("c") };
        QCOMPARE(HighlightRepository(*m_b).list(filter).size(), 1);
    }

    void importingAgainChangesNothing()
    {
        const QStringList before = dump(*m_b);
        const AnnotationExchange::ImportReport report
            = AnnotationExchange(*m_b).importFrom(m_exported);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.added, 0);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.unchanged, m_annotationCount);
        QCOMPARE(dump(*m_b), before);
    }

    void newerVersionWinsOlderDoesNot()
    {
        // A changes one highlight later on; its export updates B, and the old file does not undo
        // it.
        HighlightRepository highlights(*m_a);
        Highlight changed = highlights.list().at(1);
        changed.note = QStringLiteral("改过的笔记");
        changed.color = QStringLiteral("purple");
        changed.tags = { QStringLiteral("later") };
        changed.updatedAt = changed.updatedAt.addSecs(60);
        QString error;
        QVERIFY2(highlights.replace(changed, &error), qPrintable(error));
        const QString newer = m_dir.filePath(QStringLiteral("a-newer.jsonld"));
        QVERIFY(AnnotationExchange(*m_a).exportTo(newer, {}).ok());

        AnnotationExchange::ImportReport report = AnnotationExchange(*m_b).importFrom(newer);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.unchanged, m_annotationCount - 1);
        const Highlight inB = *HighlightRepository(*m_b).findByUuid(changed.uuid);
        QCOMPARE(inB.note, QStringLiteral("改过的笔记"));
        QCOMPARE(inB.color, QStringLiteral("purple"));
        QCOMPARE(inB.tags, QStringList { QStringLiteral("later") });
        QCOMPARE(inB.updatedAt, changed.updatedAt);

        const QStringList before = dump(*m_b);
        report = AnnotationExchange(*m_b).importFrom(m_exported);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.unchanged, m_annotationCount);
        QCOMPARE(dump(*m_b), before);
    }

    void editedArticleReportsMovedAndOrphaned()
    {
        // C's copy of the seed has a new paragraph at the top and one highlighted sentence gone.
        const QString posts = copyPosts(QStringLiteral("posts-c"));
        const QString seedFile = posts + QStringLiteral("/seed/000_ef5d5e89255a9b09.txt");
        QByteArray bytes = readFile(seedFile);
        QVERIFY(bytes.contains("资本如酒，能壮创业胆"));
        bytes.replace("资本如酒，能壮创业胆", "这一句已经删去了");
        const qsizetype bodyStart = bytes.indexOf("---\n", bytes.indexOf("---") + 3) + 4;
        bytes.insert(bodyStart, "<p>编者按：这是后来加在开头的一段话。</p>\n");
        QVERIFY(writeFile(seedFile, bytes));
        const std::unique_ptr<Database> c = library(QStringLiteral("c"), posts);
        QVERIFY(c);

        const AnnotationExchange::ImportReport report
            = AnnotationExchange(*c).importFrom(m_exported);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.added, m_annotationCount);
        QCOMPARE(report.moved, 2);
        QCOMPARE(report.orphaned, 1);
        QCOMPARE(report.orphanedHighlights.size(), 1);
        QVERIFY2(report.orphanedHighlights.first().contains(seedTitle),
                 qPrintable(report.orphanedHighlights.first()));
        QVERIFY(report.orphanedHighlights.first().contains(u"资本如酒，能壮创业胆"));
        QCOMPARE(report.movedHighlights.size(), 2);
        for (const QString &name : report.movedHighlights)
            QVERIFY2(name.contains(seedTitle), qPrintable(name));

        // The orphan is kept, with its words and tags, apart from the others.
        HighlightRepository::Filter filter;
        filter.tags = { QStringLiteral("Two Words") };
        const QList<Highlight> orphans = HighlightRepository(*c).list(filter);
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().state, AnchorState::Orphaned);
        QCOMPARE(orphans.first().selector.exact, QStringLiteral("资本如酒，能壮创业胆"));
        // The moved ones point at their words in C's text.
        const QString text = ArticleRepository(*c).find(idOf(*c, seedTitle))->article.text;
        for (const Highlight &h : HighlightRepository(*c).list()) {
            if (h.state == AnchorState::Moved)
                QCOMPARE(text.mid(h.selector.start, h.selector.end - h.selector.start),
                         h.selector.exact);
        }
    }

    void unknownArticlesAreSkippedByName()
    {
        // D has only the seed: the other articles' annotations are reported, not imported.
        const std::unique_ptr<Database> d = library(
            QStringLiteral("d"), copyPosts(QStringLiteral("posts-d"), { postFiles.first() }));
        QVERIFY(d);
        const AnnotationExchange::ImportReport report
            = AnnotationExchange(*d).importFrom(m_exported);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.added, 4); // the seed's three highlights and its note
        QCOMPARE(report.skipped, 2);
        QCOMPARE(report.skippedArticles.size(), 2);
        QVERIFY2(report.skippedArticles.contains(QStringLiteral("gcc (hexo-markdown/C3.md)")),
                 qPrintable(report.skippedArticles.join(u'\n')));
    }

    void findsArticleByTitleAndDate()
    {
        // The seed saved under another name in another folder is still the seed.
        const QString posts = m_dir.filePath(QStringLiteral("posts-e"));
        QVERIFY(writeFile(posts + QStringLiteral("/renamed/article.txt"), readFile(seedPath())));
        const std::unique_ptr<Database> e = library(QStringLiteral("e"), posts);
        const AnnotationExchange::ImportReport report
            = AnnotationExchange(*e).importFrom(m_exported);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.added, 4);
        QCOMPARE(report.moved + report.orphaned, 0);
    }

    void positionsCountCodePoints()
    {
        // The W3C model counts characters; Gloss counts UTF-16 units: 😀 is two of them.
        const QString text = QStringLiteral("a😀b😀cd");
        QCOMPARE(WebAnnotation::toCodePoints(text, 3), 2);
        QCOMPARE(WebAnnotation::toCodePoints(text, 6), 4);
        QCOMPARE(WebAnnotation::toUtf16(text, 2), 3);
        QCOMPARE(WebAnnotation::toUtf16(text, 4), 6);
        QCOMPARE(WebAnnotation::toUtf16(text, WebAnnotation::toCodePoints(text, 7)), 7);
        QCOMPARE(WebAnnotation::toCodePoints(text, 10), 8); // past the end stays past it

        const QString posts = m_dir.filePath(QStringLiteral("posts-emoji"));
        QVERIFY(writeFile(posts + QStringLiteral("/emoji.md"),
                          "---\ntitle: Emoji\ndate: 2024-01-01 10:00:00\n---\n\n"
                          "😀😀 Then the passage that matters.\n"));
        const std::unique_ptr<Database> f = library(QStringLiteral("f"), posts);
        const qint64 id = idOf(*f, QStringLiteral("Emoji"));
        QVERIFY(highlight(*f, id, QStringLiteral("passage"), QStringLiteral("yellow"), QString()));
        const QString file = m_dir.filePath(QStringLiteral("emoji.jsonld"));
        QVERIFY(AnnotationExchange(*f).exportTo(file, {}).ok());
        const QJsonObject position
            = QJsonDocument::fromJson(readFile(file))
                  .object()[QStringLiteral("first")][QStringLiteral("items")]
                  .toArray()
                  .at(0)[QStringLiteral("target")][QStringLiteral("selector")]
                  .toArray()
                  .at(1)
                  .toObject();
        QCOMPARE(position.value(QStringLiteral("start")).toInt(), 12);
        QCOMPARE(position.value(QStringLiteral("end")).toInt(), 19);

        const std::unique_ptr<Database> g = library(QStringLiteral("g"), posts);
        const AnnotationExchange::ImportReport report = AnnotationExchange(*g).importFrom(file);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.added, 1);
        QCOMPARE(report.moved, 0);
        QCOMPARE(HighlightRepository(*g).list().first().selector.start, 14);
    }

    void scopeOfAnExport()
    {
        const QString file = m_dir.filePath(QStringLiteral("one.jsonld"));
        AnnotationExchange::ExportOptions options;
        options.articleId = idOf(*m_a, QStringLiteral("gcc"));
        const AnnotationExchange::ExportReport report
            = AnnotationExchange(*m_a).exportTo(file, options);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.highlights, 1);
        QCOMPARE(report.articleNotes, 0);
        options.articleId = 99999;
        const AnnotationExchange::ExportReport missing
            = AnnotationExchange(*m_a).exportTo(file, options);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(u"99999"), qPrintable(missing.error));
    }

    void otherShapesOfTheFormat()
    {
        // A plain array and a single Annotation, as other tools write them.
        QJsonObject one = validAnnotation();
        const QString array = m_dir.filePath(QStringLiteral("array.json"));
        QVERIFY(writeFile(array, QJsonDocument(QJsonArray { one }).toJson()));
        AnnotationFile::ReadResult read = AnnotationFile::read(array);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.annotations.size(), 1);
        QCOMPARE(read.annotations.first().tags, QStringList { QStringLiteral("hostile") });
        one.insert(QStringLiteral("@context"), QLatin1String(AnnotationFile::context));
        const QString single = m_dir.filePath(QStringLiteral("single.json"));
        QVERIFY(writeFile(single, QJsonDocument(one).toJson()));
        read = AnnotationFile::read(single);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.annotations.first().selector.exact, QStringLiteral("AI芯片这一行"));
    }

    void writerMakesJsonThatParsesBack()
    {
        // Every character that JSON must escape, CJK, an emoji, empty containers, numbers.
        const QString nasty = QStringLiteral("quote \" backslash \\ slash / newline \n tab \t"
                                             " cr \r nul \u0000 bell \u0007 del \u007f 中文 😀");
        JsonWriter json;
        json.beginObject();
        json.key(QLatin1String("text")).value(nasty);
        json.key(QLatin1String("empty")).value(QString());
        json.key(QLatin1String("list")).beginArray();
        json.value(-42);
        json.value(qint64(1) << 40);
        json.beginObject();
        json.endObject();
        json.beginArray();
        json.endArray();
        json.endArray();
        json.endObject();
        const QByteArray bytes = json.take();
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.value(QStringLiteral("text")).toString(), nasty);
        QCOMPARE(parsed.value(QStringLiteral("empty")).toString(), QString());
        const QJsonArray list = parsed.value(QStringLiteral("list")).toArray();
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(0).toInteger(), -42);
        QCOMPARE(list.at(1).toInteger(), qint64(1) << 40);
        QVERIFY(list.at(2).toObject().isEmpty());
        QVERIFY(list.at(3).toArray().isEmpty());
        QVERIFY2(bytes.startsWith("{\n  \"text\": \"quote \\\" backslash"), bytes.constData());
    }

    void qtRefusesDeepNestingItself()
    {
        // Qt's parser has a depth limit of its own (1024 in Qt 6.4); Gloss's is far lower and
        // is checked before parsing, so neither recursion nor memory depends on the file.
        const QByteArray deep = QByteArray(2000, '[') + QByteArray(2000, ']');
        QJsonParseError error;
        QJsonDocument::fromJson(deep, &error);
        QCOMPARE(error.error, QJsonParseError::DeepNesting);
    }

    void hostileFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");

        QTest::newRow("not JSON") << QByteArray("this is { not json") << QStringLiteral("not JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("another JSON-LD context")
            << QByteArray("{\"@context\": \"https://schema.org\", \"type\": \"Person\"}")
            << QStringLiteral("@context");
        QTest::newRow("neither collection nor annotation") << QByteArray(
            "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Person\"}")
                                                           << QStringLiteral("neither");
        QTest::newRow("page not in the file")
            << QByteArray("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\","
                          "\"type\": \"AnnotationCollection\", \"first\": \"https://x/page1\"}")
            << QStringLiteral("not in the file");
        QTest::newRow("nesting 10,000 deep")
            << QByteArray(10000, '[') + QByteArray(10000, ']') << QStringLiteral("nested more");
        QTest::newRow("a 10 MB string")
            << collection({ QJsonObject { { QStringLiteral("note"), QString(10 << 20, u'x') } } })
            << QStringLiteral("longer than 1 MB");

        const auto spoiled = [](const std::function<void(QJsonObject &)> &spoil) {
            QJsonObject a = validAnnotation();
            spoil(a);
            return collection({ validAnnotation(), a });
        };
        QTest::newRow("annotation not an object")
            << collection({ validAnnotation(), QStringLiteral("x") })
            << QStringLiteral("annotation 2 is not an object");
        QTest::newRow("id a number")
            << spoiled([](QJsonObject &a) { a.insert(QStringLiteral("id"), 42); })
            << QStringLiteral("annotation 2: \"id\" must be a string");
        QTest::newRow("id not a uuid") << spoiled([](QJsonObject &a) {
            a.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:not-a-uuid"));
        }) << QStringLiteral("not a urn:uuid");
        QTest::newRow("id a web address") << spoiled([](QJsonObject &a) {
            a.insert(QStringLiteral("id"), QStringLiteral("https://hypothes.is/a/abc"));
        }) << QStringLiteral("not a urn:uuid");
        QTest::newRow("same uuid twice") << [] {
            const QJsonObject a = validAnnotation();
            return collection({ a, a });
        }() << QStringLiteral("more than once");
        QTest::newRow("colour not one of the five") << spoiled([](QJsonObject &a) {
            a.insert(QStringLiteral("gloss:color"), QStringLiteral("red"));
        }) << QStringLiteral("unknown colour \"red\"");
        QTest::newRow("colour a number")
            << spoiled([](QJsonObject &a) { a.insert(QStringLiteral("gloss:color"), 3); })
            << QStringLiteral("must be a string");
        QTest::newRow("date not a date") << spoiled([](QJsonObject &a) {
            a.insert(QStringLiteral("modified"), QStringLiteral("yesterday"));
        }) << QStringLiteral("not an ISO 8601");
        QTest::newRow("type not Annotation") << spoiled([](QJsonObject &a) {
            a.insert(QStringLiteral("type"), QStringLiteral("Person"));
        }) << QStringLiteral("not \"Annotation\"");
        QTest::newRow("target a string") << spoiled([](QJsonObject &a) {
            a.insert(QStringLiteral("target"), QStringLiteral("https://example.com/"));
        }) << QStringLiteral("\"target\" must be one object");
        QTest::newRow("source without a name") << spoiled([](QJsonObject &a) {
            QJsonObject target = a.value(QStringLiteral("target")).toObject();
            target.insert(QStringLiteral("source"), QJsonObject {});
            a.insert(QStringLiteral("target"), target);
        }) << QStringLiteral("names no article");
        QTest::newRow("tag a number") << spoiled([](QJsonObject &a) {
            a.insert(QStringLiteral("body"),
                     QJsonObject { { QStringLiteral("purpose"), QStringLiteral("tagging") },
                                   { QStringLiteral("value"), 7 } });
        }) << QStringLiteral("\"value\" of a body must be a string");
        QTest::newRow("tag too long") << spoiled([](QJsonObject &a) {
            a.insert(QStringLiteral("body"),
                     QJsonObject { { QStringLiteral("purpose"), QStringLiteral("tagging") },
                                   { QStringLiteral("value"), QString(500, u't') } });
        }) << QStringLiteral("at most 100 characters");
        const auto selectors = [&](const QJsonArray &list) {
            return spoiled([list](QJsonObject &a) {
                QJsonObject target = a.value(QStringLiteral("target")).toObject();
                target.insert(QStringLiteral("selector"), list);
                a.insert(QStringLiteral("target"), target);
            });
        };
        const QJsonObject quote { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                                  { QStringLiteral("exact"), QStringLiteral("AI芯片") } };
        const auto position = [](const QJsonValue &start, const QJsonValue &end) {
            return QJsonObject { { QStringLiteral("type"), QStringLiteral("TextPositionSelector") },
                                 { QStringLiteral("start"), start },
                                 { QStringLiteral("end"), end } };
        };
        QTest::newRow("start a string") << selectors({ quote, position(QStringLiteral("ten"), 12) })
                                        << QStringLiteral("\"start\" of the TextPositionSelector");
        QTest::newRow("start negative")
            << selectors({ quote, position(-5, 12) }) << QStringLiteral("whole number from 0");
        QTest::newRow("start a fraction")
            << selectors({ quote, position(1.5, 12) }) << QStringLiteral("whole number from 0");
        QTest::newRow("end huge") << selectors({ quote, position(0, 1e300) })
                                  << QStringLiteral("whole number from 0");
        QTest::newRow("end before start")
            << selectors({ quote, position(9, 3) }) << QStringLiteral("ends before it starts");
        QTest::newRow("no quote") << selectors({ position(0, 3) })
                                  << QStringLiteral("needs a TextQuoteSelector");
        QTest::newRow("exact a list") << selectors(
            { QJsonObject { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                            { QStringLiteral("exact"), QJsonArray { 1, 2 } } } })
                                      << QStringLiteral("\"exact\" of the TextQuoteSelector");
    }
    void hostileFilesChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const QString file = m_dir.filePath(QStringLiteral("hostile-%1.jsonld")
                                                .arg(QString::fromLatin1(QTest::currentDataTag())
                                                         .replace(u' ', u'-')
                                                         .replace(u',', u'-')));
        QVERIFY(writeFile(file, bytes));
        const QStringList before = dump(*m_b);
        QVERIFY(!before.isEmpty());
        const AnnotationExchange::ImportReport report = AnnotationExchange(*m_b).importFrom(file);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(file), qPrintable(report.error));
        QVERIFY2(report.error.contains(problem), qPrintable(report.error));
        QCOMPARE(report.added + report.updated + report.unchanged, 0);
        QCOMPARE(dump(*m_b), before);
    }

    void fileTooLargeIsNotRead()
    {
        const QString file = m_dir.filePath(QStringLiteral("huge.jsonld"));
        QFile sparse(file);
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(AnnotationFile::maxFileBytes + 1)); // a hole: no disk used
        sparse.close();
        const QStringList before = dump(*m_b);
        const AnnotationExchange::ImportReport report = AnnotationExchange(*m_b).importFrom(file);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(file), qPrintable(report.error));
        QVERIFY2(report.error.contains(u"larger than 100 MB"), qPrintable(report.error));
        QCOMPARE(dump(*m_b), before);
    }

    void failureHalfWayRollsBackEverything()
    {
        // A well-formed file whose third highlight the library refuses: the first two, stored
        // already inside the import's transaction, go too.
        QJsonArray items;
        for (const QString &exact : { QStringLiteral("AI芯片这一行"), QStringLiteral("资本的产物"),
                                      QStringLiteral("boom") }) {
            QJsonObject a = validAnnotation();
            QJsonObject target = a.value(QStringLiteral("target")).toObject();
            target.insert(
                QStringLiteral("selector"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                              { QStringLiteral("exact"), exact } });
            a.insert(QStringLiteral("target"), target);
            items << a;
        }
        const QString file = m_dir.filePath(QStringLiteral("refused.jsonld"));
        QVERIFY(writeFile(file, collection(items)));
        QSqlQuery q(m_b->connection());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON highlights WHEN new.exact = 'boom'"
            " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        const QStringList before = dump(*m_b);
        const AnnotationExchange::ImportReport report = AnnotationExchange(*m_b).importFrom(file);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.refuse_boom")));
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(file), qPrintable(report.error));
        QVERIFY2(report.error.contains(u"refused by the test"), qPrintable(report.error));
        QCOMPARE(dump(*m_b), before);

        // Without the trigger the same file goes in whole.
        const AnnotationExchange::ImportReport again = AnnotationExchange(*m_b).importFrom(file);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.added, 3);
        QCOMPARE(again.orphaned, 1);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationExchange)
#include "tst_annotationexchange.moc"
