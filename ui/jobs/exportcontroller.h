#pragma once

#include "backgroundjob.h"
#include "export/markdownexporter.h"

namespace gloss {

// Runs a Markdown export off the GUI thread with a connection of its own to the library, and
// reports progress and the outcome back on the GUI thread. One export at a time.
class ExportController : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;
    ~ExportController() override;

    bool start(const QString &libraryPath, const QString &folder,
               const MarkdownExporter::Options &options);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const QStringList &written, const QString &error, bool canceled,
                  const QString &folder);
};

} // namespace gloss
