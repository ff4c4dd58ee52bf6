// The Debian package, made by CPack from this build: its metadata and file list, the desktop
// entry and AppStream data it installs, and the gloss it contains run from an unpacked copy
// (dpkg-deb -x into a temporary folder; nothing is installed into the system).
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss::test;

class TestPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;

    QString field(const QString &name)
    {
        const Run info = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), m_deb, name });
        return info.out.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // CPack installs this build into a staging folder and packs it.
        const Run cpack
            = run(QStringLiteral("cpack"),
                  { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                    QStringLiteral(GLOSS_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"),
                    m_dir.filePath(QStringLiteral("out")) },
                  QProcessEnvironment::systemEnvironment(), 300000);
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
        const QStringList debs = QDir(m_dir.filePath(QStringLiteral("out")))
                                     .entryList({ QStringLiteral("gloss_*.deb") });
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(QStringLiteral("out/") + debs.first());
        QCOMPARE(debs.first(),
                 QStringLiteral("gloss_%1_amd64.deb").arg(QStringLiteral(GLOSS_VERSION_STRING)));
        m_root = m_dir.filePath(QStringLiteral("root"));
        const Run unpack = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, m_root });
        QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.err));
    }

    void metadata()
    {
        const Run info = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-I"), m_deb });
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("gloss"));
        QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(GLOSS_VERSION_STRING));
        QCOMPARE(field(QStringLiteral("Architecture")), QStringLiteral("amd64"));
        const QString depends = field(QStringLiteral("Depends"));
        // What Qt loads at run time, highlight.js (read to colour code), and what the binary
        // links (found by dpkg-shlibdeps).
        for (const char *package :
             { "libqt6sql6-sqlite", "libqt6webenginecore6-bin", "qt6-qpa-plugins",
               "libjs-highlight.js", "libqt6webenginewidgets6", "libqt6widgets6", "libsqlite3-0",
               "libyaml-cpp0.7", "libmd4c-html0", "libgumbo1", "libuchardet0" })
            QVERIFY2(depends.contains(QLatin1String(package)), qPrintable(depends));
        QVERIFY(field(QStringLiteral("Recommends")).contains(u"fonts-noto-cjk"));
        QVERIFY(!field(QStringLiteral("Description")).isEmpty());
        QVERIFY(field(QStringLiteral("Maintainer")).contains(u'@'));
    }

    void fileList()
    {
        const Run list = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-c"), m_deb });
        QCOMPARE(list.exitCode, 0);
        QStringList files;
        for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QString path = line.section(u' ', -1);
            if (!path.endsWith(u'/'))
                files << path;
        }
        files.sort();
        const QStringList expected {
            QStringLiteral("./usr/bin/gloss"),
            QStringLiteral("./usr/share/applications/app.gloss.Gloss.desktop"),
            QStringLiteral("./usr/share/doc/gloss/README.md"),
            QStringLiteral("./usr/share/icons/hicolor/256x256/apps/app.gloss.Gloss.png"),
            QStringLiteral("./usr/share/icons/hicolor/scalable/apps/app.gloss.Gloss.svg"),
            QStringLiteral("./usr/share/metainfo/app.gloss.Gloss.metainfo.xml"),
        };
        QCOMPARE(files, expected);
        QVERIFY(
            list.out.contains(QRegularExpression(QStringLiteral("-rwxr-xr-x .* ./usr/bin/gloss"))));
    }

    void desktopEntryAndAppStreamValidate()
    {
        const Run desktop
            = run(QStringLiteral("desktop-file-validate"),
                  { m_root + QStringLiteral("/usr/share/applications/app.gloss.Gloss.desktop") });
        QVERIFY2(desktop.exitCode == 0 && desktop.out.trimmed().isEmpty(),
                 qPrintable(desktop.out + desktop.err));
        // gloss:// links open in Gloss: the entry handles the scheme and takes a URL.
        const QStringList entry
            = QString::fromUtf8(readFile(m_root
                                         + QStringLiteral("/usr/share/applications/"
                                                          "app.gloss.Gloss.desktop")))
                  .split(u'\n');
        QVERIFY(entry.contains(QStringLiteral("MimeType=x-scheme-handler/gloss;")));
        QVERIFY(entry.contains(QStringLiteral("Exec=gloss %u")));
        const Run appstream
            = run(QStringLiteral("appstreamcli"),
                  { QStringLiteral("validate"), QStringLiteral("--no-net"),
                    m_root + QStringLiteral("/usr/share/metainfo/app.gloss.Gloss.metainfo.xml") });
        QVERIFY2(appstream.exitCode == 0, qPrintable(appstream.out + appstream.err));
    }

    void unpackedGlossRuns()
    {
        const QString gloss = m_root + QStringLiteral("/usr/bin/gloss");
        const Run version = run(gloss, { QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(),
                 QStringLiteral("gloss %1").arg(QStringLiteral(GLOSS_VERSION_STRING)));

        const QString library = m_dir.filePath(QStringLiteral("library.gloss"));
        const Run import = run(gloss,
                               { QStringLiteral("import"), corpusDir() + QStringLiteral("/seed"),
                                 QStringLiteral("--library"), library });
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QVERIFY2(import.out.startsWith(u"imported 1, updated 0, unchanged 0, failed 0"),
                 qPrintable(import.out));
        const Run search = run(gloss,
                               { QStringLiteral("search"), QStringLiteral("芯片"),
                                 QStringLiteral("--library"), library });
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(search.out.contains(u"AI芯片，撑得过明年吗？"), qPrintable(search.out));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
