#include "article/textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace gloss;

class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");

        const QString zh = QStringLiteral("标题：芯片\n正文");
        QTest::newRow("utf-8") << zh.toUtf8() << zh << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom")
            << QByteArray("\xEF\xBB\xBF") + zh.toUtf8() << zh << QStringLiteral("UTF-8");
        QByteArray le("\xFF\xFE");
        QByteArray be("\xFE\xFF");
        for (const QChar c : zh) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf-16le bom") << le << zh << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be bom") << be << zh << QStringLiteral("UTF-16BE");
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n\r\nc") << QStringLiteral("a\nb\n\nc")
                              << QStringLiteral("UTF-8");
        QTest::newRow("lone cr") << QByteArray("a\rb") << QStringLiteral("a\nb")
                                 << QStringLiteral("UTF-8");
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.text, text);
        QCOMPARE(result.encoding, encoding);
    }

    void detectsGb18030()
    {
        const QString text = QStringLiteral(
            "资本市场的冷却并不意味着技术的停滞，芯片行业仍在向前走。这是一段足够长的中文，"
            "好让编码检测认出它用的是国标编码，而不是别的什么编码。");
        QStringEncoder encoder("GB18030");
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.text, text);
        QCOMPARE(result.encoding, QStringLiteral("GB18030"));
    }

    void refusesBinary()
    {
        const TextDecoder::Result result = TextDecoder::decode(QByteArray("abc\0def", 7));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(u"binary"));
        QVERIFY(result.text.isEmpty());
    }

    void refusesBrokenUtf16()
    {
        // A BOM promising UTF-16LE followed by an unpaired surrogate.
        const TextDecoder::Result result
            = TextDecoder::decode(QByteArray("\xFF\xFE\x00\xD8\x41\x00", 6));
        QVERIFY(!result.ok());
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
