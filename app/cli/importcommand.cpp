#include "commands.h"

#include "cli.h"
#include "import/importer.h"
#include "library/database.h"
#include "library/librarybackup.h"
#include "library/librarylock.h"

#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace gloss {

namespace {

Importer *runningImport = nullptr;

extern "C" void cancelImport(int)
{
    if (runningImport)
        runningImport->cancel(); // sets an atomic flag: safe in a signal handler
}

} // namespace

int importCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 Cli::tr("The folder of posts to import."));
    parser.addOption({ QStringLiteral("quiet"), Cli::tr("Print no progress.") });
    if (const int code = context.parse(parser, arguments, QStringLiteral("import")); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QStringLiteral("import"), Cli::tr("give one folder to import"));
    }
    // One writer per library: not while a Gloss window or another import has it.
    LibraryLock lock(context.libraryPath(parser));
    if (!lock.tryLock())
        return context.failure(QStringLiteral("import"), lock.busyMessage());
    // A library that was there before is copied once a day before an import writes to it.
    const bool existed = QFileInfo(context.libraryPath(parser)).size() > 0;
    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;
    if (existed) {
        const LibraryBackup::Result backup = LibraryBackup::makeIfDue(db->path());
        if (!backup.ok())
            context.err << "gloss import: " << Cli::tr("warning: %1").arg(backup.error) << "\n";
    }

    Importer importer(*db);
    const bool showProgress = !parser.isSet(QStringLiteral("quiet")) && isatty(fileno(stderr));
    if (showProgress) {
        importer.setProgressHandler([&context](const ImportProgress &p) {
            const QString what = p.phase == ImportProgress::Phase::Indexing ? Cli::tr("indexing")
                                                                            : Cli::tr("storing");
            if (p.phase == ImportProgress::Phase::Finished)
                context.err << "\r\033[K";
            else if (p.total > 0)
                context.err << "\r" << what << " " << p.done << "/" << p.total << "\033[K";
            context.err.flush();
        });
    }
    runningImport = &importer;
    std::signal(SIGINT, cancelImport);
    std::signal(SIGTERM, cancelImport);
    const ImportReport report = importer.run(parser.positionalArguments().constFirst());
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    runningImport = nullptr;

    if (!report.ran())
        return context.failure(QStringLiteral("import"), report.fatalError);
    for (const ImportIssue &issue : report.failures)
        context.err << issue.path << ": " << issue.message << "\n";
    for (const ImportIssue &issue : report.warnings)
        context.err << issue.path << ": " << Cli::tr("warning: %1").arg(issue.message) << "\n";
    context.err.flush();
    context.out << report.summary() << "\n";
    if (!report.indexComplete && !report.canceled)
        context.out << Cli::tr("the search index is not complete; the next import finishes it")
                    << "\n";
    return Cli::Ok;
}

} // namespace gloss
