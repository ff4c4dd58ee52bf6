#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("gloss"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));

    // A subcommand runs the command line on a QCoreApplication: no display needed.
    // The reader window (no argument, or a folder) is not part of this build yet, so the
    // command line's help is shown instead.
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    return gloss::Cli::run(arguments);
}
