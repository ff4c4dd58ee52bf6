#include "article/dateparser.h"

#include <QTest>
#include <QTimeZone>

using namespace gloss;

class TestDateParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QDateTime>("expected"); // invalid: not a date

        const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
        };
        const auto local = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s));
        };
        QTest::newRow("rfc2822 GMT")
            << QStringLiteral("Mon, 11 Apr 2022 08:56:00 GMT") << utc(2022, 4, 11, 8, 56, 0);
        QTest::newRow("rfc2822 UT")
            << QStringLiteral("Sun, 20 Jun 2021 23:33:00 UT") << utc(2021, 6, 20, 23, 33, 0);
        QTest::newRow("rfc2822 offset")
            << QStringLiteral("Tue, 05 Mar 2019 10:00:00 +0800") << utc(2019, 3, 5, 2, 0, 0);
        QTest::newRow("rfc2822 EST")
            << QStringLiteral("Tue, 05 Mar 2019 10:00:00 EST") << utc(2019, 3, 5, 15, 0, 0);
        QTest::newRow("rfc2822 no weekday")
            << QStringLiteral("11 Apr 2022 08:56:00 +0000") << utc(2022, 4, 11, 8, 56, 0);
        QTest::newRow("iso utc") << QStringLiteral("2022-04-11T08:56:00Z")
                                 << utc(2022, 4, 11, 8, 56, 0);
        QTest::newRow("iso offset")
            << QStringLiteral("2022-04-11T08:56:00+08:00") << utc(2022, 4, 11, 0, 56, 0);
        QTest::newRow("iso ms") << QStringLiteral("2022-04-11T08:56:00.250Z")
                                << utc(2022, 4, 11, 8, 56, 0).addMSecs(250);
        QTest::newRow("iso local")
            << QStringLiteral("2022-04-11T08:56:00") << local(2022, 4, 11, 8, 56, 0);
        QTest::newRow("hexo space")
            << QStringLiteral("2022-02-09 11:06:55") << local(2022, 2, 9, 11, 6, 55);
        QTest::newRow("hexo minutes")
            << QStringLiteral("2022-02-09 11:06") << local(2022, 2, 9, 11, 6, 0);
        QTest::newRow("date only") << QStringLiteral("2020-09-20") << local(2020, 9, 20, 0, 0, 0);
        QTest::newRow("slashes") << QStringLiteral("2022/4/9 8:05:00")
                                 << local(2022, 4, 9, 8, 5, 0);
        QTest::newRow("slashes padded")
            << QStringLiteral("2022/04/09 18:05:07") << local(2022, 4, 9, 18, 5, 7);
        QTest::newRow("slashes date") << QStringLiteral("2022/4/9") << local(2022, 4, 9, 0, 0, 0);
        QTest::newRow("spaces around")
            << QStringLiteral("  2022-02-09 11:06:55 ") << local(2022, 2, 9, 11, 6, 55);
        QTest::newRow("Invalid Date") << QStringLiteral("Invalid Date") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("bad month") << QStringLiteral("2022-13-01 00:00:00") << QDateTime();
        QTest::newRow("bad day") << QStringLiteral("2022/2/30") << QDateTime();
    }
    void parses()
    {
        QFETCH(QString, raw);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = DateParser::parse(raw);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(parsed.toUTC(), expected.toUTC());
    }
};

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
