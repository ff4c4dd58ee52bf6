#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/settingsrepository.h"
#include "testsupport.h"
#include "text/cjktokenizer.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

using namespace gloss;
using namespace gloss::test;

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QVariant pragma(const Database &db, const QString &name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            return {};
        return query.value(0);
    }

    static QByteArray digest(const QString &path)
    {
        return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
    }

    // Makes a plain SQLite file with the given pragmas and one table.
    static void makeSqlite(const QString &path, const char *sql)
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }

private Q_SLOTS:
    void createsAndMigrates()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/dir/new.gloss"));
        Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        const Database &db = *opened.database;
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(),
                 Database::latestSchemaVersion());
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::applicationId);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));

        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")));
        QStringList tables;
        while (query.next())
            tables << query.value(0).toString();
        for (const QString &table :
             { QStringLiteral("articles"), QStringLiteral("categories"),
               QStringLiteral("article_categories"), QStringLiteral("tags"),
               QStringLiteral("article_tags"), QStringLiteral("highlights"),
               QStringLiteral("articles_fts"), QStringLiteral("highlights_fts") })
            QVERIFY2(tables.contains(table), qPrintable(table));
    }

    void reopensWithoutMigratingAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.gloss"));
        {
            Database::OpenResult first = Database::open(path);
            QVERIFY(first.database);
            QSqlQuery query(first.database->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO tags(name) VALUES ('kept')")));
        }
        Database::OpenResult second = Database::open(path);
        QVERIFY2(second.database, qPrintable(second.error));
        QSqlQuery query(second.database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM tags")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
    }

    void emptyFileBecomesALibrary()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.gloss"));
        QVERIFY(writeFile(path, QByteArray()));
        Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(opened.database->schemaVersion(), Database::latestSchemaVersion());
    }

    void refusesNewerLibrary()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.gloss"));
        const QByteArray sql
            = "PRAGMA application_id = " + QByteArray::number(Database::applicationId)
            + "; PRAGMA user_version = 999; CREATE TABLE articles(id INTEGER PRIMARY KEY);";
        makeSqlite(path, sql.constData());
        const QByteArray before = digest(path);
        const Database::OpenResult opened = Database::open(path);
        QVERIFY(!opened.database);
        QVERIFY2(opened.error.contains(u"newer Gloss"), qPrintable(opened.error));
        QVERIFY(opened.error.contains(path));
        QVERIFY(opened.error.contains(u"999"));
        QCOMPARE(digest(path), before);
    }

    void refusesOtherSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        makeSqlite(path, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x');");
        const QByteArray before = digest(path);
        const Database::OpenResult opened = Database::open(path);
        QVERIFY(!opened.database);
        QVERIFY2(opened.error.contains(u"not a Gloss library"), qPrintable(opened.error));
        QCOMPARE(digest(path), before);
    }

    void refusesNonSqliteFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("these are my notes, not a database\n");
        QTest::newRow("truncated sqlite header") << QByteArray("SQLite for");
        QByteArray damaged("SQLite format 3\0", 16);
        damaged += QByteArray(100, '\xff');
        QTest::newRow("damaged sqlite") << damaged;
    }
    void refusesNonSqliteFile()
    {
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath(
            QStringLiteral("notes-%1.gloss")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(writeFile(path, bytes));
        const Database::OpenResult opened = Database::open(path);
        QVERIFY(!opened.database);
        QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
        QCOMPARE(readFile(path), bytes);
    }

    void refusesFolder()
    {
        const Database::OpenResult opened = Database::open(m_dir.path());
        QVERIFY(!opened.database);
        QVERIFY(opened.error.contains(u"is a folder"));
    }

    void highlightsOutliveNothing()
    {
        // An article carrying a highlight cannot be deleted: highlights are never lost silently.
        Database::OpenResult opened = Database::open(m_dir.filePath(QStringLiteral("fk.gloss")));
        QVERIFY(opened.database);
        QSqlQuery q(opened.database->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO articles(id, source_path, source_root, file_size, file_mtime, "
            "content_hash,"
            " title, body_format, text, imported_at, updated_at)"
            " VALUES (1, '/a.md', '/', 1, 1, x'00', 't', 'html', 'x', 0, 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO highlights(article_id, color, exact, "
                                      "start_offset, end_offset, created_at, updated_at)"
                                      " VALUES (1, 'yellow', 'x', 0, 1, 0, 0)")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM articles WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM highlights_fts WHERE highlights_fts MATCH 'x'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesFormat3ToStableIdsAndTags()
    {
        // A library as Gloss wrote it before format 4: made with the migrations of that time.
        const QString path = m_dir.filePath(QStringLiteral("format3.gloss"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QString error;
        QVERIFY2(CjkTokenizer::registerWith(raw, &error), qPrintable(error));
        QByteArray script;
        for (const char *file :
             { "001_initial.sql", "002_settings.sql", "003_article_note_search.sql" })
            script += readFile(QStringLiteral(":/gloss/sql/") + QLatin1String(file)) + '\n';
        script += "PRAGMA user_version = 3; PRAGMA application_id = "
            + QByteArray::number(Database::applicationId)
            + ";"
              "INSERT INTO articles(id, source_path, source_root, file_size, file_mtime,"
              " content_hash, title, body_format, html, text, imported_at, updated_at, note)"
              " VALUES (1, '/p/a.md', '/p', 1, 1, x'00', 'a', 'html', '<p>x</p>', 'alpha beta',"
              " 0, 0, 'kept note'), (2, '/p/b.md', '/p', 1, 1, x'00', 'b', 'html', '<p>y</p>', 'y',"
              " 0, 0, '');"
              "INSERT INTO highlights(id, article_id, color, exact, start_offset, end_offset,"
              " created_at, updated_at, note) VALUES (7, 1, 'yellow', 'alpha', 0, 5, 0, 0, "
              "'first'),"
              " (9, 1, 'green', 'beta', 6, 10, 0, 0, 'zweite');"
              // Tags that differ in case or Unicode form only: one tag from now on.
              "INSERT INTO tags(id, name) VALUES (1, 'Reading'), (2, 'reading'),"
              " (3, 'Cafe\xcc\x81'), (4, 'caf\xc3\xa9'), (5, 'other');"
              "INSERT INTO article_tags(article_id, tag_id) VALUES (1, 1), (1, 2), (2, 2), (2, 4),"
              " (2, 5);";
        QCOMPARE(sqlite3_exec(raw, script.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);

        Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        const Database &db = *opened.database;
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(db, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_key_check")), QVariant());
        QVERIFY(!QUuid::fromString(SettingsRepository(db).libraryId()).isNull());

        // Highlights keep their ids, get distinct uuids, and the search index still finds them.
        const QList<Highlight> highlights = HighlightRepository(db).list();
        QCOMPARE(highlights.size(), 2);
        QCOMPARE(highlights.at(0).id, 7);
        QCOMPARE(highlights.at(1).id, 9);
        QCOMPARE(highlights.at(1).note, QStringLiteral("zweite"));
        QVERIFY(!QUuid::fromString(highlights.at(0).uuid).isNull());
        QCOMPARE(QUuid::fromString(highlights.at(0).uuid).version(), QUuid::Random);
        QVERIFY(highlights.at(0).uuid != highlights.at(1).uuid);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH 'zweite'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 9);
        QVERIFY(HighlightRepository(db).setNote(9, QStringLiteral("dritte"), &error));
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH 'dritte'"))
                && q.next());

        // Tags: one per name whatever the case or form, the posts still carrying theirs.
        QVERIFY(q.exec(QStringLiteral("SELECT id, name, name_key FROM tags ORDER BY id")));
        QStringList tags;
        while (q.next())
            tags << QStringLiteral("%1 %2 %3")
                        .arg(q.value(0).toInt())
                        .arg(q.value(1).toString(), q.value(2).toString());
        QCOMPARE(tags,
                 QStringList({ QStringLiteral("1 Reading reading"),
                               QStringLiteral("3 Cafe\u0301 caf\u00e9"),
                               QStringLiteral("5 other other") }));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT article_id || ':' || tag_id FROM article_tags ORDER BY article_id, tag_id")));
        QStringList links;
        while (q.next())
            links << q.value(0).toString();
        QCOMPARE(links,
                 QStringList({ QStringLiteral("1:1"), QStringLiteral("2:1"), QStringLiteral("2:3"),
                               QStringLiteral("2:5") }));

        // A note written before format 4 counts as written at the update; no note, no time.
        QVERIFY(q.exec(QStringLiteral("SELECT note_updated_at FROM articles ORDER BY id")));
        QVERIFY(q.next());
        QVERIFY(qAbs(q.value(0).toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
        QVERIFY(q.next());
        QVERIFY(q.isNull(0));

        // Format 5: the HTML moved to a table of its own, every article's, byte for byte.
        QVERIFY(q.exec(QStringLiteral("SELECT article_id, html FROM article_html ORDER BY 1")));
        QStringList html;
        while (q.next())
            html << q.value(0).toString() + u' ' + q.value(1).toString();
        QCOMPARE(html, QStringList({ QStringLiteral("1 <p>x</p>"), QStringLiteral("2 <p>y</p>") }));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('articles')"
                                      " WHERE name = 'html'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const std::optional<ArticleRecord> article
            = ArticleRepository(db).find(2, ArticleRepository::Detail::Full, &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->article.html, QStringLiteral("<p>y</p>"));

        // A row written without a uuid (by an older Gloss's SQL) still gets one.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO highlights(article_id, color, exact, start_offset, end_offset,"
            " created_at, updated_at) VALUES (2, 'blue', 'y', 0, 1, 0, 0)")));
        QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM highlights WHERE exact = 'y'"))
                && q.next());
        QCOMPARE(QUuid::fromString(q.value(0).toString()).version(), QUuid::Random);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
