#include "commands.h"

#include "cli.h"
#include "library/database.h"
#include "library/librarybackup.h"

#include <QFileInfo>

namespace gloss {

int backupCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"),
        Cli::tr("Write the copy to FILE (a new file) instead of the library's backups folder."),
        QStringLiteral("FILE"));
    parser.addOption(out);
    if (const int code = context.parse(parser, arguments, QStringLiteral("backup")); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(
            QStringLiteral("backup"),
            Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    const QString library = context.libraryPath(parser);
    if (!QFileInfo(library).isFile())
        return context.failure(QStringLiteral("backup"),
                               Cli::tr("there is no library at %1").arg(library));
    // Opening checks the file is a library this Gloss reads (and brings an older one up to
    // date, keeping a copy of it as it was).
    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;
    const LibraryBackup::Result backup = parser.isSet(out)
        ? LibraryBackup::copyTo(db->path(), parser.value(out))
        : LibraryBackup::make(db->handle(), db->path());
    if (!backup.ok())
        return context.failure(QStringLiteral("backup"), backup.error);
    context.out << backup.path << "\n";
    return Cli::Ok;
}

} // namespace gloss
