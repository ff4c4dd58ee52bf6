#pragma once

#include <QCoreApplication>
#include <QString>

namespace gloss {

// What `gloss gloss://open/…` does in the process a browser or the shell started: hands the link
// to the window that has its library open, or opens that library (found by its id among the
// libraries Gloss has opened) in a window of its own, or says why it can do neither. The link is
// only ever read by GlossLink::parse, here and in the window that follows it.
class LinkOpener
{
    Q_DECLARE_TR_FUNCTIONS(gloss::LinkOpener)

public:
    // Whether a command-line argument is a link (a URL of any scheme but file:) rather than a
    // folder or a command: such an argument goes to run(), which refuses every other scheme.
    static bool isLink(const QString &argument);
    // Needs the QApplication; runs its event loop when it opens a window. The exit code.
    static int run(const QString &link);

    // Why a link that GlossLink::parse refused is not followed.
    static QString refusedMessage(const QString &error);
    // Why a link to the library with id is not followed where it was asked to be: Gloss knows no
    // such library (knownPath empty), its file is gone, or it is not the library open there.
    static QString missingLibraryMessage(const QString &id, const QString &knownPath);
};

} // namespace gloss
