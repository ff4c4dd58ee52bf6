#pragma once

#include <QObject>
#include <QStringList>

class QJsonObject;
class QLocalServer;
class QWidget;

namespace gloss {

// One Gloss window per library: the window that has a library open listens on a local socket
// named after it, and a second `gloss` on that library hands over its folders to import, or a
// gloss:// link to follow, and asks that window to come to the front instead of opening the
// library again.
class InstanceServer : public QObject
{
    Q_OBJECT
public:
    // The window brought to the front when a second `gloss` asks for it.
    explicit InstanceServer(QWidget *window);

    // The socket name for a library: per user, from the library's canonical path.
    static QString serverName(const QString &libraryPath);
    // Listens for the library (stops listening for the one before).
    bool listen(const QString &libraryPath);
    // From a second process: asks the window that has libraryPath open to come to the front
    // and import folders. False when no window answered within timeoutMs.
    static bool forward(const QString &libraryPath, const QStringList &folders,
                        int timeoutMs = 3000);
    // From a second process: hands a gloss:// link, as it was given, to the window that has
    // libraryPath open; that window follows it or says why not. False when no window answered
    // or the link is longer than maxLink (the window does not read it then).
    static bool forwardLink(const QString &libraryPath, const QString &link, int timeoutMs = 3000);
    static constexpr qsizetype maxLink = 8192;

Q_SIGNALS:
    // The window came to the front; folders (possibly none) are to be imported.
    void activationRequested(const QStringList &folders);
    // The window came to the front; link (unchecked: it comes from outside) is to be followed.
    void linkRequested(const QString &link);

private:
    void raiseWindow();
    static bool send(const QString &libraryPath, const QJsonObject &message, int timeoutMs);

    QWidget *m_window;
    QLocalServer *m_server = nullptr;
};

} // namespace gloss
