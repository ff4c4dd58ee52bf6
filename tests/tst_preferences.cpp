// Preferences, the About dialog and the Chinese interface, in the real window (offscreen).
#include "guisupport.h"
#include "import/importer.h"
#include "library/database.h"
#include "library/settingsrepository.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "settings/language.h"
#include "settings/preferencesdialog.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QActionGroup>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gloss;
using namespace gloss::test;

class TestPreferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Preferences changed()
    {
        Preferences p;
        p.reader.theme = ReaderSettings::Theme::Dark;
        p.reader.typeface = ReaderSettings::Typeface::Sans;
        p.reader.fontSize = 23;
        p.reader.lineWidth = 51;
        p.remoteImages = true;
        p.exportFolder = QStringLiteral("/tmp/gloss-notes");
        p.exportFullText = true;
        p.language = QStringLiteral("zh_CN");
        return p;
    }

private Q_SLOTS:
    void dialogShowsAndReturnsEverySetting()
    {
        const Preferences p = changed();
        PreferencesDialog dialog(p);
        const Preferences back = dialog.preferences();
        QVERIFY(back.reader == p.reader);
        QCOMPARE(back.remoteImages, p.remoteImages);
        QCOMPARE(back.exportFolder, p.exportFolder);
        QCOMPARE(back.exportFullText, p.exportFullText);
        QCOMPARE(back.language, p.language);
        QVERIFY(!(PreferencesDialog(Preferences()).preferences().reader == p.reader));
    }

    void windowAppliesAndKeepsThem()
    {
        const QString library = m_dir.filePath(QStringLiteral("prefs.gloss"));
        {
            // A post without remote images: turning them on reloads the page, which must not
            // wait on the network.
            const QString posts = m_dir.filePath(QStringLiteral("posts"));
            QVERIFY(QDir().mkpath(posts));
            QVERIFY(writeFile(posts + QStringLiteral("/one.md"),
                              "---\ntitle: 读书笔记\ndate: 2024-03-01\n---\n\n"
                              "慢慢读，边读边记。\n\nRead slowly, with a pencil.\n"));
            std::unique_ptr<Database> db = Database::open(library).database;
            QCOMPARE(Importer(*db).run(posts).imported, 1);
        }
        {
            MainWindow window;
            QVERIFY(openAndShow(window, library, { 1200, 800 }));
            ReaderView *view = window.readerView();
            QTRY_VERIFY_WITH_TIMEOUT(!view->pageText().isEmpty(), 20000);

            window.applyPreferences(changed());
            QVERIFY(window.readerSettings() == changed().reader);
            // View › Theme shows the theme chosen in Preferences.
            const QActionGroup *themes = window.findChild<QActionGroup *>();
            QVERIFY(themes && themes->checkedAction());
            QCOMPARE(themes->checkedAction()->data().toInt(), int(ReaderSettings::Theme::Dark));
            // Live in the page: typeface, theme, size.
            QCOMPARE(waitForPage(view,
                                 QStringLiteral("document.documentElement"
                                                ".getAttribute('data-typeface')"),
                                 QStringLiteral("sans")),
                     QStringLiteral("sans"));
            QCOMPARE(waitForPage(view, QStringLiteral("getComputedStyle(document.body).fontSize"),
                                 QStringLiteral("23px")),
                     QStringLiteral("23px"));
            QCOMPARE(
                runInAppWorld(view,
                              QStringLiteral("document.documentElement.getAttribute('data-theme')"))
                    .toString(),
                QStringLiteral("dark"));
            QCOMPARE(window.preferences().remoteImages, true);
        }
        // Kept: per user in QSettings, remote images in the library itself.
        const Preferences loaded = Preferences::load();
        QVERIFY(loaded.reader == changed().reader);
        QCOMPARE(loaded.exportFolder, changed().exportFolder);
        QCOMPARE(loaded.exportFullText, true);
        QCOMPARE(loaded.language, QStringLiteral("zh_CN"));
        std::unique_ptr<Database> db = Database::open(library).database;
        QVERIFY(
            SettingsRepository(*db).flag(QString::fromLatin1(SettingsRepository::remoteImages)));
    }

    void aboutNamesTheLibraries()
    {
        const QStringList libraries = AboutDialog::libraries();
        const QString all = libraries.join(u'\n');
        for (const char *name : { "Qt 6.", "Qt WebEngine 6.", "SQLite 3.", "yaml-cpp 0.", "md4c 0.",
                                  "gumbo 0.", "uchardet 0." })
            QVERIFY2(all.contains(QLatin1String(name)), qPrintable(all));
    }

    // Last: it installs the translation into this process.
    void chineseInterface()
    {
        Language::choose(QStringLiteral("en"));
        QCOMPARE(Language::effective(), QStringLiteral("en"));
        Language::choose(QStringLiteral("zh_CN"));
        QCOMPARE(Language::effective(), QStringLiteral("zh_CN"));
        QVERIFY(Language::install(qApp));
        QCOMPARE(QCoreApplication::translate("gloss::MainActions", "&File"),
                 QStringLiteral("文件(&F)"));
        // Messages from the core are translated too.
        QCOMPARE(QCoreApplication::translate("gloss::TextDecoder",
                                             "binary file (it contains NUL bytes)"),
                 QStringLiteral("二进制文件（含有 NUL 字节）"));

        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(menus.at(1)->text(), QStringLiteral("编辑(&E)"));
        QCOMPARE(window.searchPanel()->field()->placeholderText(),
                 QStringLiteral("搜索文库（Ctrl+Shift+F）"));
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestPreferences>(argc, argv);
}

#include "tst_preferences.moc"
