#include "linkopener.h"

#include "instanceserver.h"
#include "library/glosslink.h"
#include "library/librarylock.h"
#include "mainwindow.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QUuid>

#include <cstdio>

namespace gloss {

namespace {

// Where a message of this process goes when no window can show it.
void printError(const QString &message)
{
    std::fprintf(stderr, "gloss: %s\n", qPrintable(message));
}

} // namespace

bool LinkOpener::isLink(const QString &argument)
{
    // A scheme as RFC 3986 spells one. A file named like that in the working folder is a file.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(argument).hasMatch() && !argument.startsWith(u"file:", Qt::CaseInsensitive)
        && !QFileInfo::exists(argument);
}

QString LinkOpener::refusedMessage(const QString &error)
{
    return tr("Gloss does not follow this link: %1.").arg(error);
}

QString LinkOpener::missingLibraryMessage(const QString &id, const QString &knownPath)
{
    if (knownPath.isEmpty())
        return tr("The link is to a library that Gloss has not opened on this computer (library "
                  "id %1). Open that library in Gloss once, then follow the link again.")
            .arg(id);
    if (!QFileInfo::exists(knownPath))
        return tr("The link is to the library %1 (library id %2), which is no longer there. Open "
                  "it in Gloss once where it is now, then follow the link again.")
            .arg(QDir::toNativeSeparators(knownPath), id);
    return tr("The link is to the library %1 (library id %2), which is not the one open in this "
              "window.")
        .arg(QDir::toNativeSeparators(knownPath), id);
}

int LinkOpener::run(const QString &text)
{
    QString error;
    const std::optional<GlossLink> link = GlossLink::parse(text, &error);
    const QString id = link ? link->libraryId().toString(QUuid::WithoutBraces) : QString();
    const AppSettings settings;
    const QString path = settings.libraryPath(id);
    if (link && !path.isEmpty() && QFileInfo::exists(path)) {
        // A window has the library: it follows the link there, and comes to the front.
        if (!LibraryLock(path).tryLock() && InstanceServer::forwardLink(path, text)) {
            std::fprintf(stdout, "%s\n",
                         qPrintable(tr("Gloss followed the link in its window on %1.")
                                        .arg(QDir::toNativeSeparators(path))));
            return 0;
        }
        MainWindow window;
        if (!window.openLibrary(path))
            return 1;
        window.show();
        window.openLink(text);
        return QApplication::exec();
    }

    // Nothing to open. A window that runs says why, where the person is looking; else this
    // process does.
    const QString message = link ? missingLibraryMessage(id, path) : refusedMessage(error);
    printError(message);
    for (const QString &library : settings.libraryPaths())
        if (InstanceServer::forwardLink(library, text, 1000))
            return 1;
    QMessageBox::warning(nullptr, tr("Cannot Follow Link"), message);
    return 1;
}

} // namespace gloss
