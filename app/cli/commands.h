#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace gloss {

class Database;

// What every subcommand shares: its parser, the --library option and the output streams.
struct CommandContext
{
    QTextStream out;
    QTextStream err;
    CommandContext();

    // Adds --library and --help; parses; prints help or a usage error. Returns -1 to go on,
    // else the exit code to return.
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command);
    QString libraryPath(const QCommandLineParser &parser) const;
    std::unique_ptr<Database> openLibrary(const QCommandLineParser &parser);

    // "gloss COMMAND: message" and a pointer to --help on stderr; returns Cli::Usage.
    int usageError(const QString &command, const QString &message);
    // "gloss COMMAND: message" on stderr; returns Cli::Failed.
    int failure(const QString &command, const QString &message);
};

int importCommand(CommandContext &context, const QStringList &arguments);
int listCommand(CommandContext &context, const QStringList &arguments);
int showCommand(CommandContext &context, const QStringList &arguments);
int highlightsCommand(CommandContext &context, const QStringList &arguments);
int exportCommand(CommandContext &context, const QStringList &arguments);
int searchCommand(CommandContext &context, const QStringList &arguments);
int annotationsCommand(CommandContext &context, const QStringList &arguments);
int backupCommand(CommandContext &context, const QStringList &arguments);
int restoreCommand(CommandContext &context, const QStringList &arguments);

} // namespace gloss
