// The posts' tags in the window: the "Tags" section of the left tree with each tag's article
// count, the article list of a tag, the tags in the reader's header and the notes pane, and the
// tag shown again after a restart. The library is made from real posts (hexo-site).

#include "annotate/notespane.h"
#include "guisupport.h"
#include "import/importer.h"
#include "library/articlelistmodel.h"
#include "library/articlerepository.h"
#include "library/categorytreemodel.h"
#include "library/database.h"
#include "library/librarysession.h"
#include "search/searchpanel.h"
#include "search/searchresultmodel.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gloss;
using namespace gloss::test;

class TestTags : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;

    // What SQL says: each tag's name and article count, and the articles of one tag (newest
    // first, as the list shows them).
    QHash<QString, int> sqlCounts() const
    {
        QHash<QString, int> counts;
        std::unique_ptr<Database> db = Database::open(m_library).database;
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT t.name, count(*) FROM article_tags at JOIN tags t"
                              " ON t.id = at.tag_id GROUP BY t.id"));
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
        return counts;
    }
    QList<qint64> sqlArticles(const QString &tag) const
    {
        QList<qint64> ids;
        std::unique_ptr<Database> db = Database::open(m_library).database;
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT a.id FROM articles a JOIN article_tags at"
                                 " ON at.article_id = a.id JOIN tags t ON t.id = at.tag_id"
                                 " WHERE t.name = ? ORDER BY a.published_at DESC, a.id DESC"));
        q.addBindValue(tag);
        q.exec();
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("tags.gloss"));
        std::unique_ptr<Database> db = Database::open(m_library).database;
        QVERIFY(db);
        QCOMPARE(
            Importer(*db).run(corpusDir() + QStringLiteral("/hexo-site/source/_posts")).imported,
            41);
    }

    void treeListsTheTags()
    {
        std::unique_ptr<Database> db = Database::open(m_library).database;
        CategoryTreeModel tree;
        QAbstractItemModelTester tester(&tree,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setLibrary(db.get());
        const QModelIndex tags = tree.tagsIndex();
        QVERIFY(tags.isValid());
        QCOMPARE(tags.row(), tree.rowCount() - 1); // after the categories
        QCOMPARE(tags.data().toString(), QStringLiteral("Tags"));
        QVERIFY(!(tree.flags(tags) & Qt::ItemIsSelectable));
        QVERIFY(!tree.categoryId(tags) && !tree.tagId(tags));

        const QHash<QString, int> counts = sqlCounts();
        QCOMPARE(tree.rowCount(tags), counts.size());
        QStringList keys;
        for (int row = 0; row < tree.rowCount(tags); ++row) {
            const QModelIndex tag = tree.index(row, 0, tags);
            const QString name = tag.data(CategoryTreeModel::TagNameRole).toString();
            QVERIFY(counts.contains(name));
            QCOMPARE(tag.data(CategoryTreeModel::CountRole).toInt(), counts.value(name));
            QCOMPARE(tag.data().toString(), QStringLiteral("%1 (%2)").arg(name).arg(counts[name]));
            QVERIFY(tree.tagId(tag));
            QVERIFY(!tree.categoryId(tag));
            QVERIFY(tag.data(CategoryTreeModel::PathRole).toStringList().isEmpty());
            keys << name.toLower();
        }
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);
        QCOMPARE(tree.indexForTag(QStringLiteral("DJANGO")).data().toString(),
                 QStringLiteral("Django (2)"));
        QVERIFY(!tree.indexForTag(QStringLiteral("no such tag")).isValid());

        // The article list of a tag, page and all.
        ArticleListModel articles;
        QAbstractItemModelTester listTester(&articles,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        articles.setLibrary(db.get());
        articles.setTag(*tree.tagId(tree.indexForTag(QStringLiteral("basis"))));
        QCOMPARE(articles.rowCount(), 4);
        QCOMPARE(articles.totalCount(), 4);
    }

    void windowBrowsesATag()
    {
        const QList<qint64> expected = sqlArticles(QStringLiteral("basis"));
        QCOMPARE(expected.size(), 4);
        {
            MainWindow window;
            QVERIFY(openAndShow(window, m_library, QSize(1300, 850)));
            LibrarySession *session = window.session();
            QTreeView *treeView = session->categoryView();
            const QModelIndex tag = session->categoryModel()->indexForTag(QStringLiteral("basis"));
            QVERIFY(tag.isValid());
            treeView->expand(session->categoryModel()->tagsIndex());
            treeView->scrollTo(tag);
            const QRect rect = treeView->visualRect(tag);
            QVERIFY(!rect.isEmpty());
            QTest::mouseClick(treeView->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(treeView->currentIndex(), tag);

            // Exactly the tag's articles, in the list's order.
            ArticleListModel *list = session->articleModel();
            QList<qint64> shown;
            for (int row = 0; row < list->rowCount(); ++row)
                shown << list->articleId(row);
            QCOMPARE(shown, expected);
            QVERIFY(!session->categoryId()); // a tag is no category (exports, search scope)

            // The article opened from the list shows its tags in its header and the notes pane.
            QSignalSpy ready(window.readerView(), &ReaderView::articleReady);
            const qint64 article = expected.at(1);
            session->articleView()->setCurrentIndex(list->index(1, 0));
            QVERIFY(QTest::qWaitFor(
                [&] { return window.readerView()->articleId() == article && ready.count() > 0; },
                20000));
            std::unique_ptr<Database> db = Database::open(m_library).database;
            const QStringList tags = ArticleRepository(*db).find(article)->article.tags;
            QVERIFY(tags.contains(QStringLiteral("basis")));
            const QString line = QStringLiteral("Tags: ") + tags.join(QStringLiteral(", "));
            QCOMPARE(waitForPage(window.readerView(),
                                 QStringLiteral("document.querySelector('.gloss-header"
                                                " .gloss-tags').textContent"),
                                 line),
                     line);
            bool inPane = false;
            for (const QLabel *label : window.notesPane()->findChildren<QLabel *>())
                inPane = inPane || label->text().contains(line.toHtmlEscaped());
            QVERIFY(inPane);
            window.close();
        }
        // After a restart the tag is shown again, with the same article.
        MainWindow reopened;
        QVERIFY(openAndShow(reopened, m_library));
        const QModelIndex current = reopened.session()->categoryView()->currentIndex();
        QCOMPARE(current.data(CategoryTreeModel::TagNameRole).toString(), QStringLiteral("basis"));
        QCOMPARE(reopened.session()->articleModel()->rowCount(), 4);
        QCOMPARE(reopened.readerView()->articleId(), expected.at(1));

        // The search field: tag:BASIS finds exactly the articles that carry the tag.
        SearchPanel *search = reopened.searchPanel();
        QSignalSpy results(search, &SearchPanel::resultsShown);
        search->field()->setText(QStringLiteral("tag:BASIS"));
        search->searchNow();
        QVERIFY(results.wait(10000) || results.count() > 0);
        QTRY_COMPARE(search->model()->rowCount(), int(expected.size()));
        QList<qint64> found;
        for (int row = 0; row < search->model()->rowCount(); ++row)
            found
                << search->model()->index(row).data(SearchResultModel::ArticleIdRole).toLongLong();
        QCOMPARE(found, expected); // newest first, as the list
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestTags>(argc, argv);
}

#include "tst_tags.moc"
