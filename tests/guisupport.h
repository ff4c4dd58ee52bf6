#pragma once

// Helpers for the GUI tests: a counting HTTP server, and waiting on the real web view.
#include "library/articlerepository.h"
#include "library/database.h"
#include "reader/readerview.h"
#include "reader/schemehandler.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <unistd.h>

namespace gloss::test {

// An HTTP server on 127.0.0.1 that answers everything with a small PNG and writes down the
// path of every request it gets.
class CountingServer : public QTcpServer
{
public:
    QStringList paths;
    QStringList destinations; // each request's Sec-Fetch-Dest ("image", "script", ...)

    void clear()
    {
        paths.clear();
        destinations.clear();
    }

    CountingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QList<QByteArray> lines = socket->readAll().split('\n');
                    const QList<QByteArray> request = lines.value(0).split(' ');
                    if (request.size() < 2)
                        return;
                    paths << QString::fromLatin1(request.at(1));
                    QString destination;
                    for (const QByteArray &line : lines)
                        if (line.toLower().startsWith("sec-fetch-dest:"))
                            destination = QString::fromLatin1(line.mid(15).trimmed());
                    destinations << destination;
                    static const QByteArray png
                        = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAD"
                                                 "UlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                                  + QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n"
                                  + png);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

inline QVariant runInAppWorld(ReaderView *view, const QString &script)
{
    QVariant result;
    bool done = false;
    view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                [&](const QVariant &value) {
                                    result = value;
                                    done = true;
                                });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<no answer from the page>"); // fails whatever compares it
    return result;
}

// Opens library in window and shows it (at size, when one is given); false when either failed.
inline bool openAndShow(MainWindow &window, const QString &library, QSize size = {})
{
    if (!window.openLibrary(library))
        return false;
    if (size.isValid())
        window.resize(size);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

// A reader view on db, shown at size; the caller owns it. Null when it could not be shown.
inline ReaderView *showReader(const Database *db, QSize size)
{
    auto *view = new ReaderView;
    view->resize(size);
    view->setLibrary(db);
    view->show();
    if (QTest::qWaitForWindowExposed(view))
        return view;
    delete view;
    return nullptr;
}

// Runs script in the page until it answers expected or timeoutMs pass; returns the last answer.
inline QString waitForPage(ReaderView *view, const QString &script, const QString &expected,
                           int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    QString answer = runInAppWorld(view, script).toString();
    while (answer != expected && clock.elapsed() < timeoutMs) {
        QTest::qWait(50);
        answer = runInAppWorld(view, script).toString();
    }
    return answer;
}

inline QString pageText(ReaderView *view)
{
    QString text;
    bool done = false;
    view->page()->toPlainText([&](const QString &value) {
        text = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<no answer from the page>");
    return text;
}

inline bool showAndWait(ReaderView *view, qint64 id, double position = 0)
{
    QSignalSpy ready(view, &ReaderView::articleReady);
    view->showArticle(id, position);
    return ready.wait(20000) || ready.count() > 0;
}

inline qint64 idByTitle(const Database &db, const QString &title)
{
    for (const ArticleSummary &a : ArticleRepository(db).list({}))
        if (a.title == title)
            return a.id;
    return 0;
}

// main() of a GUI test: settings, data and the sample posts go to a folder of this run, not
// the user's; QtWebEngine runs without its sandbox as root. A test whose `gloss` processes must
// read the settings its window writes runs under gloss's own name (still in that folder).
template<typename Test>
int guiTestMain(int argc, char *argv[], const QString &name = QStringLiteral("gloss-test"))
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(name);
    QCoreApplication::setApplicationName(name);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace gloss::test
