#include "article/textdecoder.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

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

    // A real post with a few stray bytes is read, with the bytes dropped (NUL) or replaced
    // (U+FFFD), and a warning says where they were.
    void toleratesStrayBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("warnings");

        const QByteArray seed = readFile(seedPath());
        QVERIFY2(seed.size() > 20000, qPrintable(seedPath()));
        QVERIFY(!seed.contains('\r'));
        const auto row = [&](const char *name, const QList<QPair<qsizetype, QByteArray>> &pieces,
                             const QStringList &warnings) {
            const StrayBytes stray = insertStrayBytes(seed, pieces);
            QStringList filled;
            for (QString warning : warnings) {
                for (qsizetype i = 0; i < stray.offsets.size(); ++i)
                    warning.replace(u'@' + QString::number(i) + u'@',
                                    QString::number(stray.offsets.at(i)));
                filled << warning;
            }
            QTest::newRow(name) << stray.bytes << QString::fromUtf8(stray.clean) << filled;
        };
        row("one NUL", { { 1000, QByteArray(1, '\0') } },
            { QStringLiteral("1 NUL byte dropped at byte offset @0@") });
        row("one byte not UTF-8", { { 1000, "\xFF" } },
            { QStringLiteral("1 byte that is not UTF-8 replaced at byte offset @0@") });
        // Two side by side (0xFF never starts a sequence, 0x80 only continues one), then a lead
        // byte with nothing after it.
        row("three bytes not UTF-8", { { 1000, "\xFF\x80" }, { 20000, "\xC3" } },
            { QStringLiteral(
                "3 bytes that are not UTF-8 replaced at byte offsets @0@, @1@, @2@") });
        row("a character cut short", { { 3000, "\xE8\xAF" } },
            { QStringLiteral("2 bytes that are not UTF-8 replaced at byte offsets @0@, @1@") });
        QList<QPair<qsizetype, QByteArray>> twelve;
        for (int i = 0; i < 12; ++i)
            twelve.append({ 1000 + i * 1500, QByteArray(1, '\0') });
        row("twelve NULs", twelve,
            { QStringLiteral("12 NUL bytes dropped at byte offsets @0@, @1@, @2@, @3@, @4@, @5@, "
                             "@6@, @7@ and 4 more") });
        row("NUL and a byte not UTF-8", { { 500, QByteArray(1, '\0') }, { 9000, "\x80" } },
            { QStringLiteral("1 NUL byte dropped at byte offset @0@"),
              QStringLiteral("1 byte that is not UTF-8 replaced at byte offset @1@") });

        // With a UTF-8 byte order mark the offsets count it: they are offsets in the file.
        const StrayBytes afterBom = insertStrayBytes(seed, { { 1000, "\xFE" } });
        QTest::newRow("byte order mark")
            << QByteArray("\xEF\xBB\xBF") + afterBom.bytes << QString::fromUtf8(afterBom.clean)
            << QStringList { QStringLiteral("1 byte that is not UTF-8 replaced at byte offset %1")
                                 .arg(afterBom.offsets.first() + 3) };
        // Line ends are still made "\n", and a CR LF split by a NUL is one line end.
        QTest::newRow("crlf around a NUL")
            << QByteArray("a\r\nb\r\0\nc", 8) << QStringLiteral("a\nb\nc")
            << QStringList { QStringLiteral("1 NUL byte dropped at byte offset 5") };
    }
    void toleratesStrayBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QStringList, warnings);
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(result.warnings, warnings);
        QCOMPARE(result.text.size(), text.size());
        QCOMPARE(result.text, text);
        const TextDecoder::Utf8Result utf8 = TextDecoder::decodeToUtf8(bytes);
        QCOMPARE(utf8.text, text.toUtf8());
        QCOMPARE(utf8.warnings, warnings);
    }

    // Binary files are refused by what they are; so is text with more than a few stray bytes.
    void refusesBinary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");

        const QByteArray seed = readFile(seedPath());
        QVERIFY(!seed.isEmpty());
        // A signature is enough, even with a post after it.
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16) + seed
                             << QStringLiteral("binary file (a PNG image)");
        QTest::newRow("JPEG") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11) + seed
                              << QStringLiteral("binary file (a JPEG image)");
        QTest::newRow("GIF") << QByteArray("GIF89a\x01\0\x01\0", 10) + seed
                             << QStringLiteral("binary file (a GIF image)");
        QTest::newRow("ZIP") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) + seed
                             << QStringLiteral("binary file (a ZIP archive)");
        QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\0\0\0\0\0\0\x03", 10) + qCompress(seed)
                              << QStringLiteral("binary file (a gzip archive)");
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n") + seed
                             << QStringLiteral("binary file (a PDF document)");

        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : random)
            c = char(generator.bounded(256));
        QTest::newRow("random bytes")
            << random
            << QStringLiteral("binary file (%1 of its 65536 bytes are "
                              "not text)")
                   .arg(random.count('\0') + [&] {
                       int control = 0;
                       for (const char c : random) {
                           const uchar u = uchar(c);
                           control += u > 0 && u < 0x20 && u != '\t' && u != '\n' && u != '\v'
                               && u != '\f' && u != '\r' && u != 0x1B;
                       }
                       return control;
                   }());
        // UTF-16 without a byte order mark: every other byte of the Latin text is NUL.
        const QString text = QString::fromUtf8(seed);
        QTest::newRow("UTF-16 without BOM")
            << QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)
            << QStringLiteral("binary file (it contains NUL bytes)");
        QByteArray manyNul = seed;
        for (qsizetype i = 0; i < manyNul.size(); i += 50)
            manyNul[i] = '\0';
        QTest::newRow("one NUL in fifty")
            << manyNul << QStringLiteral("binary file (it contains NUL bytes)");
        QList<QPair<qsizetype, QByteArray>> pieces;
        for (int i = 0; i < 400; ++i)
            pieces.append({ 400 + i * 60, "\xFF" });
        const StrayBytes damaged = insertStrayBytes(seed, pieces);
        QTest::newRow("too many bytes not UTF-8")
            << damaged.bytes
            << QStringLiteral("not valid UTF-8 (%1 of its %2 bytes are not)")
                   .arg(damaged.offsets.size())
                   .arg(damaged.bytes.size());
        QTest::newRow("too many after a BOM") << QByteArray("\xEF\xBB\xBF")
                + damaged.bytes << QStringLiteral("invalid UTF-8 after a UTF-8 byte order mark");
    }
    void refusesBinary()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QCOMPARE(result.error, error);
        QVERIFY(result.text.isEmpty());
        QVERIFY(result.warnings.isEmpty());
    }

    // A whole real post in GB18030 is GB18030, not UTF-8 with replacement characters; with a
    // NUL in it, still GB18030 and the NUL reported.
    void gb18030PostIsNotDamagedUtf8()
    {
        const QByteArray seed = readFile(seedPath());
        const QString text = QString::fromUtf8(seed);
        QStringEncoder encoder("GB18030");
        const QByteArray gb = encoder.encode(text);
        QVERIFY(!encoder.hasError());
        QVERIFY(gb != seed);

        TextDecoder::Result result = TextDecoder::decode(gb);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.encoding, QStringLiteral("GB18030"));
        QCOMPARE(result.text, text);
        QVERIFY(result.warnings.isEmpty());

        const StrayBytes withNul = insertStrayBytes(gb, { { 2000, QByteArray(1, '\0') } });
        result = TextDecoder::decode(withNul.bytes);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.encoding, QStringLiteral("GB18030"));
        QCOMPARE(result.text, text);
        QCOMPARE(result.warnings,
                 QStringList { QStringLiteral("1 NUL byte dropped at byte offset %1")
                                   .arg(withNul.offsets.first()) });

        // A byte that GB18030 does not have either: refused, not read as mangled UTF-8.
        const StrayBytes broken = insertStrayBytes(gb, { { 2000, "\xFF" } });
        result = TextDecoder::decode(broken.bytes);
        QCOMPARE(result.error, QStringLiteral("the text is not valid GB18030"));
    }

    // A clean UTF-8 file comes back in its own buffer: no copy of a large post.
    void cleanUtf8IsNotCopied()
    {
        QByteArray bytes = readFile(seedPath());
        const char *data = bytes.constData();
        const TextDecoder::Utf8Result result = TextDecoder::decodeToUtf8(std::move(bytes));
        QVERIFY(result.ok());
        QCOMPARE(result.text.constData(), data);
        QVERIFY(result.warnings.isEmpty());
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
