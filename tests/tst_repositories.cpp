#include "import/articlewriter.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/categoryrepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/settingsrepository.h"
#include "library/tagname.h"
#include "library/tagrepository.h"
#include "search/searchindexer.h"
#include "search/searchrepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <tuple>

using namespace gloss;
using namespace gloss::test;

class TestRepositories : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QStringList titles(const ArticleRepository::Query &query) const
    {
        QStringList list;
        for (const ArticleSummary &a : ArticleRepository(*m_db).list(query))
            list << a.title;
        return list;
    }

    // A library of the fixture posts, then without the given tables.
    std::unique_ptr<Database> broken(const QString &path, const QStringList &tables)
    {
        std::unique_ptr<Database> db = Database::open(path).database;
        if (!db || Importer(*db).run(fixture(QStringLiteral("library"))).imported != 7)
            return {};
        QSqlQuery query(db->connection());
        if (!query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
            return {};
        for (const QString &table : tables) {
            if (!query.exec(QStringLiteral("DROP TABLE ") + table))
                return {};
        }
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("lib.gloss"))).database;
        QVERIFY(m_db);
        const ImportReport report = Importer(*m_db).run(fixture(QStringLiteral("library")));
        QCOMPARE(report.imported, 7);
    }

    void treeWithCountsIncludingDescendants()
    {
        QStringList lines;
        QHash<qint64, int> depth;
        for (const CategoryNode &node : CategoryRepository(*m_db).tree()) {
            const int level = node.parentId == 0 ? 0 : depth.value(node.parentId) + 1;
            depth.insert(node.id, level);
            lines << QString(level * 2, u' ')
                    + QStringLiteral("%1 %2").arg(node.name).arg(node.articleCount);
        }
        // Tech holds cpp, signals, models and multi: 4, though only cpp is filed directly there.
        // multi sits under Tech > Qt and Reading and counts once in each.
        const QStringList expected {
            QStringLiteral("notes 1"),         QStringLiteral("  daily 1"),
            QStringLiteral("Reading 1"),       QStringLiteral("Tech 4"),
            QStringLiteral("  Qt 3"),          QStringLiteral("    Models 1"),
            QStringLiteral("Uncategorized 1"), QStringLiteral("新媒体 1"),
            QStringLiteral("  科技 1"),
        };
        QCOMPARE(lines, expected);
    }

    void findsPaths()
    {
        const CategoryRepository categories(*m_db);
        const std::optional<qint64> qt
            = categories.find({ QStringLiteral("Tech"), QStringLiteral("Qt") });
        QVERIFY(qt);
        QCOMPARE(categories.path(*qt),
                 QStringList({ QStringLiteral("Tech"), QStringLiteral("Qt") }));
        QVERIFY(!categories.find({ QStringLiteral("Qt") }));
        QVERIFY(!categories.find({ QStringLiteral("Tech"), QStringLiteral("Nope") }));
        QVERIFY(!categories.find({}));
    }

    void parsesPathText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("path");
        QTest::newRow("slashes") << QStringLiteral(
            "新媒体/虎嗅") << QStringList { QStringLiteral("新媒体"), QStringLiteral("虎嗅") };
        QTest::newRow("arrows") << QStringLiteral("新媒体 > 虎嗅 > 首页资讯")
                                << QStringList { QStringLiteral("新媒体"), QStringLiteral("虎嗅"),
                                                 QStringLiteral("首页资讯") };
        QTest::newRow("stray separators")
            << QStringLiteral("/Tech//Qt/")
            << QStringList { QStringLiteral("Tech"), QStringLiteral("Qt") };
        QTest::newRow("spaces inside names")
            << QStringLiteral("Brain wave / notes")
            << QStringList { QStringLiteral("Brain wave"), QStringLiteral("notes") };
    }
    void parsesPathText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, path);
        QCOMPARE(CategoryRepository::parsePath(text), path);
    }

    void listsArticlesUnderACategory()
    {
        const CategoryRepository categories(*m_db);
        ArticleRepository::Query query;
        query.categoryId = categories.find({ QStringLiteral("Tech") });
        QCOMPARE(
            titles(query),
            QStringList({ QStringLiteral("Two homes"), QStringLiteral("Item models"),
                          QStringLiteral("Signals and slots"), QStringLiteral("Value types") }));
        QCOMPARE(ArticleRepository(*m_db).count(query.categoryId), 4);
        query.categoryId = categories.find({ QStringLiteral("notes") });
        QCOMPARE(titles(query), QStringList { QStringLiteral("Monday") });
        query.categoryId = categories.find({ QStringLiteral("Uncategorized") });
        QCOMPARE(titles(query), QStringList { QStringLiteral("At the root") });
    }

    void sortsAndPages()
    {
        ArticleRepository::Query query;
        query.sort = ArticleRepository::Sort::OldestFirst;
        QCOMPARE(titles(query).first(), QStringLiteral("芯片与资本"));
        query.sort = ArticleRepository::Sort::Title;
        query.limit = 2;
        QCOMPARE(titles(query),
                 QStringList({ QStringLiteral("At the root"), QStringLiteral("Item models") }));
        query.offset = 2;
        QCOMPARE(titles(query),
                 QStringList({ QStringLiteral("Monday"), QStringLiteral("Signals and slots") }));
        QCOMPARE(ArticleRepository(*m_db).count(), 7);
    }

    // The posts' own tags (hexo-site: 41 real posts, each with tags), checked against SQL.
    void articlesOfATag()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> db
            = Database::open(dir.filePath(QStringLiteral("tags.gloss"))).database;
        QVERIFY(db);
        QCOMPARE(
            Importer(*db).run(corpusDir() + QStringLiteral("/hexo-site/source/_posts")).imported,
            41);
        QSqlQuery sql(db->connection());

        const QList<TagSummary> tags = TagRepository(*db).articleTags();
        QVERIFY(sql.exec(QStringLiteral("SELECT count(DISTINCT tag_id) FROM article_tags")));
        QVERIFY(sql.next());
        QCOMPARE(tags.size(), sql.value(0).toInt());
        QVERIFY(tags.size() > 30);
        QStringList keys;
        for (const TagSummary &tag : tags) {
            QVERIFY(sql.exec(
                QStringLiteral("SELECT count(*) FROM article_tags WHERE tag_id = %1").arg(tag.id)));
            QVERIFY(sql.next());
            QCOMPARE(tag.articleCount, sql.value(0).toInt());
            keys << TagName::key(tag.name);
        }
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);
        const auto named = [&](const QString &name) {
            return *std::find_if(tags.cbegin(), tags.cend(),
                                 [&](const TagSummary &t) { return t.name == name; });
        };
        QCOMPARE(named(QStringLiteral("basis")).articleCount, 4);
        QCOMPARE(named(QStringLiteral("Django")).articleCount, 2);

        // Found in any case; a tag the library lacks is not.
        const TagRepository repository(*db);
        QCOMPARE(repository.find(QStringLiteral("DJANGO")).value_or(0),
                 named(QStringLiteral("Django")).id);
        QCOMPARE(repository.find(QStringLiteral("#basis")).value_or(0),
                 named(QStringLiteral("basis")).id);
        QVERIFY(!repository.find(QStringLiteral("no such tag")));

        // The articles of a tag, in the list's order, as SQL has them.
        const auto listed = [&](const ArticleRepository::Query &query) {
            QList<qint64> ids;
            for (const ArticleSummary &a : ArticleRepository(*db).list(query))
                ids << a.id;
            return ids;
        };
        const qint64 basis = named(QStringLiteral("basis")).id;
        const qint64 math = named(QStringLiteral("math")).id;
        QList<qint64> expected;
        QVERIFY(sql.exec(QStringLiteral("SELECT a.id FROM articles a JOIN article_tags t"
                                        " ON t.article_id = a.id WHERE t.tag_id = %1"
                                        " ORDER BY a.published_at DESC, a.id DESC")
                             .arg(basis)));
        while (sql.next())
            expected << sql.value(0).toLongLong();
        QCOMPARE(expected.size(), 4);
        ArticleRepository::Query query;
        query.tagIds = { basis };
        QCOMPARE(listed(query), expected);
        QCOMPARE(ArticleRepository(*db).count(query), 4);
        query.limit = 2;
        query.offset = 2;
        QCOMPARE(listed(query), expected.mid(2));

        // Several tags: the articles that carry all of them.
        query = {};
        query.tagIds = { basis, math };
        QList<qint64> both;
        QVERIFY(sql.exec(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = %1"
                                        " INTERSECT SELECT article_id FROM article_tags"
                                        " WHERE tag_id = %2")
                             .arg(basis)
                             .arg(math)));
        while (sql.next())
            both << sql.value(0).toLongLong();
        QVERIFY(!both.isEmpty());
        QVERIFY(both.size() < 4);
        QList<qint64> got = listed(query);
        std::sort(got.begin(), got.end());
        QCOMPARE(got, both);
        QCOMPARE(ArticleRepository(*db).count(query), int(both.size()));
        // With a category too.
        const std::optional<ArticleRecord> first = ArticleRepository(*db).find(both.first());
        QVERIFY(first && !first->article.categoryPaths.isEmpty());
        QVERIFY(first->article.tags.contains(QStringLiteral("basis")));
        query.categoryId = CategoryRepository(*db).find(first->article.categoryPaths.first());
        QVERIFY(listed(query).contains(both.first()));
    }

    void findsOneArticle()
    {
        ArticleRepository::Query query;
        query.categoryId = CategoryRepository(*m_db).find({ QStringLiteral("新媒体") });
        const QList<ArticleSummary> list = ArticleRepository(*m_db).list(query);
        QCOMPARE(list.size(), 1);
        const std::optional<ArticleRecord> record = ArticleRepository(*m_db).find(list.first().id);
        QVERIFY(record);
        const Article &a = record->article;
        QCOMPARE(a.title, QStringLiteral("芯片与资本"));
        QCOMPARE(a.author, QStringLiteral("编辑部"));
        QCOMPARE(a.published, QDateTime(QDate(2022, 4, 11), QTime(8, 56), Qt::UTC));
        QCOMPARE(a.categoryPaths,
                 QList<QStringList>({ { QStringLiteral("新媒体"), QStringLiteral("科技") } }));
        QCOMPARE(
            a.text,
            QStringLiteral("资本冷却之后，芯片公司开始重新思考。\n第二段：单字检索也要能找到片。"));
        QCOMPARE(a.bodyFormat, BodyFormat::Html);
        QVERIFY(record->indexed);
        QVERIFY(record->sourcePath.endsWith(u"/library/chinese.md"));
        QVERIFY(!ArticleRepository(*m_db).find(9999));
    }

    void readsTheArticleNoteAlone()
    {
        ArticleRepository articles(*m_db);
        const qint64 id = articles.list({}).first().id;
        QVERIFY(articles.note(id).has_value());
        QCOMPARE(*articles.note(id), QString());
        QString error;
        QVERIFY2(articles.setNote(id, QStringLiteral("读后记：a note"), &error), qPrintable(error));
        QCOMPARE(articles.note(id).value_or(QString()), QStringLiteral("读后记：a note"));
        QCOMPARE(articles.note(id).value_or(QString()), articles.find(id)->note);
        QVERIFY(articles.setNote(id, QString(), &error));
        QCOMPARE(articles.note(id).value_or(QStringLiteral("absent")), QString());
        QVERIFY(!articles.note(9999).has_value());
    }

    void libraryHasAStableId()
    {
        const QString id = SettingsRepository(*m_db).libraryId();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(QUuid::fromString(id).version(), QUuid::Random);
        const QString path = m_db->path();
        const std::unique_ptr<Database> again = Database::open(path).database;
        QCOMPARE(SettingsRepository(*again).libraryId(), id);
        const std::unique_ptr<Database> other
            = Database::open(m_dir.filePath(QStringLiteral("other.gloss"))).database;
        QVERIFY(SettingsRepository(*other).libraryId() != id);
    }

    void tagNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("key");
        QTest::newRow("as typed") << QStringLiteral("reading") << QStringLiteral("reading")
                                  << QStringLiteral("reading");
        QTest::newRow("case") << QStringLiteral("Reading") << QStringLiteral("Reading")
                              << QStringLiteral("reading");
        QTest::newRow("hash and spaces")
            << QStringLiteral("  #slow   reading ") << QStringLiteral("slow reading")
            << QStringLiteral("slow reading");
        QTest::newRow("decomposed") << QStringLiteral("Cafe\u0301") << QStringLiteral("Caf\u00e9")
                                    << QStringLiteral("caf\u00e9");
        QTest::newRow("german") << QStringLiteral("STRASSE") << QStringLiteral("STRASSE")
                                << QStringLiteral("strasse");
        // Qt folds one character to one: ß stays ß (STRASSE and Straße are two tags).
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("Straße")
                                 << QStringLiteral("straße");
        QTest::newRow("chinese") << QStringLiteral("问题") << QStringLiteral("问题")
                                 << QStringLiteral("问题");
        QTest::newRow("control characters")
            << QStringLiteral("a\tb\u0001c") << QStringLiteral("a b c") << QStringLiteral("a b c");
    }
    void tagNames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, key);
        QCOMPARE(TagName::normalized(typed), stored);
        QCOMPARE(TagName::key(typed), key);
        QString error;
        QCOMPARE(TagName::checked(typed, &error), stored);
    }

    void badTagNames()
    {
        QString error;
        QCOMPARE(TagName::checked(QStringLiteral(" # "), &error), QString());
        QVERIFY(error.contains(u"needs a name"));
        QCOMPARE(TagName::checked(QString(101, u'x'), &error), QString());
        QVERIFY(error.contains(u"at most 100"));
    }

    void hashtagsInNotes_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("none") << QStringLiteral("plain words") << QStringList();
        QTest::newRow("words") << QStringLiteral("#reading and #slow-reading, #a/b.")
                               << QStringList { QStringLiteral("reading"),
                                                QStringLiteral("slow-reading"),
                                                QStringLiteral("a/b") };
        QTest::newRow("chinese") << QStringLiteral("开头就说冷了 #问题，还有#不算")
                                 << QStringList { QStringLiteral("问题") };
        QTest::newRow("start of a line")
            << QStringLiteral("#first\n#second_one")
            << QStringList { QStringLiteral("first"), QStringLiteral("second_one") };
        QTest::newRow("once each")
            << QStringLiteral("#Go #go #GO") << QStringList { QStringLiteral("Go") };
        QTest::newRow("numbers, headings, links and entities")
            << QStringLiteral("issue #12, # heading, ## two, https://x.org/#frag, &#169; a#b")
            << QStringList();
        QTest::newRow("trailing dash")
            << QStringLiteral("#todo- now") << QStringList { QStringLiteral("todo") };
    }
    void hashtagsInNotes()
    {
        QFETCH(QString, note);
        QFETCH(QStringList, tags);
        QCOMPARE(TagName::inNote(note), tags);
    }

    void highlightTags()
    {
        // Two highlights in the article that carries the post tags of the fixture library.
        const qint64 article = ArticleRepository(*m_db).list({}).constFirst().id;
        HighlightRepository highlights(*m_db);
        QString error;
        Highlight h;
        h.articleId = article;
        h.selector = { QStringLiteral("x"), {}, {}, 0, 1 };
        h.tags = { QStringLiteral("Reading"), QStringLiteral("reading"), QStringLiteral("问题") };
        const qint64 first = highlights.add(h, &error);
        QVERIFY2(first, qPrintable(error));
        const std::optional<Highlight> stored = highlights.find(first);
        QCOMPARE(stored->tags, QStringList({ QStringLiteral("Reading"), QStringLiteral("问题") }));
        QVERIFY(!QUuid::fromString(stored->uuid).isNull());
        QCOMPARE(highlights.findByUuid(stored->uuid)->id, first);

        h.tags = { QStringLiteral("READING"), QStringLiteral("slow") };
        const qint64 second = highlights.add(h, &error);
        QVERIFY(highlights.find(second)->uuid != stored->uuid);
        // The same tag whatever the case, named as it was first written.
        QCOMPARE(highlights.find(second)->tags,
                 QStringList({ QStringLiteral("Reading"), QStringLiteral("slow") }));

        HighlightRepository::Filter filter;
        filter.tags = { QStringLiteral("reading") };
        QCOMPARE(highlights.list(filter).size(), 2);
        filter.tags = { QStringLiteral("reading"), QStringLiteral("SLOW") };
        QCOMPARE(highlights.list(filter).size(), 1);
        QCOMPARE(highlights.list(filter).first().id, second);
        filter.tags = { QStringLiteral("reading"), QStringLiteral("nowhere") };
        QVERIFY(highlights.list(filter).isEmpty());

        QVERIFY(highlights.addTag(first, QStringLiteral("slow"), &error));
        QVERIFY(highlights.removeTag(first, QStringLiteral("问题"), &error));
        QCOMPARE(highlights.find(first)->tags,
                 QStringList({ QStringLiteral("Reading"), QStringLiteral("slow") }));
        QVERIFY(!highlights.setTags(first, { QStringLiteral("ok"), QStringLiteral("#") }, &error));
        QVERIFY(error.contains(u"needs a name"));
        QCOMPARE(highlights.find(first)->tags.size(), 2); // a refused change changes nothing

        const QList<HighlightRepository::TagCount> counts = highlights.allTags();
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0).name, QStringLiteral("Reading"));
        QCOMPARE(counts.at(0).highlights, 2);
        // The names to pick from: the highlights' tags, most used first, then the posts' tags;
        // 问题, which nothing carries now, is not among them.
        QCOMPARE(highlights.tagNames(),
                 QStringList(
                     { QStringLiteral("Reading"), QStringLiteral("slow"), QStringLiteral("qt") }));

        // A #word in a note becomes a tag; taking it out of the note leaves the tag.
        QVERIFY(highlights.setNote(second, QStringLiteral("想一想 #问题 #Slow"), &error));
        QCOMPARE(highlights.find(second)->tags,
                 QStringList({ QStringLiteral("Reading"), QStringLiteral("slow"),
                               QStringLiteral("问题") }));
        QVERIFY(highlights.setNote(second, QStringLiteral("想一想"), &error));
        QCOMPARE(highlights.find(second)->tags.size(), 3);
        // Saved at each keystroke, a #word typed letter by letter is one tag, not one for each of
        // its beginnings; erased letter by letter, it goes again. Changed in one step (the note
        // of an undo), the tags stay.
        QString note = QStringLiteral("想一想");
        const QStringList before = highlights.find(second)->tags;
        for (const QChar c : QStringLiteral(" #todo")) {
            const QString previous = note;
            note += c;
            QVERIFY(highlights.setNote(second, note, &error, previous));
        }
        QCOMPARE(highlights.find(second)->tags,
                 QStringList({ QStringLiteral("Reading"), QStringLiteral("slow"),
                               QStringLiteral("todo"), QStringLiteral("问题") }));
        note.chop(1);
        QVERIFY(highlights.setNote(second, note + QStringLiteral("ay"), &error, note + u'o'));
        QCOMPARE(highlights.find(second)->tags,
                 QStringList({ QStringLiteral("Reading"), QStringLiteral("slow"),
                               QStringLiteral("today"), QStringLiteral("问题") }));
        note += QStringLiteral("ay");
        while (note.size() > 3) {
            const QString previous = note;
            note.chop(1);
            QVERIFY(highlights.setNote(second, note, &error, previous));
        }
        QCOMPARE(highlights.find(second)->tags, before);
        QVERIFY(highlights.setNote(second, QStringLiteral("想一想 #later"), &error));
        QVERIFY(highlights.setNote(second, QStringLiteral("想一想"), &error,
                                   QStringLiteral("想一想 #later")));
        QCOMPARE(highlights.find(second)->tags.size(), 4);
        QVERIFY(highlights.removeTag(second, QStringLiteral("later"), &error));

        // Removing cascades to its tags; undoing the removal brings back uuid and tags.
        const Highlight removed = *highlights.find(second);
        QVERIFY(highlights.remove(second, &error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM highlight_tags WHERE highlight_id = %1")
                           .arg(second))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(highlights.restore(removed, &error));
        QCOMPARE(highlights.find(second)->uuid, removed.uuid);
        QCOMPARE(highlights.find(second)->tags, removed.tags);

        // Post tags and highlight tags share the table; the posts' own tags read as before.
        QVERIFY(highlights.addTag(first, QStringLiteral("QT"), &error));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tags WHERE name_key = 'qt'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(highlights.remove(first, &error));
        QVERIFY(highlights.remove(second, &error));
    }

    // The names of the colours are kept in the library, tidied like tags; an empty one is none.
    void colorNames()
    {
        const QString path = m_dir.filePath(QStringLiteral("colors.gloss"));
        QString error;
        {
            std::unique_ptr<Database> db = Database::open(path).database;
            QVERIFY(db);
            SettingsRepository settings(*db);
            QVERIFY(settings.colorNames(&error).isEmpty());
            QVERIFY2(settings.setColorNames(
                         { { QStringLiteral("yellow"), QStringLiteral("  to   check ") },
                           { QStringLiteral("pink"), QStringLiteral("#问题") },
                           { QStringLiteral("blue"), QStringLiteral(" ") },
                           { QStringLiteral("red"), QStringLiteral("x") } },
                         &error),
                     qPrintable(error));
        }
        std::unique_ptr<Database> db = Database::open(path).database;
        SettingsRepository settings(*db);
        const ColorNames expected { { QStringLiteral("yellow"), QStringLiteral("to check") },
                                    { QStringLiteral("pink"), QStringLiteral("问题") } };
        QCOMPARE(settings.colorNames(&error), expected);
        QVERIFY(error.isEmpty());
        QCOMPARE(Highlight::colorMenuText(QStringLiteral("pink"), QStringLiteral("A&B")),
                 QStringLiteral("&Pink: A&&B"));
        QCOMPARE(Highlight::colorLabel(QStringLiteral("pink"), QStringLiteral("问题")),
                 QStringLiteral("问题"));
        QCOMPARE(Highlight::colorLabel(QStringLiteral("pink")), QStringLiteral("pink"));

        // All or none: a library that refuses keeps the names it had.
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = ON")));
        QVERIFY(!settings.setColorNames({ { QStringLiteral("green"), QStringLiteral("new") } },
                                        &error));
        QVERIFY2(error.contains(path) && error.contains(u"readonly"), qPrintable(error));
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = OFF")));
        QCOMPARE(settings.colorNames(), expected);
        QVERIFY(settings.setColorNames({}, &error));
        QVERIFY(settings.colorNames().isEmpty());
    }

    // list() gives highlights as the reader and the exports show them, whatever order they were
    // made in: by article, in the order of the text, orphans (which have no place in it) last,
    // ties by id; each one's tags in the order of their keys, a tag stored without a key (by
    // another program) among them. find() gives the same highlight.
    void listsInDocumentOrder()
    {
        std::unique_ptr<Database> db
            = Database::open(m_dir.filePath(QStringLiteral("order.gloss"))).database;
        QVERIFY(db);
        QCOMPARE(Importer(*db).run(fixture(QStringLiteral("library"))).imported, 7);
        QList<qint64> articles;
        for (const ArticleSummary &a : ArticleRepository(*db).list({}))
            articles << a.id;
        std::sort(articles.begin(), articles.end());
        struct Made
        {
            qint64 article;
            int start;
            AnchorState state;
            qint64 id = 0;
            bool tagged = false; // with Alpha
        };
        QList<Made> made {
            { articles[2], 5, AnchorState::Ok },       { articles[0], 9, AnchorState::Ok },
            { articles[1], 0, AnchorState::Orphaned }, { articles[0], 2, AnchorState::Moved },
            { articles[2], 1, AnchorState::Orphaned }, { articles[0], 9, AnchorState::Ok },
            { articles[1], 4, AnchorState::Ok },       { articles[0], 0, AnchorState::Orphaned }
        };
        HighlightRepository highlights(*db);
        QString error;
        for (qsizetype i = 0; i < made.size(); ++i) {
            Highlight h;
            h.articleId = made[i].article;
            h.state = made[i].state;
            h.selector = { QStringLiteral("x"), {}, {}, made[i].start, made[i].start + 1 };
            h.tags = i % 2 ? QStringList { QStringLiteral("zeta"), QStringLiteral("Alpha"),
                                           QStringLiteral("beta") }
                           : QStringList { QStringLiteral("beta") };
            made[i].tagged = i % 2;
            made[i].id = highlights.add(h, &error);
            QVERIFY2(made[i].id, qPrintable(error));
        }
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('\u00c9clair')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO highlight_tags (highlight_id, tag_id)"
                                      " SELECT %1, id FROM tags WHERE name = '\u00c9clair'")
                           .arg(made[1].id)));

        QList<Made> expected = made;
        std::sort(expected.begin(), expected.end(), [](const Made &a, const Made &b) {
            const auto key = [](const Made &m) {
                return std::tuple(m.article, m.state == AnchorState::Orphaned, m.start, m.id);
            };
            return key(a) < key(b);
        });
        QList<qint64> expectedIds;
        for (const Made &m : expected)
            expectedIds << m.id;
        const QList<Highlight> listed = highlights.list({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<qint64> ids;
        for (const Highlight &h : listed)
            ids << h.id;
        QCOMPARE(ids, expectedIds);

        for (const Highlight &h : listed) {
            const std::optional<Highlight> found = highlights.find(h.id, &error);
            QVERIFY2(found, qPrintable(error));
            QCOMPARE(found->tags, h.tags);
            QCOMPARE(found->uuid, h.uuid);
            QCOMPARE(found->state, h.state);
            QCOMPARE(found->selector.start, h.selector.start);
            QCOMPARE(found->color, QStringLiteral("yellow"));
            QCOMPARE(highlights.findByUuid(h.uuid, &error)->id, h.id);
        }
        QCOMPARE(highlights.find(made[1].id)->tags,
                 QStringList({ QStringLiteral("Alpha"), QStringLiteral("beta"),
                               QStringLiteral("zeta"), QStringLiteral("\u00c9clair") }));
        QCOMPARE(highlights.find(made[0].id)->tags, QStringList { QStringLiteral("beta") });

        // A tag filter keeps the order: the highlights made at odd steps, sorted.
        HighlightRepository::Filter filter;
        filter.tags = { QStringLiteral("ALPHA") };
        QList<qint64> tagged;
        for (const Highlight &h : highlights.list(filter, &error))
            tagged << h.id;
        QList<qint64> expectedTagged;
        for (const Made &m : std::as_const(expected)) {
            if (m.tagged)
                expectedTagged << m.id;
        }
        QCOMPARE(expectedTagged.size(), 4);
        QCOMPARE(tagged, expectedTagged);
    }

    // A library that opens but whose tables are gone (damaged, or changed by another program):
    // every read gives nothing and says why, naming the file; every write is refused with the
    // reason; an import stops before writing anything.
    void failedStatementsAreReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("tables-gone.gloss"));
        std::unique_ptr<Database> db = broken(
            path,
            { QStringLiteral("highlights"), QStringLiteral("article_categories"),
              QStringLiteral("article_tags"), QStringLiteral("categories"), QStringLiteral("tags"),
              QStringLiteral("settings"), QStringLiteral("articles") });
        QVERIFY(db);
        QString error;
        const auto failed = [&](const char *table) {
            const bool named = error.contains(path)
                && error.contains(QStringLiteral("no such table: ") + QLatin1String(table));
            if (!named)
                qWarning("unexpected error: %s", qPrintable(error));
            error.clear();
            return named;
        };

        const ArticleRepository articles(*db);
        QVERIFY(!articles.find(1, ArticleRepository::Detail::Full, &error));
        QVERIFY(failed("articles"));
        QVERIFY(articles.list({}, &error).isEmpty());
        QVERIFY(failed("articles"));
        QCOMPARE(articles.count(std::nullopt, &error), 0);
        QVERIFY(failed("articles"));
        QCOMPARE(articles.title(1, &error), QString());
        QVERIFY(failed("articles"));
        QVERIFY(articles.annotated(std::nullopt, &error).isEmpty());
        QVERIFY(failed("articles"));

        const CategoryRepository categories(*db);
        QVERIFY(categories.tree(&error).isEmpty());
        QVERIFY(failed("categories"));
        QVERIFY(!categories.find({ QStringLiteral("Tech") }, &error));
        QVERIFY(failed("categories"));
        QVERIFY(categories.path(1, &error).isEmpty());
        QVERIFY(failed("categories"));

        HighlightRepository highlights(*db);
        QVERIFY(!highlights.find(1, &error));
        QVERIFY(failed("highlights"));
        QVERIFY(highlights.list({}, &error).isEmpty());
        QVERIFY(failed("highlights"));
        Highlight h;
        h.articleId = 1;
        h.selector.exact = QStringLiteral("x");
        QCOMPARE(highlights.add(h, &error), 0);
        QVERIFY(failed("highlights"));
        QVERIFY(!highlights.setColor(1, QStringLiteral("green"), &error));
        QVERIFY(failed("highlights"));
        QVERIFY(!highlights.setNote(1, QStringLiteral("n"), &error));
        QVERIFY(failed("highlights"));
        QVERIFY(!highlights.remove(1, &error));
        QVERIFY(failed("highlights"));
        QVERIFY(!highlights.reanchor(1, QStringLiteral("text"), &error));
        QVERIFY(failed("highlights"));

        SettingsRepository settings(*db);
        QCOMPARE(settings.value(QStringLiteral("k"), QStringLiteral("fallback"), &error),
                 QStringLiteral("fallback"));
        QVERIFY(failed("settings"));
        QVERIFY(!settings.setValue(QStringLiteral("k"), QStringLiteral("v"), &error));
        QVERIFY(failed("settings"));

        SearchIndexer indexer(*db);
        QVERIFY(indexer.pending(&error).isEmpty());
        QVERIFY(failed("articles"));
        QCOMPARE(indexer.pendingCount(&error), 0);
        QVERIFY(failed("articles"));
        QVERIFY(!indexer.store(SearchIndexer::prepare(1, {}, {}, "<p>x</p>"), &error));
        QVERIFY(failed("articles"));
        QVERIFY(!indexer.forget(1, &error));
        QVERIFY(failed("articles"));
        error = SearchRepository(*db).search(QStringLiteral("Qt")).error;
        QVERIFY(failed("articles"));

        QVERIFY(ArticleWriter(*db).storedFiles(&error).isEmpty());
        QVERIFY(failed("articles"));
        const ImportReport report = Importer(*db).run(fixture(QStringLiteral("library")));
        QVERIFY(!report.ran());
        QCOMPARE(report.imported, 0);
        error = report.fatalError;
        QVERIFY(failed("articles"));

        // A caller that takes no error still hears of it: a warning naming the file.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QRegularExpression::escape(path)
                                                + QStringLiteral(".*no such table: articles")));
        QVERIFY(articles.list({}).isEmpty());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QRegularExpression::escape(path)
                                                + QStringLiteral(".*no such table: categories")));
        QVERIFY(categories.tree().isEmpty());
    }

    // One table gone: an article is not given without its categories, and an import that could
    // not store tags stops before it writes anything.
    void partOfARecordIsNoRecord()
    {
        const QString path = m_dir.filePath(QStringLiteral("tags-gone.gloss"));
        std::unique_ptr<Database> db = broken(path, { QStringLiteral("article_tags") });
        QVERIFY(db);
        QString error;
        QCOMPARE(ArticleRepository(*db).count(std::nullopt, &error), 7);
        QVERIFY(error.isEmpty());
        QVERIFY(!ArticleRepository(*db).find(1, ArticleRepository::Detail::Full, &error));
        QVERIFY2(error.contains(path) && error.contains(u"no such table: article_tags"),
                 qPrintable(error));
        const ImportReport report = Importer(*db).run(fixture(QStringLiteral("library")));
        QVERIFY2(report.fatalError.contains(u"no such table: article_tags"),
                 qPrintable(report.fatalError));
        QCOMPARE(report.failures.size(), 0);
    }

    // Writes on a connection that may only read are refused with SQLite's reason.
    void writesOnAReadOnlyConnection()
    {
        const QString path = m_dir.filePath(QStringLiteral("query-only.gloss"));
        std::unique_ptr<Database> db = broken(path, {});
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = ON")));
        QString error;
        Highlight h;
        h.articleId = 1;
        h.selector.exact = QStringLiteral("x");
        QCOMPARE(HighlightRepository(*db).add(h, &error), 0);
        QVERIFY2(error.contains(path) && error.contains(u"readonly"), qPrintable(error));
        error.clear();
        QVERIFY(!SettingsRepository(*db).setFlag(QStringLiteral("k"), true, &error));
        QVERIFY2(error.contains(path) && error.contains(u"readonly"), qPrintable(error));
        // Reads go on.
        QCOMPARE(ArticleRepository(*db).count(), 7);
        QVERIFY(ArticleRepository(*db).find(1));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
