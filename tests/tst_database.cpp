#include "library/database.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
            " title, body_format, html, text, imported_at, updated_at)"
            " VALUES (1, '/a.md', '/', 1, 1, x'00', 't', 'html', '<p>x</p>', 'x', 0, 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO highlights(article_id, color, exact, "
                                      "start_offset, end_offset, created_at, updated_at)"
                                      " VALUES (1, 'yellow', 'x', 0, 1, 0, 0)")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM articles WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM highlights_fts WHERE highlights_fts MATCH 'x'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
