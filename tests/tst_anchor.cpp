#include "annotate/anchor.h"

#include <QTest>

#include <limits>

using namespace gloss;

Q_DECLARE_METATYPE(gloss::AnchorState)

class TestAnchor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectTakesContext()
    {
        const QString text = QStringLiteral("0123456789abcdefghij");
        const TextSelector s = Anchor::select(text, 10, 13);
        QCOMPARE(s.exact, QStringLiteral("abc"));
        QCOMPARE(s.prefix, QStringLiteral("0123456789"));
        QCOMPARE(s.suffix, QStringLiteral("defghij"));
        const TextSelector clamped = Anchor::select(text, -5, 99);
        QCOMPARE(clamped.exact, text);
        QCOMPARE(clamped.start, 0);
        QCOMPARE(clamped.end, 20);

        QString longText(200, u'x');
        longText.replace(100, 3, QStringLiteral("abc"));
        const TextSelector bounded = Anchor::select(longText, 100, 103);
        QCOMPARE(bounded.prefix.size(), Anchor::contextLength);
        QCOMPARE(bounded.suffix.size(), Anchor::contextLength);
    }

    // The text a highlight was made in, then the article's new text, and where it must land.
    void locate_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("after");
        QTest::addColumn<AnchorState>("state");
        QTest::addColumn<QString>("found"); // what the highlight covers afterwards

        const QString seed = QStringLiteral("往日的热闹逝去已久，AI芯片这一行，已经快降温三年了。企"
                                            "业们的战略摇摆、动作变形随处可见。"
                                            "AI芯片市场如今进入洗牌时刻，加速呈现去 AI 化趋势。");
        QTest::newRow("unchanged") << seed << QStringLiteral("已经快降温三年了") << seed
                                   << AnchorState::Ok << QStringLiteral("已经快降温三年了");
        QTest::newRow("text inserted before")
            << seed << QStringLiteral("已经快降温三年了")
            << QStringLiteral("编者按：本文有删改。") + seed << AnchorState::Moved
            << QStringLiteral("已经快降温三年了");
        QTest::newRow("edit inside the quote")
            << seed << QStringLiteral("企业们的战略摇摆、动作变形随处可见")
            << QString(seed).replace(QStringLiteral("战略摇摆"), QStringLiteral("战略反复"))
            << AnchorState::Moved << QStringLiteral("企业们的战略反复、动作变形随处可见");
        QTest::newRow("quote deleted")
            << seed << QStringLiteral("企业们的战略摇摆、动作变形随处可见。")
            << QString(seed).remove(QStringLiteral("企业们的战略摇摆、动作变形随处可见。"))
            << AnchorState::Orphaned << QString();
        QTest::newRow("whitespace changed")
            << QStringLiteral("Signals connect objects without coupling them.")
            << QStringLiteral("connect objects without")
            << QStringLiteral("Signals  connect   objects without\ncoupling them.")
            << AnchorState::Moved << QStringLiteral("connect   objects without");
        QTest::newRow("punctuation changed")
            << QStringLiteral("资本如酒，能壮创业胆。") << QStringLiteral("资本如酒，能壮创业胆")
            << QStringLiteral("资本如酒——能壮创业胆！") << AnchorState::Moved
            << QStringLiteral("资本如酒——能壮创业胆");
        QTest::newRow("latin word edit")
            << QStringLiteral("The quick brown fox jumps over the lazy dog.")
            << QStringLiteral("brown fox jumps")
            << QStringLiteral("The quick brown foxes jump over the lazy dog.") << AnchorState::Moved
            << QStringLiteral("brown foxes jump");
        QTest::newRow("rewritten beyond recognition")
            << QStringLiteral("A sentence about chips and money.")
            << QStringLiteral("chips and money")
            << QStringLiteral("Another text entirely, on gardens.") << AnchorState::Orphaned
            << QString();
    }
    void locate()
    {
        QFETCH(QString, before);
        QFETCH(QString, quote);
        QFETCH(QString, after);
        QFETCH(AnchorState, state);
        QFETCH(QString, found);
        const int start = int(before.indexOf(quote));
        QVERIFY(start >= 0);
        const TextSelector selector = Anchor::select(before, start, start + int(quote.size()));
        const Anchor::Result result = Anchor::locate(after, selector);
        QCOMPARE(anchorStateName(result.state), anchorStateName(state));
        if (state != AnchorState::Orphaned) {
            QCOMPARE(after.mid(result.start, result.end - result.start), found);
            if (state == AnchorState::Ok)
                QCOMPARE(result.start, start);
        }
    }

    void contextChoosesAmongRepeats()
    {
        // "AI芯片" twice; the highlight was on the second one, and text is inserted before both.
        const QString before
            = QStringLiteral("第一段讲AI芯片的历史。第二段说AI芯片市场如今进入洗牌时刻。");
        const int second = int(before.lastIndexOf(QStringLiteral("AI芯片")));
        const TextSelector selector = Anchor::select(before, second, second + 4);
        const QString after = QStringLiteral("前言。") + before;
        const Anchor::Result result = Anchor::locate(after, selector);
        QCOMPARE(result.state, AnchorState::Moved);
        QCOMPARE(result.start, second + 3);
        // With the context gone, the nearest repeat wins.
        TextSelector bare = selector;
        bare.prefix.clear();
        bare.suffix.clear();
        bare.start = 0;
        bare.end = 4;
        QCOMPARE(Anchor::locate(after, bare).start, int(after.indexOf(QStringLiteral("AI芯片"))));
    }

    // Repeated and nearly repeated passages, after Hypothesis's quote-matching cases: the
    // highlight was made on one occurrence (occurrence, counted from 0) and must land on the
    // one whose context is most alike (expected, counted in the new text), however near the
    // others are; where everything is alike, the stored position decides.
    void repeatsChosenByContext_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("found");
        QTest::addColumn<int>("expected");

        const QString filler = QString(QStringLiteral("Unrelated filler sentence. ")).repeated(8);
        const QString zhFiller = QString(QStringLiteral("这是一段无关的填充文字。")).repeated(10);

        QTest::newRow("en: a space inserted next to the quote, a paragraph between")
            << QStringLiteral("Alpha said: the cat sat down today. Beta wrote,the cat sat "
                              "down!Then more words follow here.")
            << QStringLiteral("the cat sat down") << 1
            << QStringLiteral("Alpha said: the cat sat down today. ") + filler
                + QStringLiteral("Beta wrote, the cat sat down! Then more words follow here.")
            << QStringLiteral("the cat sat down") << 1;
        QTest::newRow("en: a typo fixed on either side")
            << QStringLiteral("First: open the file and read it. Second, recieve the data: open "
                              "the file and read it,then close.")
            << QStringLiteral("open the file and read it") << 1
            << QStringLiteral("Preface. First: open the file and read it. ") + filler
                + QStringLiteral("Second, receive the data: open the file and read it, then "
                                 "close.")
            << QStringLiteral("open the file and read it") << 1;
        QTest::newRow("zh: a comma changed next to the quote")
            << QStringLiteral("开头说芯片行业正在降温，大家都同意。后来又说，芯片行业正在降温"
                              "！这是第二处。")
            << QStringLiteral("芯片行业正在降温") << 1
            << QStringLiteral("开头说芯片行业正在降温，大家都同意。") + zhFiller
                + QStringLiteral("后来又说：芯片行业正在降温。这是第二处。")
            << QStringLiteral("芯片行业正在降温") << 1;
        QTest::newRow("zh: two characters of context edited")
            << QStringLiteral("甲方认为资本冷却之后会回暖。乙方补充道资本冷却之后将更理性，值"
                              "得关注。")
            << QStringLiteral("资本冷却之后") << 1
            << QStringLiteral("甲方认为资本冷却之后会回暖。") + zhFiller
                + QStringLiteral("乙方补充说资本冷却之后会更理性，值得关注。")
            << QStringLiteral("资本冷却之后") << 1;
        QTest::newRow("en: fuzzy quote twice, contexts alike, position decides")
            << QStringLiteral("We spoke of the colour of money. ") + filler
                + QStringLiteral("We spoke of the colour of money. ") + filler
            << QStringLiteral("the colour of money") << 1
            << QStringLiteral("We spoke of the color of money. ") + filler
                + QStringLiteral("We spoke of the color of money. ") + filler
            << QStringLiteral("the color of money") << 1;
        QTest::newRow("en: fuzzy quote twice, the far one keeps its context")
            << QStringLiteral("Near: the colour of money matters. ") + filler
                + QStringLiteral("Far away: the colour of money is discussed here.")
            << QStringLiteral("the colour of money") << 1
            << QStringLiteral("Near: the color of money matters. ")
                + QStringLiteral("Far away: the color of money is discussed here.") + filler
            << QStringLiteral("the color of money") << 1;
        QTest::newRow("zh: fuzzy quote twice, position decides")
            << QStringLiteral("他说往日的热闹逝去已久。") + zhFiller
                + QStringLiteral("他说往日的热闹逝去已久。") + zhFiller
            << QStringLiteral("往日的热闹逝去已久") << 1
            << QStringLiteral("他说往日的喧闹逝去已久。") + zhFiller
                + QStringLiteral("他说往日的喧闹逝去已久。") + zhFiller
            << QStringLiteral("往日的喧闹逝去已久") << 1;
        QTest::newRow("zh: fuzzy quote twice, the first keeps its context")
            << QStringLiteral("序：往日的热闹逝去已久，行业降温。") + zhFiller
                + QStringLiteral("另一处也写往日的热闹逝去已久吗？")
            << QStringLiteral("往日的热闹逝去已久") << 0
            << zhFiller + QStringLiteral("另一处也写往日的喧闹逝去已久吗？") + zhFiller
                + QStringLiteral("序：往日的喧闹逝去已久，行业降温。")
            << QStringLiteral("往日的喧闹逝去已久") << 1;
    }
    void repeatsChosenByContext()
    {
        QFETCH(QString, before);
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(QString, after);
        QFETCH(QString, found);
        QFETCH(int, expected);
        const auto nth = [](const QString &text, const QString &word, int n) {
            qsizetype at = text.indexOf(word);
            for (int i = 0; i < n && at >= 0; ++i)
                at = text.indexOf(word, at + 1);
            return int(at);
        };
        const int start = nth(before, quote, occurrence);
        QVERIFY(start >= 0);
        const TextSelector selector = Anchor::select(before, start, start + int(quote.size()));
        const Anchor::Result result = Anchor::locate(after, selector);
        QCOMPARE(result.state, AnchorState::Moved);
        QCOMPARE(after.mid(result.start, result.end - result.start), found);
        QCOMPARE(result.start, nth(after, found, expected));
    }

    void longQuoteMatchedByItsEnds()
    {
        QString before;
        for (int i = 0; i < 40; ++i)
            before += QStringLiteral("第%1句话，讲的是资本冷却之后的芯片行业。").arg(i);
        const int start = int(before.indexOf(QStringLiteral("第5句")));
        const int end = int(before.indexOf(QStringLiteral("第25句")));
        const TextSelector selector = Anchor::select(before, start, end);
        QVERIFY(selector.exact.size() > 256);
        // One character in the middle changes, and a paragraph is inserted before it.
        QString after = QStringLiteral("新加的一段。") + before;
        after.replace(QStringLiteral("第15句话"), QStringLiteral("第15句活"));
        const Anchor::Result result = Anchor::locate(after, selector);
        QCOMPARE(result.state, AnchorState::Moved);
        QVERIFY(after.mid(result.start).startsWith(u"第5句"));
        QVERIFY(after.mid(result.end).startsWith(u"第25句"));
    }

    void emptyOrOutOfRangeSelectors()
    {
        TextSelector empty;
        QCOMPARE(Anchor::locate(QStringLiteral("text"), empty).state, AnchorState::Orphaned);
        TextSelector outside;
        outside.exact = QStringLiteral("text");
        outside.start = 100;
        outside.end = 104;
        const Anchor::Result result = Anchor::locate(QStringLiteral("some text"), outside);
        QCOMPARE(result.state, AnchorState::Moved);
        QCOMPARE(result.start, 5);

        // Found by fuzz_anchor: offsets from a damaged library overflowed end - start.
        TextSelector extreme;
        extreme.exact = QStringLiteral("芯");
        extreme.start = std::numeric_limits<int>::min();
        extreme.end = std::numeric_limits<int>::max();
        const Anchor::Result far = Anchor::locate(QStringLiteral("芯片"), extreme);
        QCOMPARE(far.state, AnchorState::Moved);
        QCOMPARE(far.start, 0);
        QCOMPARE(far.end, 1);
    }
};

QTEST_GUILESS_MAIN(TestAnchor)
#include "tst_anchor.moc"
