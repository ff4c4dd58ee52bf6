#include "cli.h"

#include "commands.h"
#include "library/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace gloss {

namespace {

const char *const topLevelHelp = R"(Usage: gloss [--library FILE | --sample] [FOLDER]
       gloss COMMAND [OPTIONS]

Gloss reads and annotates a library of Hexo-style posts kept as files.
Without a command it opens its window on the library (and imports FOLDER
first when one is given); --sample opens the bundled sample library.

Commands:
  import FOLDER     import the posts under FOLDER into the library
  list              list the articles, or the category tree (--categories)
  show ID           print one article's details and text
  highlights        list highlights and notes (--article ID, --color NAME)
  search QUERY      full-text search (--category PATH, --limit N, --with-notes)
  export --out DIR  write highlights and notes as Markdown (--article ID,
                    --category PATH or --all)

Every command takes --library FILE (default: %1; or set GLOSS_LIBRARY)
and --help. Run "gloss COMMAND --help" for the options of a command.

Options:
  -h, --help        show this help
  -v, --version     show the version
)";

} // namespace

CommandContext::CommandContext()
    : out(stdout)
    , err(stderr)
{ }

int CommandContext::parse(QCommandLineParser &parser, const QStringList &arguments,
                          const QString &command)
{
    parser.setApplicationDescription(QStringLiteral("gloss %1").arg(command));
    parser.addOption(
        { QStringLiteral("library"),
          QStringLiteral("The library file (default: %1).").arg(Cli::defaultLibraryPath()),
          QStringLiteral("FILE") });
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList { QStringLiteral("gloss ") + command } + arguments)) {
        err << "gloss " << command << ": " << parser.errorText() << "\n"
            << "Run 'gloss " << command << " --help' for usage.\n";
        return Cli::Usage;
    }
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
    return std::move(opened.database);
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
                                     QStringLiteral("show"),      QStringLiteral("help"),
                                     QStringLiteral("--help"),    QStringLiteral("-h"),
                                     QStringLiteral("--version"), QStringLiteral("-v") };
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
    if (command == u"--version" || command == u"-v") {
        context.out << "gloss " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    if (command.isEmpty() || command == u"help" || command == u"--help" || command == u"-h") {
        context.out << QString::fromLatin1(topLevelHelp).arg(defaultLibraryPath());
        return Ok;
    }
    context.err << "gloss: unknown command '" << command << "' (and no such folder)\n"
                << "Run 'gloss --help' for the list of commands.\n";
    return Usage;
}

} // namespace gloss
