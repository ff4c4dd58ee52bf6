#include "exportcontroller.h"

#include "library/database.h"

#include <QPointer>
#include <QThread>

namespace gloss {

ExportController::ExportController(QObject *parent)
    : QObject(parent)
{ }

ExportController::~ExportController()
{
    cancelAndWait();
}

bool ExportController::start(const QString &libraryPath, const QString &folder,
                             const MarkdownExporter::Options &options)
{
    if (m_thread)
        return false;
    m_cancelRequested = false;
    QPointer<ExportController> self(this);
    m_thread = QThread::create([this, self, libraryPath, folder, options] {
        MarkdownExporter::Report report;
        Database::OpenResult opened = Database::open(libraryPath);
        if (!opened.database) {
            report.error = opened.error;
        } else {
            MarkdownExporter exporter(*opened.database);
            exporter.setProgressHandler([self](int done, int total) {
                if (self)
                    QMetaObject::invokeMethod(
                        self,
                        [self, done, total] {
                            if (self)
                                Q_EMIT self->progress(done, total);
                        },
                        Qt::QueuedConnection);
            });
            {
                std::lock_guard lock(m_mutex);
                m_exporter = &exporter;
                if (m_cancelRequested)
                    exporter.cancel();
            }
            report = exporter.run(folder, options);
            std::lock_guard lock(m_mutex);
            m_exporter = nullptr;
        }
        QThread *mine = QThread::currentThread();
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, mine, report, folder] {
                    if (!self)
                        return;
                    if (self->m_thread == mine) {
                        self->m_thread->wait();
                        self->m_thread->deleteLater();
                        self->m_thread = nullptr;
                    }
                    Q_EMIT self->finished(report.written, report.error, report.canceled, folder);
                },
                Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void ExportController::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelRequested = true;
    if (m_exporter)
        m_exporter->cancel();
}

void ExportController::cancelAndWait()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace gloss
