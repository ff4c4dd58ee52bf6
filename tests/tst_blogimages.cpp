// A blog's images in the real reader (QT_QPA_PLATFORM=offscreen): the real Hexo site of the
// corpus (every image that exists is served, the missing one is a placeholder naming it), and
// a small blog of our own for the asset folder, the asset tag, relative paths and escapes.

#include "guisupport.h"
#include "import/importer.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "reader/readerprofile.h"
#include "reader/readerview.h"
#include "reader/schemehandler.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

namespace {

// Every image is loaded (or failed) once each <img> is complete.
const QString allComplete = QStringLiteral(
    "Array.prototype.every.call(document.images, function (i) { return i.complete; })"
    " ? 'complete' : 'loading'");

// naturalWidth of the image whose src ends with suffix; -1 when there is none.
QString widthOf(const QString &suffix)
{
    return QStringLiteral("(function () { var w = -1; Array.prototype.forEach.call(document.images,"
                          " function (i) { if (decodeURIComponent(i.src).endsWith('%1'))"
                          " w = i.naturalWidth; }); return String(w); })()")
        .arg(suffix);
}

bool writeImage(const QString &path, int width)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(width, 10, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    return image.save(path, "PNG");
}

} // namespace

class TestBlogImages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ReaderView *m_view = nullptr;
    SchemeHandler *m_handler = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("blog.gloss"))).database;
        QVERIFY(m_db);
        const QString posts = corpusDir() + QStringLiteral("/hexo-site/source/_posts");
        QCOMPARE(Importer(*m_db).run(posts).imported, 41);

        // A blog of our own, with post_asset_folder: true. Each image has its own width, so the
        // page tells which file it showed.
        const QString blog = m_dir.filePath(QStringLiteral("myblog"));
        QVERIFY(writeFile(blog + QStringLiteral("/_config.yml"), "post_asset_folder: true\n"));
        QVERIFY(writeImage(blog + QStringLiteral("/source/images/root.png"), 11));
        QVERIFY(writeImage(blog + QStringLiteral("/source/_posts/beside.png"), 12));
        QVERIFY(writeImage(blog + QStringLiteral("/source/_posts/旅行/photo.png"), 13));
        QVERIFY(writeImage(blog + QStringLiteral("/source/_posts/旅行/tag.png"), 14));
        QVERIFY(writeImage(m_dir.filePath(QStringLiteral("secret.png")), 99));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("secret.png")),
                            blog + QStringLiteral("/source/images/out.png")));
        QVERIFY(writeFile(blog + QStringLiteral("/source/_posts/旅行.md"),
                          "---\ntitle: A trip\n---\n"
                          "![root](/images/root.png)\n\n"
                          "![beside](beside.png)\n\n"
                          "![asset](photo.png)\n\n"
                          "{% asset_img tag.png Tagged %}\n\n"
                          "![path]({% asset_path tag.png %})\n\n"
                          "![link](/images/out.png)\n\n"
                          "![up](/../../secret.png)\n\n"
                          "<img src=\"../../../secret.png\">\n"));
        QCOMPARE(Importer(*m_db).run(blog + QStringLiteral("/source/_posts")).imported, 1);

        m_view = showReader(m_db.get(), { 900, 700 });
        QVERIFY(m_view);
        auto *profile = qobject_cast<ReaderProfile *>(m_view->page()->profile());
        QVERIFY(profile);
        m_handler = profile->schemeHandler();
    }
    void cleanupTestCase()
    {
        delete m_view;
        m_db.reset();
    }

    void everyImageOfTheRealSite()
    {
        // What the posts refer to, and which of those files exist.
        const QString site = corpusDir() + QStringLiteral("/hexo-site/source");
        static const QRegularExpression reference(QStringLiteral("[(\"']/(images/[^)\"'\\s]+)"));
        QSet<QString> existing;
        for (const QFileInfo &post :
             QDir(site + QStringLiteral("/_posts")).entryInfoList({ QStringLiteral("*.md") })) {
            for (const QRegularExpressionMatch &m :
                 reference.globalMatch(QString::fromUtf8(readFile(post.filePath())))) {
                const QFileInfo file(site + u'/' + m.captured(1));
                if (file.exists())
                    existing << file.canonicalFilePath();
            }
        }
        // source/images holds 79 files, every one referenced (the README's 81 counts two paths
        // that django17.md names inside code, which are not there).
        QCOMPARE(existing.size(), 79);

        QSignalSpy served(m_handler, &SchemeHandler::imageServed);
        QSignalSpy missing(m_handler, &SchemeHandler::imageMissing);
        QSignalSpy refused(m_handler, &SchemeHandler::imageRefused);
        const QString postsRoot = site + QStringLiteral("/_posts/");
        int articles = 0;
        for (const ArticleSummary &a : ArticleRepository(*m_db).list({})) {
            const auto record = ArticleRepository(*m_db).find(a.id);
            QVERIFY(record);
            if (!QFileInfo(record->sourcePath)
                     .absoluteFilePath()
                     .startsWith(QFileInfo(postsRoot).canonicalFilePath()))
                continue;
            ++articles;
            QVERIFY(showAndWait(m_view, a.id));
            QCOMPARE(waitForPage(m_view, allComplete, QStringLiteral("complete")),
                     QStringLiteral("complete"));
            // Nothing on the page is a broken image: each one has a width, the missing one too
            // (asked again while an image that is complete is still being decoded).
            QCOMPARE(waitForPage(m_view,
                                 QStringLiteral("Array.prototype.filter.call(document.images,"
                                                " function (i) { return !i.naturalWidth; })"
                                                ".map(function (i) { return i.src; }).join()"),
                                 QString(), 5000),
                     QString());
        }
        QCOMPARE(articles, 41);

        QSet<QString> servedFiles;
        for (const QList<QVariant> &args : served)
            servedFiles << args.at(0).toString();
        QCOMPARE(servedFiles, existing);
        QCOMPARE(missing.count(), 1);
        QCOMPARE(missing.at(0).at(0).toString(), QStringLiteral("/images/git/6_2.gif"));
        QCOMPARE(refused.count(), 0);
    }

    void theMissingImageIsNamedOnThePage()
    {
        qint64 id = 0;
        for (const ArticleSummary &a : ArticleRepository(*m_db).list({}))
            if (ArticleRepository(*m_db).find(a.id)->sourcePath.endsWith(u"/git6.md"))
                id = a.id;
        QVERIFY(id > 0);
        QVERIFY(showAndWait(m_view, id));
        QCOMPARE(waitForPage(m_view, allComplete, QStringLiteral("complete")),
                 QStringLiteral("complete"));
        // The placeholder is as wide as the sentence that names the file.
        QVERIFY(runInAppWorld(m_view, widthOf(QStringLiteral("git/6_2.gif?site"))).toInt() > 200);
        QVERIFY(SchemeHandler::missingImage(QStringLiteral("/images/git/6_2.gif"))
                    .contains("Image not found: /images/git/6_2.gif"));
    }

    void eachKindOfPathOnOurOwnBlog()
    {
        const qint64 id = idByTitle(*m_db, QStringLiteral("A trip"));
        QVERIFY(id > 0);
        QSignalSpy refused(m_handler, &SchemeHandler::imageRefused);
        QVERIFY(showAndWait(m_view, id));
        QCOMPARE(waitForPage(m_view, allComplete, QStringLiteral("complete")),
                 QStringLiteral("complete"));
        QCOMPARE(runInAppWorld(m_view, widthOf(QStringLiteral("images/root.png?site"))).toString(),
                 QStringLiteral("11"));
        QCOMPARE(runInAppWorld(m_view, widthOf(QStringLiteral("/beside.png"))).toString(),
                 QStringLiteral("12"));
        QCOMPARE(runInAppWorld(m_view, widthOf(QStringLiteral("/photo.png"))).toString(),
                 QStringLiteral("13"));
        // The tag and the path both name the asset folder's tag.png.
        QCOMPARE(runInAppWorld(m_view,
                               QStringLiteral("Array.prototype.map.call(document.querySelectorAll("
                                              "'img[src$=\"tag.png\"]'), function (i) {"
                                              " return i.naturalWidth + ' ' + i.alt; }).join()"))
                     .toString(),
                 QStringLiteral("14 Tagged,14 path"));
        // A link out of the root, and paths that climb: nothing shown, nothing served.
        QCOMPARE(runInAppWorld(m_view, widthOf(QStringLiteral("images/out.png?site"))).toString(),
                 QStringLiteral("0"));
        QCOMPARE(runInAppWorld(m_view,
                               QStringLiteral("Array.prototype.filter.call(document.images,"
                                              " function (i) { return i.naturalWidth == 99; })"
                                              ".length"))
                     .toInt(),
                 0);
        QVERIFY(refused.count() >= 1);
        QCOMPARE(refused.first().at(0).toString(), QStringLiteral("/images/out.png"));
    }
};

int main(int argc, char *argv[])
{
    return guiTestMain<TestBlogImages>(argc, argv);
}

#include "tst_blogimages.moc"
