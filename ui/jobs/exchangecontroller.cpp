#include "exchangecontroller.h"

#include "library/database.h"

#include <memory>

namespace gloss {

ExchangeController::~ExchangeController()
{
    cancelAndWait();
}

template<typename Report>
bool ExchangeController::exchange(const QString &libraryPath,
                                  std::function<Report(const AnnotationExchange &)> work,
                                  std::function<void(const Report &)> finished)
{
    auto report = std::make_shared<Report>();
    return run(
        [this, report, libraryPath, work = std::move(work)] {
            Database::OpenResult opened = Database::open(libraryPath);
            if (!opened.database) {
                report->error = opened.error;
                return;
            }
            AnnotationExchange exchange(*opened.database);
            exchange.setProgressHandler([this](int done, int total) {
                post([this, done, total] { Q_EMIT progress(done, total); });
            });
            setCanceler([&exchange] { exchange.cancel(); });
            *report = work(exchange);
            setCanceler(nullptr);
        },
        [report, finished = std::move(finished)] { finished(*report); });
}

bool ExchangeController::startExport(const QString &libraryPath, const QString &file)
{
    return exchange<AnnotationExchange::ExportReport>(
        libraryPath,
        [file](const AnnotationExchange &exchange) { return exchange.exportTo(file, {}); },
        [this, file](const AnnotationExchange::ExportReport &report) {
            Q_EMIT exported(report, file);
        });
}

bool ExchangeController::startImport(const QString &libraryPath, const QString &file)
{
    return exchange<AnnotationExchange::ImportReport>(
        libraryPath,
        [file](const AnnotationExchange &exchange) { return exchange.importFrom(file); },
        [this, file](const AnnotationExchange::ImportReport &report) {
            Q_EMIT imported(report, file);
        });
}

} // namespace gloss
