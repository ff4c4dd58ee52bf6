#include "cli/cli.h"
#include "instanceserver.h"
#include "library/librarylock.h"
#include "library/samplelibrary.h"
#include "linkopener.h"
#include "mainwindow.h"
#include "reader/schemehandler.h"
#include "settings/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QUrl>

#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <unistd.h>

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Buffers of 4 MB and more (a large post's body, HTML or text) get pages of their own that
    // go back to the system when freed. glibc would otherwise raise this bound after the first
    // such buffer and serve the next ones from its heap, where freed memory stays the
    // process's: a large post's import peaked 7% higher.
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("gloss"));
    QCoreApplication::setApplicationName(QStringLiteral("gloss"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));

    // A subcommand runs the command line on a QCoreApplication: no display needed. A word that
    // is neither a command nor a folder nor a link is a mistyped command, not a folder to import.
    // The desktop entry (Exec=gloss %u) may give a folder as a file: URL.
    QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first.startsWith(u"file:", Qt::CaseInsensitive) && QUrl(first).isLocalFile())
        first = QUrl(first).toLocalFile();
    const bool link = gloss::LinkOpener::isLink(first);
    if (gloss::Cli::isCommand(first)
        || (!first.isEmpty() && !first.startsWith(u'-') && !link && !QFileInfo(first).isDir())) {
        QCoreApplication app(argc, argv);
        gloss::Language::install(&app);
        return gloss::Cli::run(QCoreApplication::arguments().mid(1));
    }

    // Chromium will not start its sandbox as root; the reader's own defences (no page script,
    // a strict CSP, no network) stay in force.
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    gloss::SchemeHandler::registerScheme(); // must come before the QApplication
    QApplication app(argc, argv);
    gloss::Language::install(&app);
    QGuiApplication::setDesktopFileName(QStringLiteral("app.gloss.Gloss"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("app.gloss.Gloss"), QIcon(QStringLiteral(":/gloss/icons/gloss-256.png"))));
    // gloss://open/... from a browser or another program: to the window of its library.
    if (link)
        return gloss::LinkOpener::run(first);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Gloss: read and annotate a library of posts."));
    parser.addPositionalArgument(
        QStringLiteral("folder"),
        QApplication::translate("main",
                                "A folder of posts to import, then show; or a gloss:// link to "
                                "follow."),
        QStringLiteral("[FOLDER | LINK]"));
    const QCommandLineOption library(QStringLiteral("library"),
                                     QApplication::translate("main", "The library file to open."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption sample(
        QStringLiteral("sample"),
        QApplication::translate("main", "Open the bundled sample library."));
    parser.addOptions({ library, sample });
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        arguments[1] = first;
    parser.process(arguments);

    const QString path = parser.isSet(sample) ? gloss::SampleLibrary::libraryPath()
        : parser.isSet(library)               ? parser.value(library)
                                              : gloss::Cli::defaultLibraryPath();
    // A window already has this library: bring it to the front (with the folder to import).
    if (!gloss::LibraryLock(path).tryLock()) {
        if (gloss::InstanceServer::forward(path, parser.positionalArguments())) {
            std::fprintf(
                stdout, "%s\n",
                qPrintable(QApplication::translate("main",
                                                   "Gloss already has %1 open; its window is now "
                                                   "in front.")
                               .arg(QDir::toNativeSeparators(path))));
            return 0;
        }
    }
    gloss::MainWindow window;
    if (!window.openLibrary(path))
        return 1;
    window.show();
    if (parser.isSet(sample))
        window.openSampleLibrary();
    else if (!parser.positionalArguments().isEmpty())
        window.importFolder(parser.positionalArguments().constFirst());
    return app.exec();
}
