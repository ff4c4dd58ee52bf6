#pragma once

#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
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
template<typename Result, typename Produce, typename Consume>
int runOrderedPipeline(int count, int threads, int window, const std::atomic<bool> &canceled,
                       Produce produce, Consume consume)
{
    std::vector<std::optional<Result>> results(static_cast<size_t>(count));
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0;
    int consumed = 0;
    bool stop = false;
    // `canceled` may be set without the mutex (from a signal handler): waits look at it often.
    auto waitUntil = [&](std::unique_lock<std::mutex> &lock, auto ready) {
        while (!ready())
            changed.wait_for(lock, std::chrono::milliseconds(50));
    };

    auto work = [&](int worker) {
        for (;;) {
            int index = 0;
            {
                std::unique_lock lock(mutex);
                waitUntil(lock, [&] {
                    return stop || canceled || next >= count || next < consumed + window;
                });
                if (stop || canceled || next >= count)
                    return;
                index = next++;
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
        if (!consume(consumed, *item))
            break; // a result the consumer refused is not counted
        {
            std::lock_guard lock(mutex);
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
