#pragma once

#include "search/searchrepository.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace gloss {

// Runs library searches on a thread of its own with its own connection, so typing never
// waits on SQLite. Only the newest search counts: older ones still queued are skipped and
// their results never reported.
class SearchController : public QObject
{
    Q_OBJECT
public:
    explicit SearchController(QObject *parent = nullptr);
    ~SearchController() override;

    // The library searched from now on (its own connection is opened on the search thread).
    void setLibrary(const QString &path);
    void search(const QString &query, const gloss::SearchRepository::Options &options);
    // Forgets the running search: its results will not be reported.
    void cancel() { ++*m_generation; }

Q_SIGNALS:
    void finished(const QString &query, const gloss::SearchRepository::Result &result);

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    // Shared with the queued searches, which may outlive this object on the search thread.
    std::shared_ptr<std::atomic<quint64>> m_generation;
};

} // namespace gloss
