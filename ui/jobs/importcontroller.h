#pragma once

#include "backgroundjob.h"
#include "import/importreport.h"

namespace gloss {

// Runs an import off the GUI thread, with a connection of its own to the library, and reports
// progress and the outcome back on the GUI thread. One import at a time.
class ImportController : public BackgroundJob
{
    Q_OBJECT
public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    bool start(const QString &libraryPath, const QString &folder);

Q_SIGNALS:
    void progress(const gloss::ImportProgress &progress);
    void finished(const gloss::ImportReport &report, const QString &folder);
};

} // namespace gloss

Q_DECLARE_METATYPE(gloss::ImportProgress)
Q_DECLARE_METATYPE(gloss::ImportReport)
