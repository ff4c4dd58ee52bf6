#include "backgroundjob.h"

#include <QPointer>
#include <QThread>

namespace gloss {

bool BackgroundJob::run(std::function<void()> work, std::function<void()> finished)
{
    if (m_thread)
        return false;
    {
        std::lock_guard lock(m_mutex);
        m_cancelRequested = false;
        m_canceler = nullptr;
    }
    QPointer<BackgroundJob> self(this);
    m_thread = QThread::create([self, work = std::move(work), finished = std::move(finished)] {
        work();
        QThread *mine = QThread::currentThread();
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, mine, finished] {
                    if (!self)
                        return;
                    // cancelAndWait() may already have reaped this thread.
                    if (self->m_thread == mine) {
                        self->m_thread->wait();
                        self->m_thread->deleteLater();
                        self->m_thread = nullptr;
                    }
                    finished();
                },
                Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void BackgroundJob::setCanceler(std::function<void()> cancel)
{
    std::lock_guard lock(m_mutex);
    m_canceler = std::move(cancel);
    if (m_canceler && m_cancelRequested)
        m_canceler();
}

void BackgroundJob::post(std::function<void()> f)
{
    QPointer<BackgroundJob> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, f = std::move(f)] {
            if (self)
                f();
        },
        Qt::QueuedConnection);
}

void BackgroundJob::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelRequested = true;
    if (m_canceler)
        m_canceler();
}

void BackgroundJob::cancelAndWait()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace gloss
