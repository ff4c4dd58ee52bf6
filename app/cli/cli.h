#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gloss {

// The `gloss` command line: import, list, show. Runs on a QCoreApplication; prints results
// on stdout and problems, each naming its file, on stderr.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(gloss::Cli)

public:
    // Exit codes: 0 done (an import with failed files is done too), 1 could not run, 2 bad usage.
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

    static bool isCommand(const QString &word);
    // arguments without the program name: {"import", "DIR", ...}
    static int run(const QStringList &arguments);

    static QString defaultLibraryPath();
    // "no category 'a > b' in LIBRARY"
    static QString noCategory(const QStringList &path, const QString &library);
};

} // namespace gloss
