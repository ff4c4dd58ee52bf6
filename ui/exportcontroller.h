#pragma once

#include "export/markdownexporter.h"

#include <QObject>

#include <mutex>

class QThread;

namespace gloss {

// Runs a Markdown export off the GUI thread with a connection of its own to the library, and
// reports progress and the outcome back on the GUI thread. One export at a time.
class ExportController : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    bool start(const QString &libraryPath, const QString &folder,
               const MarkdownExporter::Options &options);
    void cancel();
    void cancelAndWait();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const QStringList &written, const QString &error, bool canceled,
                  const QString &folder);

private:
    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    MarkdownExporter *m_exporter = nullptr; // guarded by m_mutex
    bool m_cancelRequested = false;
};

} // namespace gloss
