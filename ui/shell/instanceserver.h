#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QWidget;

namespace gloss {

// One Gloss window per library: the window that has a library open listens on a local socket
// named after it, and a second `gloss` on that library hands over its folders to import and
// asks that window to come to the front instead of opening the library again.
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

Q_SIGNALS:
    // The window came to the front; folders (possibly none) are to be imported.
    void activationRequested(const QStringList &folders);

private:
    void activate(const QStringList &folders);

    QWidget *m_window;
    QLocalServer *m_server = nullptr;
};

} // namespace gloss
