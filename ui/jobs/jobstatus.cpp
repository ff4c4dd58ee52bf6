#include "jobstatus.h"

#include "exchangecontroller.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "importcontroller.h"
#include "settings/appsettings.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>

namespace gloss {

JobStatus::JobStatus(QWidget *window)
    : QWidget(window)
    , m_window(window)
    , m_importer(new ImportController(this))
    , m_exporter(new ExportController(this))
    , m_exchange(new ExchangeController(this))
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel->hide();

    connect(m_cancel, &QPushButton::clicked, m_importer, &ImportController::cancel);
    connect(m_cancel, &QPushButton::clicked, m_exporter, &ExportController::cancel);
    connect(m_importer, &ImportController::progress, this, &JobStatus::onImportProgress);
    connect(m_importer, &ImportController::finished, this, &JobStatus::onImportFinished);
    connect(m_exporter, &ExportController::progress, this, [this](int done, int total) {
        setProgress(tr("Exporting: %1 of %2 articles").arg(done).arg(total), done, total);
    });
    connect(m_exporter, &ExportController::finished, this, &JobStatus::onExportFinished);
    connect(m_cancel, &QPushButton::clicked, m_exchange, &ExchangeController::cancel);
    connect(m_exchange, &ExchangeController::progress, this, [this](int done, int total) {
        setProgress(m_exchangeImports
                        ? tr("Importing annotations: %1 of %2").arg(done).arg(total)
                        : tr("Exporting annotations: %1 of %2 articles").arg(done).arg(total),
                    done, total);
    });
    connect(m_exchange, &ExchangeController::exported, this, &JobStatus::onAnnotationsExported);
    connect(m_exchange, &ExchangeController::imported, this, &JobStatus::onAnnotationsImported);
}

JobStatus::~JobStatus()
{
    cancelAndWait();
}

bool JobStatus::isImporting() const
{
    return m_importer->isRunning();
}

bool JobStatus::startImport(const QString &libraryPath, const QString &folder)
{
    if (!m_importer->start(libraryPath, folder)) {
        Q_EMIT statusMessage(tr("An import is already running."), 4000);
        return false;
    }
    m_watchedImport = false;
    AppSettings().setImportFolder(folder);
    begin(tr("Importing %1…").arg(QDir::toNativeSeparators(folder)));
    Q_EMIT importRunning(true);
    return true;
}

bool JobStatus::startWatchedImport(const QString &libraryPath, const QString &folder)
{
    if (!m_importer->start(libraryPath, folder))
        return false;
    m_watchedImport = true;
    begin(tr("Updating from %1…").arg(QDir::toNativeSeparators(folder)));
    Q_EMIT importRunning(true);
    return true;
}

void JobStatus::cancelWatchedImport()
{
    if (m_watchedImport && m_importer->isRunning())
        m_importer->cancelAndWait();
}

bool JobStatus::startExport(const QString &libraryPath, const QString &folder,
                            MarkdownExporter::Scope scope, bool fullText, qint64 articleId,
                            qint64 categoryId)
{
    MarkdownExporter::Options options;
    options.scope = scope;
    options.fullText = fullText;
    options.articleId = articleId;
    options.categoryId = categoryId;
    if ((scope == MarkdownExporter::Scope::Article && articleId == 0)
        || (scope == MarkdownExporter::Scope::Category && categoryId == 0))
        options.scope = MarkdownExporter::Scope::Library;
    if (folder.isEmpty() || !m_exporter->start(libraryPath, folder, options))
        return false;
    AppSettings().setExportDefaults(folder, fullText);
    begin(tr("Exporting to %1…").arg(QDir::toNativeSeparators(folder)));
    Q_EMIT exportRunning(true);
    return true;
}

bool JobStatus::startAnnotationExport(const QString &libraryPath, const QString &file)
{
    if (file.isEmpty())
        return false;
    if (!m_exchange->startExport(libraryPath, file)) {
        Q_EMIT statusMessage(tr("Annotations are already being exported or imported."), 4000);
        return false;
    }
    m_exchangeImports = false;
    AppSettings().setAnnotationFile(file);
    begin(tr("Exporting annotations to %1…").arg(QDir::toNativeSeparators(file)));
    Q_EMIT exchangeRunning(true);
    return true;
}

