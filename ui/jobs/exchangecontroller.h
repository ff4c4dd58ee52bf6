#pragma once

#include "backgroundjob.h"
#include "export/annotationexchange.h"

namespace gloss {

// Runs an export or an import of annotations (AnnotationExchange: W3C Web Annotations) off the
// GUI thread with a connection of its own to the library, and reports progress and the outcome
// back on the GUI thread. One at a time.
class ExchangeController : public BackgroundJob
{
    Q_OBJECT
public:
    using BackgroundJob::BackgroundJob;
    ~ExchangeController() override;

    bool startExport(const QString &libraryPath, const QString &file);
    bool startImport(const QString &libraryPath, const QString &file);

Q_SIGNALS:
    void progress(int done, int total);
    void exported(const gloss::AnnotationExchange::ExportReport &report, const QString &file);
    void imported(const gloss::AnnotationExchange::ImportReport &report, const QString &file);

private:
    // Runs work on an AnnotationExchange over the job thread's own connection to the library,
    // then finished with its report (or the reason the library did not open) on this thread.
    template<typename Report>
    bool exchange(const QString &libraryPath,
                  std::function<Report(const AnnotationExchange &)> work,
                  std::function<void(const Report &)> finished);
};

} // namespace gloss

Q_DECLARE_METATYPE(gloss::AnnotationExchange::ExportReport)
Q_DECLARE_METATYPE(gloss::AnnotationExchange::ImportReport)
