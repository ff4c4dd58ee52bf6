#pragma once

#include "export/markdownexporter.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gloss {

class ExportController;
class ImportController;
struct ImportProgress;
struct ImportReport;

// The long jobs of a window (an import, an export) and what the person sees of them: a line of
// text, a progress bar and Cancel in the status bar while one runs, and at its end a dialog that
// names each file that failed and why, or what was written and where.
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
    // Exports the notes of the article shown, of the category shown (and below) or of the whole
    // library; without an article or a category, the library's.
    bool startExport(const QString &libraryPath, const QString &folder,
                     MarkdownExporter::Scope scope, bool fullText, qint64 articleId,
                     qint64 categoryId);
    // Asks for a folder to import, or for what to export and where, then starts the job.
    void chooseImport(const QString &libraryPath);
    void chooseExport(const QString &libraryPath, qint64 articleId, qint64 categoryId,
                      const QString &categoryName);
    // Stops what runs and waits for it (the window closes).
    void cancelAndWait();

Q_SIGNALS:
    // Every post of an import is stored (search indexing goes on): the lists may show them.
    void importStored();
    void importFinished(const gloss::ImportReport &report);
    void exportFinished(const QStringList &written, const QString &error);
    // An import or an export started or ended: the actions that would start another follow.
    void importRunning(bool running);
    void exportRunning(bool running);
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

    QWidget *m_window;
    ImportController *m_importer;
    ExportController *m_exporter;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace gloss
