#include "instanceserver.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QWidget>

#include <unistd.h>

namespace gloss {

InstanceServer::InstanceServer(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

void InstanceServer::raiseWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

namespace {

constexpr qint64 maxMessage = 64 * 1024;

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

QString InstanceServer::serverName(const QString &libraryPath)
{
    const QByteArray hash
        = QCryptographicHash::hash(canonical(libraryPath).toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(20);
    return QStringLiteral("gloss-%1-%2").arg(getuid()).arg(QString::fromLatin1(hash));
}

bool InstanceServer::listen(const QString &libraryPath)
{
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverName(libraryPath);
    // This process holds the library's lock, so a socket left by a crashed window is stale.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > maxMessage)
                        socket->abort();
                    return;
                }
                const QByteArray line = socket->readLine(maxMessage + 1);
                if (!line.endsWith('\n')) { // longer than any message this side reads
                    socket->abort();
                    return;
                }
                const QJsonObject message = QJsonDocument::fromJson(line).object();
                QStringList folders;
                for (const QJsonValue &folder : message.value(QStringLiteral("folders")).toArray())
                    folders << folder.toString();
                const QJsonValue link = message.value(QStringLiteral("link"));
                socket->write("ok\n");
                socket->flush();
                socket->disconnectFromServer();
                raiseWindow();
                if (link.isString())
                    Q_EMIT linkRequested(link.toString());
                else
                    Q_EMIT activationRequested(folders);
            });
        }
    });
    return true;
}

bool InstanceServer::forward(const QString &libraryPath, const QStringList &folders, int timeoutMs)
{
    QJsonArray list;
    for (const QString &folder : folders)
        list << QFileInfo(folder).absoluteFilePath();
    return send(libraryPath, QJsonObject { { QStringLiteral("folders"), list } }, timeoutMs);
}

bool InstanceServer::forwardLink(const QString &libraryPath, const QString &link, int timeoutMs)
{
    if (link.size() > maxLink)
        return false;
    return send(libraryPath, QJsonObject { { QStringLiteral("link"), link } }, timeoutMs);
}

bool InstanceServer::send(const QString &libraryPath, const QJsonObject &message, int timeoutMs)
{
    const QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
    if (line.size() > maxMessage)
        return false;
    QLocalSocket socket;
    socket.connectToServer(serverName(libraryPath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.readLine().trimmed() == "ok";
}

} // namespace gloss
