#include "export/exportnames.h"
#include "export/markdownexporter.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/categoryrepository.h"
#include "library/database.h"
#include "library/glosslink.h"
#include "library/highlightrepository.h"
#include "library/settingsrepository.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace gloss;
using namespace gloss::test;

class TestExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_chinese = 0;
    const QDateTime m_when = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

    qint64 idOf(const QString &title) const
    {
        for (const ArticleSummary &a : ArticleRepository(*m_db).list({}))
            if (a.title == title)
                return a.id;
        return 0;
    }

    qint64 highlight(qint64 article, const QString &quote, const QString &color,
                     const QString &note, AnchorState state = AnchorState::Ok)
    {
        const QString text = ArticleRepository(*m_db).find(article)->article.text;
        const int start = int(text.indexOf(quote));
        Highlight h;
        h.articleId = article;
        h.color = color;
        h.note = note;
        h.state = state;
        h.selector = start >= 0 ? Anchor::select(text, start, start + int(quote.size()))
                                : TextSelector { quote, {}, {}, 0, 0 };
        QString error;
        return HighlightRepository(*m_db).add(h, &error);
    }

    static QStringList files(const QString &root)
    {
        QStringList list;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            list << QDir(root).relativeFilePath(it.next());
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("export.gloss"))).database;
        QVERIFY(m_db);
        QCOMPARE(Importer(*m_db).run(fixture(QStringLiteral("library"))).imported, 7);
        m_chinese = idOf(QStringLiteral("芯片与资本"));
        const qint64 first = highlight(m_chinese, QStringLiteral("资本冷却之后"),
                                       QStringLiteral("yellow"), QStringLiteral("第一条笔记"));
        QVERIFY(first);
        const qint64 second
            = highlight(m_chinese, QStringLiteral("重新思考。\n第二段"), QStringLiteral("green"),
                        QStringLiteral("跨段落的一条\n有两行"));
        QVERIFY(second);
        // Tags become Obsidian tags beside the colour; a space would end one, so it becomes '-'.
        QString error;
        QVERIFY(HighlightRepository(*m_db).setTags(
            first, { QStringLiteral("问题"), QStringLiteral("reading") }, &error));
        QVERIFY(HighlightRepository(*m_db).setTags(
            second, { QStringLiteral("two words"), QStringLiteral("C++") }, &error));
        QVERIFY(highlight(m_chinese, QStringLiteral("找到片"), QStringLiteral("blue"), QString()));
        QVERIFY(highlight(m_chinese, QStringLiteral("一段已经删掉的话"), QStringLiteral("purple"),
                          QStringLiteral("已不在原文"), AnchorState::Orphaned));
        ArticleRepository(*m_db).setNote(m_chinese, QStringLiteral("整篇文章的笔记。"));
        QVERIFY(highlight(idOf(QStringLiteral("Item models")), QStringLiteral("A model"),
                          QStringLiteral("pink"), QString()));
        QVERIFY(highlight(idOf(QStringLiteral("Value types")), QStringLiteral("Prefer values"),
                          QStringLiteral("yellow"), QString()));
    }

    void matchesGoldenFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("golden"));
        MarkdownExporter::Options options;
        options.scope = MarkdownExporter::Scope::Article;
        options.articleId = m_chinese;
        options.exportedAt = m_when;
        const MarkdownExporter::Report report = MarkdownExporter(*m_db).run(out, options);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.written.size(), 1);
        QCOMPARE(QFileInfo(report.written.first()).fileName(),
                 QStringLiteral("芯片与资本 (%1).md").arg(m_chinese));
        QString written = QString::fromUtf8(readFile(report.written.first()));
        written.replace(ArticleRepository(*m_db).find(m_chinese)->sourcePath,
                        QStringLiteral("SOURCE"));

        // Each highlight links back to itself in this library, in a link Gloss takes.
        const QString library = SettingsRepository(*m_db).libraryId();
        QVERIFY(!QUuid::fromString(library).isNull());
        static const QRegularExpression linked(
            QStringLiteral("^> .*\\[Open in Gloss\\]\\(([^)]*)\\) \\^gloss-(\\d+)$"),
            QRegularExpression::MultilineOption);
        QList<qint64> linkedHighlights;
        for (auto it = linked.globalMatch(written); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QString error;
            const std::optional<GlossLink> link = GlossLink::parse(match.captured(1), &error);
            QVERIFY2(link, qPrintable(error));
            QCOMPARE(link->libraryId(), QUuid::fromString(library));
            QCOMPARE(link->articleId(), m_chinese);
            QCOMPARE(link->highlightId(), match.captured(2).toLongLong());
            linkedHighlights << *link->highlightId();
        }
        QCOMPARE(linkedHighlights, QList<qint64>({ 1, 2, 3, 4 }));
        written.replace(library, QStringLiteral("LIBRARY"));
        // Ids are stable: the fixtures are imported in path order, the highlights made in order.
        QCOMPARE(m_chinese, 1);
        const QString golden
            = QString::fromUtf8(readFile(fixture(QStringLiteral("export/chinese.md"))));
        QCOMPARE(written, golden);
    }

    void fullTextMarksHighlightsAndFootnotes()
    {
        const QString text = ArticleRepository(*m_db).find(m_chinese)->article.text;
        HighlightRepository::Filter filter;
        filter.articleId = m_chinese;
        const QString md
            = MarkdownExporter::markedText(text, HighlightRepository(*m_db).list(filter));
        QCOMPARE(md,
                 QStringLiteral("==资本冷却之后==[^gloss-1]，芯片公司开始==重新思考。==\n\n"
                                "==第二段==[^gloss-2]：单字检索也要能==找到片==。\n\n"
                                "[^gloss-1]: 第一条笔记\n[^gloss-2]: 跨段落的一条 有两行\n"));
        // Markdown in the text is escaped; overlapping highlights mark the union once.
        Highlight a, b;
        a.id = 7;
        a.selector = Anchor::select(QStringLiteral("*bold* #tag"), 0, 6);
        b.id = 8;
        b.selector = Anchor::select(QStringLiteral("*bold* #tag"), 3, 11);
        b.note = QStringLiteral("n");
        QCOMPARE(MarkdownExporter::markedText(QStringLiteral("*bold* #tag"), { a, b }),
                 QStringLiteral("==\\*bold\\*== #tag[^gloss-8]\n\n[^gloss-8]: n\n"));
    }

    void fullTextInTheExport()
    {
        MarkdownExporter::Options options;
        options.scope = MarkdownExporter::Scope::Article;
        options.articleId = m_chinese;
        options.fullText = true;
        const MarkdownExporter::Report report
            = MarkdownExporter(*m_db).run(m_dir.filePath(QStringLiteral("full")), options);
        QVERIFY(report.ok());
        const QString md = QString::fromUtf8(readFile(report.written.first()));
        QVERIFY2(md.contains(u"## Article\n\n==资本冷却之后==[^gloss-1]"), qPrintable(md));
        QVERIFY(md.endsWith(u"[^gloss-2]: 跨段落的一条 有两行\n"));
    }

    // A colour with a name is tagged by it too, slugged like the tags; names live in the
    // library, so every export of it (the window's or the command line's) writes them.
    void colorNamesAreTags()
    {
        SettingsRepository settings(*m_db);
        QString error;
        QVERIFY2(settings.setColorNames({ { QStringLiteral("yellow"), QStringLiteral("to check") },
                                          { QStringLiteral("green"), QStringLiteral("green") },
                                          { QStringLiteral("blue"), QStringLiteral("问题") } },
                                        &error),
                 qPrintable(error));
        MarkdownExporter::Options options;
        options.scope = MarkdownExporter::Scope::Article;
        options.articleId = m_chinese;
        const MarkdownExporter::Report report
            = MarkdownExporter(*m_db).run(m_dir.filePath(QStringLiteral("named")), options);
        QVERIFY(settings.setColorNames({}, &error));
        QVERIFY2(report.ok(), qPrintable(report.error));
        const QString md = QString::fromUtf8(readFile(report.written.first()));
        QVERIFY2(md.contains(u"> 资本冷却之后\n> #gloss/yellow #gloss/to-check #reading #问题 ["),
                 qPrintable(md));
        // A name that is the colour's own adds nothing.
        QVERIFY2(md.contains(u"> #gloss/green #C-- #two-words ["), qPrintable(md));
        QVERIFY2(md.contains(u"> #gloss/blue #gloss/问题 ["), qPrintable(md));
        QVERIFY2(md.contains(u"> #gloss/purple ["), qPrintable(md));
        QVERIFY(!md.contains(u"#gloss/to-check #gloss"));
    }

    void clipboardText()
    {
        Highlight h;
        h.id = 3;
        h.selector.exact = QStringLiteral("第一段\n第二段");
        h.note = QStringLiteral("笔记");
        QCOMPARE(MarkdownExporter::clipboardText(h, QStringLiteral("标题"),
                                                 QStringLiteral("/posts/a b.md")),
                 QStringLiteral(
                     "> 第一段\n>\n> 第二段\n>\n> — [标题](file:///posts/a%20b.md)\n\n笔记\n"));
        // With the library's id, a link back into Gloss at the highlight.
        h.articleId = 7;
        const QUuid library = QUuid::fromString(u"6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f");
        QCOMPARE(MarkdownExporter::clipboardText(h, QStringLiteral("标题"),
                                                 QStringLiteral("/posts/a b.md"), library),
                 QStringLiteral("> 第一段\n>\n> 第二段\n>\n> — [标题](file:///posts/a%20b.md) · "
                                "[Open in Gloss](gloss://open/6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f/"
                                "article/7?highlight=3)\n\n笔记\n"));
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::newRow("climbing") << QStringLiteral("../../etc/passwd")
                                  << QStringLiteral("_.._etc_passwd (1).md");
        QTest::newRow("slashes") << QStringLiteral("a/b\\c:d") << QStringLiteral("a_b_c_d (1).md");
        QTest::newRow("emoji") << QStringLiteral("📚 读书 notes")
                               << QStringLiteral("📚 读书 notes (1).md");
        QTest::newRow("reserved") << QStringLiteral("CON") << QStringLiteral("_CON (1).md");
        QTest::newRow("reserved with extension")
            << QStringLiteral("lpt1.txt") << QStringLiteral("_lpt1.txt (1).md");
        QTest::newRow("dots only") << QStringLiteral("..") << QStringLiteral("untitled (1).md");
        QTest::newRow("empty") << QString() << QStringLiteral("untitled (1).md");
        QTest::newRow("control characters")
            << QStringLiteral("a\tb\u0001c") << QStringLiteral("a_b_c (1).md");
        QTest::newRow("hidden") << QStringLiteral(".secret") << QStringLiteral("secret (1).md");
    }
    void safeNames()
    {
        QFETCH(QString, title);
        QFETCH(QString, name);
        QCOMPARE(ExportNames::articleFile(title, 1), name);
    }

    void longNamesAreCutAtACharacter()
    {
        const QString title = QString(300, QChar(0x82AF)); // 芯 ×300: 900 bytes of UTF-8
        const QString name = ExportNames::articleFile(title, 12345);
        QVERIFY(name.toUtf8().size() <= ExportNames::maxBytes);
        QVERIFY(name.endsWith(u" (12345).md"));
        QCOMPARE(QString::fromUtf8(name.toUtf8()), name); // no broken character
        const QString emoji = ExportNames::component(QString(100, u'a') + QStringLiteral("📚📚📚📚📚📚"));
        QVERIFY(emoji.toUtf8().size() <= ExportNames::maxBytes);
        QVERIFY(!emoji.back().isHighSurrogate());
    }

    void hostileTitlesStayInside()
    {
        const QString posts = m_dir.filePath(QStringLiteral("hostile"));
        QVERIFY(writeFile(posts + QStringLiteral("/a.md"),
                          "---\ntitle: '../../../outside'\ncategories: ['..', '../../up', "
                          "'CON']\n---\n\n<p>x</p>\n"));
        QCOMPARE(Importer(*m_db).run(posts).imported, 1);
        const qint64 id = idOf(QStringLiteral("../../../outside"));
        QVERIFY(highlight(id, QStringLiteral("x"), QStringLiteral("yellow"), QString()));
        const QString out = m_dir.filePath(QStringLiteral("inside"));
        MarkdownExporter::Options options;
        options.exportedAt = m_when;
        const MarkdownExporter::Report report = MarkdownExporter(*m_db).run(out, options);
        QVERIFY2(report.ok(), qPrintable(report.error));
        const QString root = QFileInfo(out).canonicalFilePath();
        for (const QString &file : report.written)
            QVERIFY2(QFileInfo(file).canonicalFilePath().startsWith(root + u'/'), qPrintable(file));
        QVERIFY(files(out).contains(
            QStringLiteral("untitled/_.._up/_CON/_.._.._outside (%1).md").arg(id)));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("outside (%1).md").arg(id))));
    }

    void unwritableFolderNamesThePath()
    {
        // A folder that cannot exist (a file stands where it would go): a clear error, no files.
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeFile(blocker, "x"));
        MarkdownExporter::Options options;
        options.scope = MarkdownExporter::Scope::Article;
        options.articleId = m_chinese;
        const MarkdownExporter::Report report
            = MarkdownExporter(*m_db).run(blocker + QStringLiteral("/notes"), options);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(blocker + QStringLiteral("/notes")),
                 qPrintable(report.error));
        QVERIFY(report.written.isEmpty());
    }

    void fullDiskIsAnErrorNotAnEmptyFile()
    {
        const SmallDisk disk(QStringLiteral("64k"));
        if (geteuid() != 0)
            QSKIP("mounting a small file system needs root (the suite runs as root in CI)");
        QVERIFY(disk.isMounted());
        QVERIFY(!disk.fill(QStringLiteral("filler")).isEmpty());

        MarkdownExporter::Options options;
        options.scope = MarkdownExporter::Scope::Article;
        options.articleId = m_chinese;
        const QString out = disk.filePath(QStringLiteral("notes"));
        const MarkdownExporter::Report report = MarkdownExporter(*m_db).run(out, options);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(out), qPrintable(report.error));
        QVERIFY(report.written.isEmpty());
        for (const QString &file : files(out))
            QFAIL(qPrintable(QStringLiteral("left behind: ") + file));
    }

    void reexportOverwritesTheSameFiles()
    {
        const QString out = m_dir.filePath(QStringLiteral("again"));
        MarkdownExporter::Options options;
        options.exportedAt = m_when;
        const MarkdownExporter::Report first = MarkdownExporter(*m_db).run(out, options);
        QVERIFY(first.ok());
        QHash<QString, QByteArray> before;
        for (const QString &file : first.written)
            before.insert(file, readFile(file));
        options.exportedAt = m_when.addDays(1);
        const MarkdownExporter::Report second = MarkdownExporter(*m_db).run(out, options);
        QCOMPARE(second.written, first.written);
        QCOMPARE(files(out).size(), first.written.size());
        for (const QString &file : second.written) {
            QByteArray a = before.value(file), b = readFile(file);
            a.replace("exported: 2026-01-02T03:04:05Z", "");
            b.replace("exported: 2026-01-03T03:04:05Z", "");
            QCOMPARE(b, a);
        }
    }

    void categoryExportMirrorsPaths()
    {
        const QString out = m_dir.filePath(QStringLiteral("tech"));
        MarkdownExporter::Options options;
        options.scope = MarkdownExporter::Scope::Category;
        options.categoryId = *CategoryRepository(*m_db).find({ QStringLiteral("Tech") });
        const MarkdownExporter::Report report = MarkdownExporter(*m_db).run(out, options);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(files(out),
                 QStringList({ QStringLiteral("Tech/Qt/Models/Item models (%1).md")
                                   .arg(idOf(QStringLiteral("Item models"))),
                               QStringLiteral("Tech/Value types (%1).md")
                                   .arg(idOf(QStringLiteral("Value types"))) }));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