bool JobStatus::startAnnotationImport(const QString &libraryPath, const QString &file)
{
    if (file.isEmpty())
        return false;
    if (!m_exchange->startImport(libraryPath, file)) {
        Q_EMIT statusMessage(tr("Annotations are already being exported or imported."), 4000);
        return false;
    }
    m_exchangeImports = true;
    AppSettings().setAnnotationFile(file);
    begin(tr("Importing annotations from %1…").arg(QDir::toNativeSeparators(file)));
    Q_EMIT exchangeRunning(true);
    return true;
}

void JobStatus::chooseImport(const QString &libraryPath)
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"),
                                                             AppSettings().importFolder());
    if (!folder.isEmpty())
        startImport(libraryPath, folder);
}

void JobStatus::chooseExport(const QString &libraryPath, qint64 articleId, qint64 categoryId,
                             const QString &categoryName)
{
    const AppSettings settings;
    ExportDialog dialog(articleId != 0, categoryId != 0 ? categoryName : QString(),
                        settings.exportFolder(), settings.exportFullText(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        startExport(libraryPath, dialog.folder(), MarkdownExporter::Scope(int(dialog.scope())),
                    dialog.fullText(), articleId, categoryId);
}

void JobStatus::chooseAnnotationExport(const QString &libraryPath)
{
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export Annotations"),
                                                      AppSettings().annotationFile(),
                                                      tr("Web Annotations (*.jsonld *.json)"));
    startAnnotationExport(libraryPath, file);
}

void JobStatus::chooseAnnotationImport(const QString &libraryPath)
{
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Import Annotations"), AppSettings().annotationFile(),
        tr("Web Annotations (*.jsonld *.json);;All Files (*)"));
    startAnnotationImport(libraryPath, file);
}

void JobStatus::cancelAndWait()
{
    m_exchange->cancelAndWait();
    m_exporter->cancelAndWait();
    m_importer->cancelAndWait();
}

void JobStatus::begin(const QString &text)
{
    m_label->setText(text);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
}

void JobStatus::setProgress(const QString &text, int done, int total)
{
    m_label->setText(text);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
}

void JobStatus::end()
{
    // The other job may still run: its bar stays.
    if (m_importer->isRunning() || m_exporter->isRunning() || m_exchange->isRunning())
        return;
    m_progress->hide();
    m_cancel->hide();
    m_label->clear();
}

void JobStatus::onImportProgress(const ImportProgress &p)
{
    switch (p.phase) {
    case ImportProgress::Phase::Scanning:
        m_progress->setRange(0, 0);
        break;
    case ImportProgress::Phase::Storing:
        setProgress(tr("Importing: %1 of %2 files").arg(p.done).arg(p.total), p.done, p.total);
        break;
    case ImportProgress::Phase::Indexing:
        if (p.done == 0)
            Q_EMIT importStored(); // everything is stored: show it while search catches up
        setProgress(tr("Indexing for search: %1 of %2").arg(p.done).arg(p.total), p.done, p.total);
        break;
    case ImportProgress::Phase::Finished:
        break;
    }
}

