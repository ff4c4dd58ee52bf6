#include "exportcontroller.h"

#include "library/database.h"

#include <memory>

namespace gloss {

ExportController::~ExportController()
{
    cancelAndWait();
}

bool ExportController::start(const QString &libraryPath, const QString &folder,
                             const MarkdownExporter::Options &options)
{
    auto report = std::make_shared<MarkdownExporter::Report>();
    return run(
        [this, report, libraryPath, folder, options] {
            Database::OpenResult opened = Database::open(libraryPath);
            if (!opened.database) {
                report->error = opened.error;
                return;
            }
            MarkdownExporter exporter(*opened.database);
            exporter.setProgressHandler([this](int done, int total) {
                post([this, done, total] { Q_EMIT progress(done, total); });
            });
            setCanceler([&exporter] { exporter.cancel(); });
            *report = exporter.run(folder, options);
            setCanceler(nullptr);
        },
        [this, report, folder] {
            Q_EMIT finished(report->written, report->error, report->canceled, folder);
        });
}

} // namespace gloss
