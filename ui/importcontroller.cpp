#include "importcontroller.h"

#include "import/importer.h"
#include "library/database.h"

#include <QThread>

namespace gloss {

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<gloss::ImportProgress>();
    qRegisterMetaType<gloss::ImportReport>();
}

ImportController::~ImportController()
{
    cancelAndWait();
}

bool ImportController::start(const QString &libraryPath, const QString &folder)
{
    if (m_thread)
        return false;
    m_cancelRequested = false;
    QPointer<ImportController> self(this);
    m_thread = QThread::create([this, self, libraryPath, folder] {
        ImportReport report;
        Database::OpenResult opened = Database::open(libraryPath);
        if (!opened.database) {
            report.fatalError = opened.error;
        } else {
            Importer importer(*opened.database);
            importer.setProgressHandler([self](const ImportProgress &p) {
                if (self)
                    QMetaObject::invokeMethod(
                        self,
                        [self, p] {
                            if (self)
                                Q_EMIT self->progress(p);
                        },
                        Qt::QueuedConnection);
            });
            {
                std::lock_guard lock(m_mutex);
                m_importer = &importer;
                if (m_cancelRequested)
                    importer.cancel();
            }
            report = importer.run(folder);
            std::lock_guard lock(m_mutex);
            m_importer = nullptr;
        }
        QThread *mine = QThread::currentThread();
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, mine, report, folder] {
                    if (!self)
                        return;
                    // cancelAndWait() may already have reaped this thread.
                    if (self->m_thread == mine) {
                        self->m_thread->wait();
                        self->m_thread->deleteLater();
                        self->m_thread = nullptr;
                    }
                    Q_EMIT self->finished(report, folder);
                },
                Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void ImportController::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelRequested = true;
    if (m_importer)
        m_importer->cancel();
}

void ImportController::cancelAndWait()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace gloss
