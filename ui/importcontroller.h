#pragma once

#include "import/importreport.h"

#include <QObject>
#include <QPointer>

#include <mutex>

class QThread;

namespace gloss {

class Importer;

// Runs an import off the GUI thread, with a connection of its own to the library, and reports
// progress and the outcome back on the GUI thread. One import at a time.
class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    bool start(const QString &libraryPath, const QString &folder);
    void cancel();
    // Blocks until the running import has stopped (used when the window closes).
    void cancelAndWait();

Q_SIGNALS:
    void progress(const gloss::ImportProgress &progress);
    void finished(const gloss::ImportReport &report, const QString &folder);

private:
    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    Importer *m_importer = nullptr; // guarded by m_mutex; lives on the import thread
    bool m_cancelRequested = false;
};

} // namespace gloss

Q_DECLARE_METATYPE(gloss::ImportProgress)
Q_DECLARE_METATYPE(gloss::ImportReport)
