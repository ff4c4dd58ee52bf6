#include "importcontroller.h"

#include "import/importer.h"
#include "library/database.h"

#include <memory>

namespace gloss {

ImportController::ImportController(QObject *parent)
    : BackgroundJob(parent)
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
    auto report = std::make_shared<ImportReport>();
    return run(
        [this, report, libraryPath, folder] {
            Database::OpenResult opened = Database::open(libraryPath);
            if (!opened.database) {
                report->fatalError = opened.error;
                return;
            }
            Importer importer(*opened.database);
            importer.setProgressHandler(
                [this](const ImportProgress &p) { post([this, p] { Q_EMIT progress(p); }); });
            setCanceler([&importer] { importer.cancel(); });
            *report = importer.run(folder);
            setCanceler(nullptr);
        },
        [this, report, folder] { Q_EMIT finished(*report, folder); });
}

} // namespace gloss
