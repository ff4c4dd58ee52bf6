#include "commands.h"

#include "cli.h"
#include "export/annotationexchange.h"
#include "library/categoryrepository.h"
#include "library/database.h"
#include "library/librarybackup.h"
#include "library/librarylock.h"

#include <QFileInfo>

namespace gloss {

namespace {

int exportAnnotations(CommandContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("annotations export");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Cli::tr("The file to write (W3C Web Annotations, JSON-LD)."));
    const QCommandLineOption article(QStringLiteral("article"),
                                     Cli::tr("Only the annotations of article ID."),
                                     QStringLiteral("ID"));
    const QCommandLineOption category(
        QStringLiteral("category"), Cli::tr("Only the annotations of articles under PATH (a/b/c)."),
        QStringLiteral("PATH"));
    parser.addOptions({ article, category });
    if (const int code = context.parse(parser, arguments, command); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1
        || (parser.isSet(article) && parser.isSet(category)))
        return context.usageError(
            command, Cli::tr("give one FILE and at most one of --article, --category"));
    AnnotationExchange::ExportOptions options;
    if (parser.isSet(article)) {
        bool ok = false;
        options.articleId = parser.value(article).toLongLong(&ok);
        if (!ok)
            return context.usageError(
                command,
                Cli::tr("--article needs an article id, not '%1'").arg(parser.value(article)));
    }
    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;
    if (parser.isSet(category)) {
        const QStringList path = CategoryRepository::parsePath(parser.value(category));
        options.categoryId = CategoryRepository(*db).find(path);
        if (!options.categoryId)
            return context.failure(command, Cli::noCategory(path, db->path()));
    }
    const QString file = parser.positionalArguments().constFirst();
    const AnnotationExchange::ExportReport report = AnnotationExchange(*db).exportTo(file, options);
    if (!report.ok())
        return context.failure(command, report.error);
    context.out << Cli::tr("exported %n highlight(s)", nullptr, report.highlights) << ", "
                << Cli::tr("%n article note(s)", nullptr, report.articleNotes) << " "
                << Cli::tr("to %1").arg(file) << "\n";
    return Cli::Ok;
}

int importAnnotations(CommandContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("annotations import");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Cli::tr("A file of W3C Web Annotations to merge in."));
    if (const int code = context.parse(parser, arguments, command); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(command, Cli::tr("give one FILE to import"));
    // It writes as `gloss import` does: as the one writer, after the day's backup.
    LibraryLock lock(context.libraryPath(parser));
    if (!lock.tryLock())
        return context.failure(command, lock.busyMessage());
    const bool existed = QFileInfo(context.libraryPath(parser)).size() > 0;
    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;
    if (existed) {
        const LibraryBackup::Result backup = LibraryBackup::makeIfDue(db->path());
        if (!backup.ok())
            context.err << "gloss " << command << ": " << Cli::tr("warning: %1").arg(backup.error)
                        << "\n";
    }
    const QString file = parser.positionalArguments().constFirst();
    const AnnotationExchange::ImportReport report = AnnotationExchange(*db).importFrom(file);
    if (!report.ok())
        return context.failure(command, report.error);
    // A record format, like the other commands' listings: not translated.
    context.out << "added " << report.added << ", updated " << report.updated << ", unchanged "
                << report.unchanged << ", moved " << report.moved << ", orphaned "
                << report.orphaned << ", skipped " << report.skipped << "\n";
    for (const QString &name : report.movedHighlights)
        context.out << "moved: " << name << "\n";
    for (const QString &name : report.orphanedHighlights)
        context.out << "orphaned: " << name << "\n";
    for (const QString &name : report.skippedArticles)
        context.err
            << "gloss " << command << ": "
            << Cli::tr("skipped the annotations of %1: no such article in %2").arg(name, db->path())
            << "\n";
    return Cli::Ok;
}

} // namespace

int annotationsCommand(CommandContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == u"export")
        return exportAnnotations(context, arguments.mid(1));
    if (action == u"import")
        return importAnnotations(context, arguments.mid(1));
    if (action == u"--help" || action == u"-h") {
        context.out << Cli::tr("Usage: gloss annotations export FILE [--article ID | --category "
                               "PATH]\n"
                               "       gloss annotations import FILE\n"
                               "\n"
                               "Moves highlights, notes and tags between libraries and tools as "
                               "W3C Web\nAnnotations (JSON-LD). An import merges: it never "
                               "removes anything, a newer\nversion of a highlight wins, and "
                               "importing the same file again changes nothing.\n");
        return Cli::Ok;
    }
    return context.usageError(
        QStringLiteral("annotations"),
        action.isEmpty() || action.startsWith(u'-')
            ? Cli::tr("say export or import")
            : Cli::tr("unknown action '%1': say export or import").arg(action));
}

} // namespace gloss
