#include "cli.h"

#include "commands.h"
#include "library/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace gloss {

namespace {

const char *const topLevelHelp = QT_TRANSLATE_NOOP(
    "gloss::Cli",
    "Usage: gloss [--library FILE | --sample] [FOLDER]\n"
    "       gloss COMMAND [OPTIONS]\n"
    "\n"
    "Gloss reads and annotates a library of Hexo-style posts kept as files.\n"
    "Without a command it opens its window on the library (and imports FOLDER\n"
    "first when one is given); --sample opens the bundled sample library.\n"
    "\n"
    "Commands:\n"
    "  import FOLDER     import the posts under FOLDER into the library\n"
    "  list              list the articles, or the category tree (--categories)\n"
    "  show ID           print one article's details and text\n"
    "  highlights        list highlights and notes (--article ID, --color NAME)\n"
    "  search QUERY      full-text search (--category PATH, --limit N, --with-notes)\n"
    "  export --out DIR  write highlights and notes as Markdown (--article ID,\n"
    "                    --category PATH or --all)\n"
    "\n"
    "Every command takes --library FILE (default: %1; or set GLOSS_LIBRARY)\n"
    "and --help. Run \"gloss COMMAND --help\" for the options of a command.\n"
    "\n"
    "Options:\n"
    "  -h, --help        show this help\n"
    "  -v, --version     show the version\n");

// Kept apart from the text above so that its translation still applies.
const char *const annotationsHelp = QT_TRANSLATE_NOOP(
    "gloss::Cli",
    "\n"
    "Tags and annotations:\n"
    "  highlights --tag TAG           only highlights with TAG (repeat: with all)\n"
    "  search 'tag:TAG words'         search among highlights with TAG\n"
    "  annotations export FILE        write highlights, notes and tags as W3C Web\n"
    "                                 Annotations (--article ID, --category PATH)\n"
    "  annotations import FILE        merge such a file into the library\n");

const char *const backupHelp = QT_TRANSLATE_NOOP(
    "gloss::Cli",
    "\n"
    "Backups (kept in LIBRARY.backups/, the newest three; Gloss also makes one\n"
    "once a day when it opens a library to write, and before updating its format):\n"
    "  backup            copy the library into its backups folder (or --out FILE)\n"
    "  restore FILE      put a backup in the library's place; the library it\n"
    "                    replaces is kept as a backup\n");

} // namespace

CommandContext::CommandContext()
    : out(stdout)
    , err(stderr)
{ }

int CommandContext::parse(QCommandLineParser &parser, const QStringList &arguments,
                          const QString &command)
{
    parser.setApplicationDescription(QStringLiteral("gloss %1").arg(command));
    parser.addOption({ QStringLiteral("library"),
                       Cli::tr("The library file (default: %1).").arg(Cli::defaultLibraryPath()),
                       QStringLiteral("FILE") });
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList { QStringLiteral("gloss ") + command } + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Cli::Ok;
    }
    return -1;
}

QString CommandContext::libraryPath(const QCommandLineParser &parser) const
{
    return parser.isSet(QStringLiteral("library")) ? parser.value(QStringLiteral("library"))
                                                   : Cli::defaultLibraryPath();
}

std::unique_ptr<Database> CommandContext::openLibrary(const QCommandLineParser &parser)
{
    Database::OpenResult opened = Database::open(libraryPath(parser));
    if (!opened.database)
        err << "gloss: " << opened.error << "\n";
    else if (!opened.warning.isEmpty())
        err << "gloss: " << Cli::tr("warning: %1").arg(opened.warning) << "\n";
    return std::move(opened.database);
}

int CommandContext::usageError(const QString &command, const QString &message)
{
    err << "gloss " << command << ": " << message << "\n"
        << Cli::tr("Run 'gloss %1 --help' for usage.").arg(command) << "\n";
    return Cli::Usage;
}

int CommandContext::failure(const QString &command, const QString &message)
{
    err << "gloss " << command << ": " << message << "\n";
    return Cli::Failed;
}

QString Cli::noCategory(const QStringList &path, const QString &library)
{
    return tr("no category '%1' in %2").arg(path.join(QStringLiteral(" > ")), library);
}

QString Cli::defaultLibraryPath()
{
    const QString fromEnvironment = qEnvironmentVariable("GLOSS_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/gloss/library.gloss");
}

bool Cli::isCommand(const QString &word)
{
    static const QStringList words { QStringLiteral("import"),    QStringLiteral("list"),
                                     QStringLiteral("show"),      QStringLiteral("backup"),
                                     QStringLiteral("restore"),   QStringLiteral("help"),
                                     QStringLiteral("--help"),    QStringLiteral("-h"),
                                     QStringLiteral("--version"), QStringLiteral("-v") };
    if (word == u"annotations")
        return true;
    return words.contains(word);
}

int Cli::run(const QStringList &arguments)
{
    CommandContext context;
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"import")
        return importCommand(context, rest);
    if (command == u"list")
        return listCommand(context, rest);
    if (command == u"show")
        return showCommand(context, rest);
    if (command == u"highlights")
        return highlightsCommand(context, rest);
    if (command == u"export")
        return exportCommand(context, rest);
    if (command == u"search")
        return searchCommand(context, rest);
    if (command == u"annotations")
        return annotationsCommand(context, rest);
    if (command == u"backup")
        return backupCommand(context, rest);
    if (command == u"restore")
        return restoreCommand(context, rest);
    if (command == u"--version" || command == u"-v") {
        context.out << "gloss " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    if (command.isEmpty() || command == u"help" || command == u"--help" || command == u"-h") {
        context.out << tr(topLevelHelp).arg(defaultLibraryPath()) << tr(annotationsHelp)
                    << tr(backupHelp);
        return Ok;
    }
    context.err << Cli::tr("gloss: unknown command '%1' (and no such folder)").arg(command) << "\n"
                << Cli::tr("Run 'gloss --help' for the list of commands.") << "\n";
    return Usage;
}

} // namespace gloss
