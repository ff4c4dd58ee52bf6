// The library room: the category tree and article list models over a real library, and the
// window's LibrarySession remembering where the person was across a restart.

#include "guisupport.h"
#include "import/importer.h"
#include "library/articlelistmodel.h"
#include "library/articlerepository.h"
#include "library/categorytreemodel.h"
#include "library/database.h"
#include "library/librarysession.h"
#include "library/samplelibrary.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gloss;
using namespace gloss::test;

class TestLibrarySession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_samplePosts;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_samplePosts = SampleLibrary::extract(&error);
        QVERIFY2(!m_samplePosts.isEmpty(), qPrintable(error));
        m_db = Database::open(m_dir.filePath(QStringLiteral("library.gloss"))).database;
        QVERIFY(m_db);
        QCOMPARE(Importer(*m_db).run(m_samplePosts).imported, 8);
        QCOMPARE(Importer(*m_db).run(corpusDir() + QStringLiteral("/seed")).imported, 1);
    }

    void modelsAreSound()
    {
        CategoryTreeModel categories;
        QAbstractItemModelTester categoryTester(
            &categories, QAbstractItemModelTester::FailureReportingMode::QtTest);
        categories.setLibrary(m_db.get());
        QVERIFY(categories.rowCount() > 1);
        QCOMPARE(
            categories.data(categories.allArticlesIndex(), CategoryTreeModel::CountRole).toInt(),
            ArticleRepository(*m_db).count());
        const QModelIndex zh
            = categories.indexForPath({ QStringLiteral("新媒体"), QStringLiteral("科技") });
        QVERIFY(zh.isValid());
        QCOMPARE(zh.data(CategoryTreeModel::PathRole).toStringList(),
                 QStringList({ QStringLiteral("新媒体"), QStringLiteral("科技") }));

        ArticleListModel articles;
        QAbstractItemModelTester articleTester(
            &articles, QAbstractItemModelTester::FailureReportingMode::QtTest);
        articles.setLibrary(m_db.get());
        QCOMPARE(articles.rowCount(), ArticleRepository(*m_db).count());
        articles.setCategory(categories.categoryId(zh));
        QCOMPARE(articles.rowCount(), 1);
        QCOMPARE(articles.data(articles.index(0, ArticleListModel::TitleColumn)).toString(),
                 QStringLiteral("芯片行业的冷与热"));
        articles.setCategory(std::nullopt);
        articles.sort(ArticleListModel::TitleColumn);
        QCOMPARE(articles.data(articles.index(0, 0)).toString(),
                 QStringLiteral("A page that tries too hard"));
    }

    void articleListLoadsLazily()
    {
        // More articles than a page: the list starts with one page and fetches more on demand.
        const QString folder = m_dir.filePath(QStringLiteral("many"));
        for (int i = 0; i < ArticleListModel::pageSize + 50; ++i)
            QVERIFY(
                writeFile(QStringLiteral("%1/p%2.md").arg(folder).arg(i),
                          QStringLiteral("---\ntitle: Post %1\ncategories: [Many]\n---\n\ntext\n")
                              .arg(i)
                              .toUtf8()));
        std::unique_ptr<Database> db
            = Database::open(m_dir.filePath(QStringLiteral("many.gloss"))).database;
        QCOMPARE(Importer(*db).run(folder).imported, ArticleListModel::pageSize + 50);
        ArticleListModel articles;
        QAbstractItemModelTester tester(&articles,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        articles.setLibrary(db.get());
        qDebug() << "after setLibrary" << articles.rowCount() << articles.totalCount();
        QCOMPARE(articles.rowCount(), ArticleListModel::pageSize);
        QVERIFY(articles.canFetchMore({}));
        articles.fetchMore({});
        QCOMPARE(articles.rowCount(), ArticleListModel::pageSize + 50);
        QVERIFY(!articles.canFetchMore({}));
    }

    void windowRemembersItsState()
    {
        const QString library = m_dir.filePath(QStringLiteral("window.gloss"));
        {
            std::unique_ptr<Database> db = Database::open(library).database;
            QCOMPARE(Importer(*db).run(m_samplePosts).imported, 8);
        }
        qint64 article = 0;
        {
            MainWindow window;
            QVERIFY(openAndShow(window, library));
            const QModelIndex technology
                = window.session()->categoryModel()->indexForPath({ QStringLiteral("Technology") });
            QVERIFY(technology.isValid());
            window.session()->categoryView()->setCurrentIndex(technology);
            QCOMPARE(window.session()->articleModel()->rowCount(), 2);
            window.session()->articleView()->setCurrentIndex(
                window.session()->articleModel()->index(1, 0));
            article = window.readerView()->articleId();
            QVERIFY(article > 0);
            // Larger text twice, dark theme, through the menus' actions.
            const QList<QAction *> actions = window.findChildren<QAction *>();
            auto trigger = [&](const QString &text) {
                for (QAction *action : actions) {
                    if (action->text().remove(u'&') == text) {
                        action->trigger();
                        return true;
                    }
                }
                return false;
            };
            QVERIFY(trigger(QStringLiteral("Larger Text")));
            QVERIFY(trigger(QStringLiteral("Larger Text")));
            QVERIFY(trigger(QStringLiteral("Dark")));
            QCOMPARE(window.readerSettings().fontSize, ReaderSettings::defaultFontSize + 2);
            window.close();
        }
        MainWindow reopened;
        QVERIFY(openAndShow(reopened, library));
        QCOMPARE(reopened.readerSettings().fontSize, ReaderSettings::defaultFontSize + 2);
        QCOMPARE(reopened.readerSettings().theme, ReaderSettings::Theme::Dark);
        QCOMPARE(reopened.session()
                     ->categoryView()
                     ->currentIndex()
                     .data(CategoryTreeModel::PathRole)
                     .toStringList(),
                 QStringList { QStringLiteral("Technology") });
        QCOMPARE(reopened.readerView()->articleId(), article);
        // Read articles stay marked read.
        const int row = reopened.session()->articleModel()->rowOf(article);
        QVERIFY(row >= 0);
        QVERIFY(reopened.session()
                    ->articleModel()
                    ->data(reopened.session()->articleModel()->index(row, 0),
                           ArticleListModel::ReadRole)
                    .toBool());
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestLibrarySession>(argc, argv);
}

#include "tst_librarysession.moc"
