#include "import/orderedpipeline.h"

#include <QTest>

#include <atomic>
#include <mutex>

using namespace gloss;

// The importer's pipeline: results in order, and never more items in memory than it allows.
class TestOrderedPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inOrder()
    {
        const std::atomic<bool> canceled { false };
        QList<int> seen;
        const int consumed = runOrderedPipeline<int>(
            1000, 4, 16, canceled, [](int i, int) { return i * 2; },
            [&](int i, int &result) {
                seen << result;
                return i < 599; // refuses the 600th
            });
        QCOMPARE(consumed, 599);
        QCOMPARE(seen.size(), 600);
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), i * 2);
    }

    // Items being made or waiting weigh at most the budget together; one heavier than the
    // budget is alone. (A folder of large posts never has several of them in memory.)
    void weightBudget_data()
    {
        QTest::addColumn<QList<qint64>>("weights");
        QTest::addColumn<qint64>("budget");
        QList<qint64> mixed;
        for (int i = 0; i < 300; ++i)
            mixed << (i % 7 == 3 ? 500 : i % 5 == 0 ? 40 : 3);
        QTest::newRow("mixed") << mixed << qint64(100);
        QTest::newRow("all heavy") << QList<qint64>(50, 1000) << qint64(100);
        QTest::newRow("all light") << QList<qint64>(500, 1) << qint64(100);
    }
    void weightBudget()
    {
        QFETCH(QList<qint64>, weights);
        QFETCH(qint64, budget);
        const std::atomic<bool> canceled { false };
        std::mutex mutex;
        qint64 alive = 0; // from the start of produce to the end of consume
        qint64 mostAlive = 0;
        bool heavyNotAlone = false;
        QList<int> order;
        const auto take = [&](int i) {
            std::lock_guard lock(mutex);
            alive += weights.at(i);
            mostAlive = std::max(mostAlive, alive);
            if (weights.at(i) > budget && alive != weights.at(i))
                heavyNotAlone = true;
        };
        const int consumed = runOrderedPipeline<int>(
            int(weights.size()), 4, 64, canceled,
            [&](int i, int) {
                take(i);
                QThread::usleep(50); // give the other workers time to run ahead
                return i;
            },
            [&](int i, int &result) {
                order << result;
                std::lock_guard lock(mutex);
                alive -= weights.at(i);
                return true;
            },
            [&](int i) { return weights.at(i); }, budget);
        QCOMPARE(consumed, int(weights.size()));
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(order.at(i), i);
        QCOMPARE(alive, qint64(0));
        QVERIFY(!heavyNotAlone);
        const qint64 heaviest = *std::max_element(weights.cbegin(), weights.cend());
        QVERIFY2(mostAlive <= std::max(budget, heaviest), qPrintable(QString::number(mostAlive)));
        // It did run items side by side where the budget allowed.
        if (heaviest * 2 <= budget)
            QVERIFY2(mostAlive > heaviest, qPrintable(QString::number(mostAlive)));
    }
};

QTEST_GUILESS_MAIN(TestOrderedPipeline)
#include "tst_orderedpipeline.moc"
