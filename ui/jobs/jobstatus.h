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
    // Each returns false, saying why, when it cannot start (one job of a kind at a time).
    bool startImport(const QString &libraryPath, const QString &folder);
    bool startExport(const QString &libraryPath, const QString &folder,
                     const MarkdownExporter::Options &options);
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
