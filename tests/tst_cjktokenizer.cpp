#include "text/cjktokenizer.h"

#include <QSet>
#include <QTest>

#include <sqlite3.h>

using namespace gloss;

// Drives the tokenizer through a real FTS5 table on an in-memory database.
class TestCjkTokenizer : public QObject
{
    Q_OBJECT

    sqlite3 *m_db = nullptr;

    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            const QString message = QString::fromUtf8(error);
            sqlite3_free(error);
            QFAIL(qPrintable(message));
        }
    }

    // The rowids whose text matches an FTS5 query.
    QSet<int> match(const QString &query)
    {
        QSet<int> rows;
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT rowid FROM docs WHERE docs MATCH ?", -1, &stmt, nullptr);
        const QByteArray q = query.toUtf8();
        sqlite3_bind_text(stmt, 1, q.constData(), int(q.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            rows.insert(sqlite3_column_int(stmt, 0));
        sqlite3_finalize(stmt);
        return rows;
    }

    // The tokens of one text, in order, as the index stores them.
    QStringList tokens(const QString &text)
    {
        exec("DELETE FROM probe");
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(m_db, "INSERT INTO probe(rowid, body) VALUES (1, ?)", -1, &stmt,
                           nullptr);
        const QByteArray t = text.toUtf8();
        sqlite3_bind_text(stmt, 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
        sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        QList<QPair<int, QString>> found;
        sqlite3_prepare_v2(m_db, "SELECT term, offset FROM probe_vocab ORDER BY offset", -1, &stmt,
                           nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            found.append({ sqlite3_column_int(stmt, 1),
                           QString::fromUtf8(
                               reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))) });
        sqlite3_finalize(stmt);
        QStringList list;
        for (const auto &pair : found)
            list << pair.second;
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        QString error;
        QVERIFY2(CjkTokenizer::registerWith(m_db, &error), qPrintable(error));
        exec("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='gloss_cjk')");
        exec("CREATE VIRTUAL TABLE probe USING fts5(body, tokenize='gloss_cjk')");
        exec("CREATE VIRTUAL TABLE probe_vocab USING fts5vocab(probe, instance)");
        const char *docs[] = {
            "INSERT INTO docs(rowid, body) VALUES (1, 'AI芯片，撑得过明年吗？')",
            "INSERT INTO docs(rowid, body) VALUES (2, '资本冷却之后，芯片公司开始重新思考。')",
            "INSERT INTO docs(rowid, body) VALUES (3, '片')",
            "INSERT INTO docs(rowid, body) VALUES (4, 'Transformers and transistors: a Café in "
            "Zürich')",
            "INSERT INTO docs(rowid, body) VALUES (5, '资本的冷却')",
            "INSERT INTO docs(rowid, body) VALUES (6, 'ＡＩ时代的日本語とカタカナ')",
        };
        for (const char *sql : docs)
            exec(sql);
    }
    void cleanupTestCase() { sqlite3_close(m_db); }

    void documentTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("bigrams and the last character")
            << QStringLiteral("资本冷却")
            << QStringList { QStringLiteral("资本"), QStringLiteral("本冷"), QStringLiteral("冷却"),
                             QStringLiteral("却") };
        QTest::newRow("single character")
            << QStringLiteral("片") << QStringList { QStringLiteral("片") };
        QTest::newRow("punctuation splits runs")
            << QStringLiteral("芯片，资本。")
            << QStringList { QStringLiteral("芯片"), QStringLiteral("片"), QStringLiteral("资本"),
                             QStringLiteral("本") };
        QTest::newRow("mixed latin and cjk")
            << QStringLiteral("AI芯片 Qt6")
            << QStringList { QStringLiteral("ai"), QStringLiteral("芯片"), QStringLiteral("片"),
                             QStringLiteral("qt6") };
        QTest::newRow("diacritics folded")
            << QStringLiteral("Café Zürich")
            << QStringList { QStringLiteral("cafe"), QStringLiteral("zurich") };
        QTest::newRow("kana") << QStringLiteral("カタカナ")
                              << QStringList { QStringLiteral("カタ"), QStringLiteral("タカ"),
                                               QStringLiteral("カナ"), QStringLiteral("ナ") };
    }
    void documentTokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(tokens(text), expected);
    }

    void queries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QSet<int>>("rows");
        QTest::newRow("two characters") << QStringLiteral("芯片") << QSet<int> { 1, 2 };
        QTest::newRow("one character as prefix") << QStringLiteral("片*") << QSet<int> { 1, 2, 3 };
        QTest::newRow("one character mid-word")
            << QStringLiteral("本*") << QSet<int> { 2, 5, 6 }; // 6: 日本語
        QTest::newRow("four characters") << QStringLiteral("资本冷却") << QSet<int> { 2 };
        QTest::newRow("not across other characters") << QStringLiteral("本冷") << QSet<int> { 2 };
        QTest::newRow("three characters") << QStringLiteral("撑得过") << QSet<int> { 1 };
        QTest::newRow("latin and cjk phrase") << QStringLiteral("\"AI芯片\"") << QSet<int> { 1 };
        QTest::newRow("case folded") << QStringLiteral("TRANSFORMERS") << QSet<int> { 4 };
        QTest::newRow("prefix") << QStringLiteral("trans*") << QSet<int> { 4 };
        QTest::newRow("diacritics ignored") << QStringLiteral("cafe zurich") << QSet<int> { 4 };
        QTest::newRow("absent") << QStringLiteral("内存") << QSet<int> {};
    }
    void queries()
    {
        QFETCH(QString, query);
        QFETCH(QSet<int>, rows);
        QCOMPARE(match(query), rows);
    }

    void longRunsKeepEveryBigram()
    {
        // A CJK run far longer than any buffer: every adjacent pair is still a token.
        QString text;
        for (int i = 0; i < 1000; ++i)
            text += QChar(0x4E00 + i);
        const QStringList list = tokens(text);
        QCOMPARE(list.size(), 1000);
        QCOMPARE(list.at(600), QString(QChar(0x4E00 + 600)) + QChar(0x4E00 + 601));
    }

    void malformedUtf8DoesNotCrash()
    {
        exec("INSERT INTO probe(rowid, body) VALUES (2, CAST(X'E88AAF' || X'FF' || X'E7' || X'41' "
             "AS TEXT))");
        exec("DELETE FROM probe");
    }
};

QTEST_GUILESS_MAIN(TestCjkTokenizer)
#include "tst_cjktokenizer.moc"
