#pragma once

#include <QObject>

#include <functional>
#include <mutex>

class QThread;

namespace gloss {

// One long piece of work at a time on a thread of its own (an import, an export): it can be
// cancelled from the GUI thread, and its outcome comes back on this object's thread.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    // Blocks until the running work has stopped (when the window closes).
    void cancelAndWait();

protected:
    // Runs work on a new thread, then finished on this object's thread. Subclasses call
    // cancelAndWait() in their destructor, as work may use their members.
    bool run(std::function<void()> work, std::function<void()> finished);
    // Called by the work: how to cancel it (thread-safe), or nullptr once it no longer can be.
    void setCanceler(std::function<void()> cancel);
    // Called by the work: runs f on this object's thread (progress reports).
    void post(std::function<void()> f);

private:
    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    std::function<void()> m_canceler;
    bool m_cancelRequested = false;
};

} // namespace gloss
