#include "searchcontroller.h"

#include "library/database.h"

#include <QPointer>
#include <QThread>

namespace gloss {

// Lives on the search thread and owns the connection there.
class SearchController::Worker : public QObject
{
public:
    void setLibrary(const QString &path)
    {
        if (path != m_path) {
            m_db.reset();
            m_path = path;
        }
    }
    SearchRepository::Result search(const QString &query, const SearchRepository::Options &options)
    {
        if (!m_db && !m_path.isEmpty()) {
            Database::OpenResult opened = Database::open(m_path);
            if (!opened.database) {
                SearchRepository::Result failed;
                failed.error = opened.error;
                return failed;
            }
            m_db = std::move(opened.database);
        }
        if (!m_db)
            return {};
        return SearchRepository(*m_db).search(query, options);
    }
    void close() { m_db.reset(); }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

SearchController::SearchController(QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("gloss-search"));
    m_worker = new Worker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SearchController::~SearchController()
{
    ++*m_generation;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); });
    m_thread->quit();
    m_thread->wait();
}

void SearchController::setLibrary(const QString &path)
{
    ++*m_generation;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, path] { worker->setLibrary(path); });
}

void SearchController::search(const QString &query, const SearchRepository::Options &options)
{
    const quint64 generation = ++*m_generation;
    Worker *worker = m_worker;
    const auto current = m_generation;
    QPointer<SearchController> self(this);
    QMetaObject::invokeMethod(worker, [=] {
        if (current->load() != generation)
            return; // a newer search is queued behind this one
        const SearchRepository::Result result = worker->search(query, options);
        if (current->load() != generation)
            return;
        QMetaObject::invokeMethod(self, [=] {
            if (self && current->load() == generation)
                Q_EMIT self->finished(query, result);
        });
    });
}

} // namespace gloss
