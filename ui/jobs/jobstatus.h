#pragma once

#include "export/annotationexchange.h"
#include "export/markdownexporter.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gloss {

class ExchangeController;
class ExportController;
class ImportController;
struct ImportProgress;
struct ImportReport;

// The long jobs of a window (an import, an export, an export or import of annotations) and what
// the person sees of them: a line of text, a progress bar and Cancel in the status bar while one
// runs, and at its end a dialog that names each file that failed and why, or what was written
// and where, or which annotations moved or were not found.
class JobStatus : public QWidget
{
    Q_OBJECT
public:
    explicit JobStatus(QWidget *window);
    ~JobStatus() override;

    bool isImporting() const;
    // Each returns false, saying why, when it cannot start (one job of a kind at a time). The
    // folders chosen are remembered for the next time.
    bool startImport(const QString &libraryPath, const QString &folder);
    // An import that follows changes on disk (FolderWatcher): progress in the status bar, the
    // outcome in a status line, no dialog, and the folder not remembered as the last chosen.
    bool startWatchedImport(const QString &libraryPath, const QString &folder);
    // Exports the notes of the article shown, of the category shown (and below) or of the whole
    // library; without an article or a category, the library's.
    bool startExport(const QString &libraryPath, const QString &folder,
                     MarkdownExporter::Scope scope, bool fullText, qint64 articleId,
                     qint64 categoryId);
    // Exports every annotation of the library to file (W3C Web Annotations), or merges those of
    // file into the library (AnnotationExchange).
    bool startAnnotationExport(const QString &libraryPath, const QString &file);
    bool startAnnotationImport(const QString &libraryPath, const QString &file);
    // Asks for a folder to import, or for what to export and where, or for an annotation file to
    // write or read, then starts the job.
    void chooseImport(const QString &libraryPath);
    void chooseExport(const QString &libraryPath, qint64 articleId, qint64 categoryId,
                      const QString &categoryName);
    void chooseAnnotationExport(const QString &libraryPath);
    void chooseAnnotationImport(const QString &libraryPath);
    // Stops a watched import, if one runs, and waits for it.
    void cancelWatchedImport();
    // Stops what runs and waits for it (the window closes).
    void cancelAndWait();

Q_SIGNALS:
    // Every post of an import is stored (search indexing goes on): the lists may show them.
    void importStored();
    void importFinished(const gloss::ImportReport &report);
    void exportFinished(const QStringList &written, const QString &error);
    void annotationsExported(const gloss::AnnotationExchange::ExportReport &report);
    // Annotations may have been added to the library (report.ok() and not canceled).
    void annotationsImported(const gloss::AnnotationExchange::ImportReport &report);
    // A job started or ended: the actions that would start another of its kind follow.
    void importRunning(bool running);
    void exportRunning(bool running);
    void exchangeRunning(bool running);
    // A line for the status bar (a short summary, or why a job did not start).
    void statusMessage(const QString &text, int timeoutMs);

private:
    void begin(const QString &text);
    void setProgress(const QString &text, int done, int total);
    void end();
    void onImportProgress(const ImportProgress &progress);
    void onImportFinished(const ImportReport &report, const QString &folder);
    void onExportFinished(const QStringList &written, const QString &error, bool canceled,
                          const QString &folder);
    void onAnnotationsExported(const AnnotationExchange::ExportReport &report, const QString &file);
    void onAnnotationsImported(const AnnotationExchange::ImportReport &report, const QString &file);

    QWidget *m_window;
    ImportController *m_importer;
    ExportController *m_exporter;
    ExchangeController *m_exchange;
    bool m_exchangeImports = false; // what m_exchange runs
    bool m_watchedImport = false; // what m_importer runs
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace gloss
