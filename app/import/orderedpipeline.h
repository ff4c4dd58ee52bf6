#pragma once

#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace gloss {

// Runs produce(index, worker) for index 0..count-1 on worker threads and hands each result to
// consume(index, result) on the calling thread, in index order. At most `window` results wait
// for the consumer, so memory stays bounded however large count is. Stops early when consume
// returns false or `canceled` becomes true; returns how many results were consumed.
//
// With weigh (the bytes item `index` will hold, estimated before it is made) the items being
// made or waiting also weigh at most `budget` together, unless one item alone weighs more: then
// it is the only one. Items are taken in index order, so the consumer never waits for an item
// that waits for budget.
template<typename Result, typename Produce, typename Consume>
int runOrderedPipeline(int count, int threads, int window, const std::atomic<bool> &canceled,
                       Produce produce, Consume consume,
                       const std::function<qint64(int)> &weigh = {}, qint64 budget = 0)
{
    std::vector<std::optional<Result>> results(static_cast<size_t>(count));
    std::vector<qint64> weights(weigh ? static_cast<size_t>(count) : 0);
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0;
    int consumed = 0;
    qint64 inFlight = 0; // the weight of the items taken and not yet consumed
    qint64 nextWeight = -1; // the weight of item `next`, once weighed
    bool stop = false;
    // `canceled` may be set without the mutex (from a signal handler): waits look at it often.
    auto waitUntil = [&](std::unique_lock<std::mutex> &lock, auto ready) {
        while (!ready())
            changed.wait_for(lock, std::chrono::milliseconds(50));
    };
    auto mayTakeNext = [&] {
        if (next >= consumed + window)
            return false;
        if (!weigh)
            return true;
        if (nextWeight < 0)
            nextWeight = weigh(next);
        return inFlight == 0 || inFlight + nextWeight <= budget;
    };

    auto work = [&](int worker) {
        for (;;) {
            int index = 0;
            {
                std::unique_lock lock(mutex);
                waitUntil(lock, [&] { return stop || canceled || next >= count || mayTakeNext(); });
                if (stop || canceled || next >= count)
                    return;
                index = next++;
                if (weigh) {
                    weights[size_t(index)] = nextWeight;
                    inFlight += nextWeight;
                    nextWeight = -1;
                }
            }
            Result result = produce(index, worker);
            {
                std::lock_guard lock(mutex);
                results[size_t(index)].emplace(std::move(result));
            }
            changed.notify_all();
        }
    };
    const int workerCount = std::max(1, threads > 0 ? threads : QThread::idealThreadCount());
    std::vector<std::thread> workers;
    for (int w = 0; w < workerCount; ++w)
        workers.emplace_back(work, w);

    while (consumed < count) {
        std::optional<Result> item;
        {
            std::unique_lock lock(mutex);
            waitUntil(lock, [&] { return results[size_t(consumed)].has_value() || canceled; });
            if (canceled)
                break;
            item = std::move(results[size_t(consumed)]);
            results[size_t(consumed)].reset();
        }
        const bool accepted = consume(consumed, *item);
        item.reset(); // a large result goes before the next one comes
        if (!accepted)
            break; // a result the consumer refused is not counted
        {
            std::lock_guard lock(mutex);
            if (weigh)
                inFlight -= weights[size_t(consumed)];
            ++consumed;
        }
        changed.notify_all();
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
    }
    changed.notify_all();
    for (std::thread &t : workers)
        t.join();
    return consumed;
}

} // namespace gloss
