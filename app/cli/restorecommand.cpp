#include "commands.h"

#include "cli.h"
#include "library/librarybackup.h"
#include "library/librarylock.h"

#include <QFileInfo>

namespace gloss {

int restoreCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("file"),
        Cli::tr("The backup to put in the library's place (see its backups folder)."));
    if (const int code = context.parse(parser, arguments, QStringLiteral("restore")); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("restore"), Cli::tr("give one backup file"));
    const QString library = QFileInfo(context.libraryPath(parser)).absoluteFilePath();
    // Not under a window or an import: they would go on writing to the file it replaces.
    LibraryLock lock(library);
    if (!lock.tryLock())
        return context.failure(QStringLiteral("restore"), lock.busyMessage());

    const QString file = parser.positionalArguments().constFirst();
    const LibraryBackup::RestoreResult restored = LibraryBackup::restore(file, library);
    if (!restored.ok())
        return context.failure(QStringLiteral("restore"), restored.error);
    context.out << Cli::tr("restored %1 from %2 (library format %3; articles: %4, highlights: %5)")
                       .arg(library, QFileInfo(file).absoluteFilePath())
                       .arg(restored.format)
                       .arg(restored.articles)
                       .arg(restored.highlights)
                << "\n";
    if (restored.keptPath.isEmpty())
        context.out << Cli::tr("there was no library at %1 before").arg(library) << "\n";
    else
        context.out << Cli::tr("the library it replaced is kept as %1").arg(restored.keptPath)
                    << "\n";
    return Cli::Ok;
}

} // namespace gloss