void JobStatus::onImportFinished(const ImportReport &report, const QString &folder)
{
    end();
    Q_EMIT importRunning(false);
    Q_EMIT importFinished(report);

    if (m_watchedImport) {
        // Nobody asked for this import: a line in the status bar says what it did.
        Q_EMIT statusMessage(
            report.ran()
                ? tr("Updated from %1: %2").arg(QDir::toNativeSeparators(folder), report.summary())
                : report.fatalError,
            10000);
        return;
    }
    if (!report.ran()) {
        QMessageBox::critical(m_window, tr("Import failed"), report.fatalError);
        return;
    }
    Q_EMIT statusMessage(report.summary(), 10000);
    if (report.failed() == 0 && report.warnings.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Import finished"),
        tr("Imported from %1:\n%2").arg(QDir::toNativeSeparators(folder), report.summary()),
        QMessageBox::Ok, m_window);
    QStringList lines;
    for (const ImportIssue &issue : report.failures)
        lines << tr("%1: %2").arg(issue.path, issue.message);
    for (const ImportIssue &issue : report.warnings)
        lines << tr("%1: warning: %2").arg(issue.path, issue.message);
    box->setInformativeText(
        tr("%n file(s) could not be imported. Details list each file and the reason.", nullptr,
           report.failed()));
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void JobStatus::onExportFinished(const QStringList &written, const QString &error, bool canceled,
                                 const QString &folder)
{
    end();
    Q_EMIT exportRunning(false);
    Q_EMIT exportFinished(written, error);
    if (!error.isEmpty()) {
        QMessageBox::critical(m_window, tr("Export failed"), error);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Export finished"),
        canceled ? tr("Export canceled after %n file(s).", nullptr, int(written.size()))
                 : tr("Exported %n file(s) to %1.", nullptr, int(written.size()))
                       .arg(QDir::toNativeSeparators(folder)),
        QMessageBox::Close, m_window);
    QPushButton *show = box->addButton(tr("&Show in Folder"), QMessageBox::ActionRole);
    connect(show, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void JobStatus::onAnnotationsExported(const AnnotationExchange::ExportReport &report,
                                      const QString &file)
{
    end();
    Q_EMIT exchangeRunning(false);
    Q_EMIT annotationsExported(report);
    if (!report.ok()) {
        QMessageBox::critical(m_window, tr("Export failed"), report.error);
        return;
    }
    if (report.canceled) {
        Q_EMIT statusMessage(tr("Annotation export canceled: nothing was written."), 8000);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Export finished"),
                                tr("Exported %1 and %2 to %3.")
                                    .arg(tr("%n highlight(s)", nullptr, report.highlights),
                                         tr("%n article note(s)", nullptr, report.articleNotes),
                                         QDir::toNativeSeparators(file)),
                                QMessageBox::Close, m_window);
    QPushButton *show = box->addButton(tr("&Show in Folder"), QMessageBox::ActionRole);
    const QString folder = QFileInfo(file).absolutePath();
    connect(show, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void JobStatus::onAnnotationsImported(const AnnotationExchange::ImportReport &report,
                                      const QString &file)
{
    end();
    Q_EMIT exchangeRunning(false);
    Q_EMIT annotationsImported(report);
    if (!report.ok()) {
        QMessageBox::critical(m_window, tr("Import failed"), report.error);
        return;
    }
    if (report.canceled) {
        Q_EMIT statusMessage(tr("Annotation import canceled: nothing was changed."), 8000);
        return;
    }
    const bool lost = report.orphaned > 0 || report.skipped > 0;
    auto *box = new QMessageBox(
        lost ? QMessageBox::Warning : QMessageBox::Information, tr("Import finished"),
        tr("Imported the annotations of %1: %2 added, %3 updated, %4 unchanged.")
            .arg(QDir::toNativeSeparators(file))
            .arg(report.added)
            .arg(report.updated)
            .arg(report.unchanged),
        QMessageBox::Close, m_window);
    QStringList summary;
    if (report.moved > 0)
        summary << tr("%n highlight(s) were found elsewhere in the text or slightly changed "
                      "(moved).",
                      nullptr, report.moved);
    if (report.orphaned > 0)
        summary << tr("%n highlight(s) were not found in this library's text (orphaned): they "
                      "are kept, apart from the text.",
                      nullptr, report.orphaned);
    if (report.skipped > 0)
        summary << tr("%n annotation(s) were left out: this library does not have their "
                      "articles.",
                      nullptr, report.skipped);
    QStringList lines;
    for (const QString &name : report.movedHighlights)
        lines << tr("Moved: %1").arg(name);
    for (const QString &name : report.orphanedHighlights)
        lines << tr("Orphaned: %1").arg(name);
    for (const QString &name : report.skippedArticles)
        lines << tr("Not in this library: %1").arg(name);
    if (!summary.isEmpty())
        box->setInformativeText(summary.join(u' '));
    if (!lines.isEmpty())
        box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace gloss
