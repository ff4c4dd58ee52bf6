// A blog's own files: where its root is, which files a post's image references name, every way
// out of the root refused; Hexo's asset tags and root-relative images at parse time.

#include "article/articleparser.h"
#include "article/sitelinks.h"
#include "article/siteroot.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace gloss;
using namespace gloss::test;

namespace {

const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
                                              "QVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

} // namespace

class TestSiteRoot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_top; // canonical m_dir
    // m_top/outside/secret.png                       outside every site
    // m_top/outside/_config.yml                      a site config above an import folder
    // m_top/outside/notes/post.md                    a folder with no site of its own
    // m_top/blog/_config.yml (source_dir: source)
    // m_top/blog/source/images/a.png
    // m_top/blog/source/_posts/foo.md, foo/x.png     the post's asset folder
    // m_top/blog/source/_posts/rel.png               beside the posts
    // m_top/blog/source/_posts/deep/bar.md
    // m_top/blog/source/images/out.png -> ../../../outside/secret.png
    // m_top/blog/source/images/linked -> ../../../outside
    QString path(const QString &relative) const { return m_top + u'/' + relative; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_top = QFileInfo(m_dir.path()).canonicalFilePath();
        for (const char *file :
             { "outside/secret.png", "blog/source/images/a.png", "blog/source/_posts/foo/x.png",
               "blog/source/_posts/rel.png", "outside/notes/pic.png" })
            QVERIFY(writeFile(path(QString::fromLatin1(file)), png));
        QVERIFY(writeFile(path(QStringLiteral("outside/_config.yml")), "source_dir: .\n"));
        QVERIFY(
            writeFile(path(QStringLiteral("outside/notes/post.md")), "---\ntitle: n\n---\nx\n"));
        QVERIFY(writeFile(path(QStringLiteral("blog/_config.yml")), "source_dir: source\n"));
        QVERIFY(writeFile(path(QStringLiteral("blog/source/_posts/foo.md")), "---\n---\nx\n"));
        QVERIFY(writeFile(path(QStringLiteral("blog/source/_posts/deep/bar.md")), "---\n---\n"));
        QVERIFY(QFile::link(QStringLiteral("../../../outside/secret.png"),
                            path(QStringLiteral("blog/source/images/out.png"))));
        QVERIFY(QFile::link(QStringLiteral("../../../outside"),
                            path(QStringLiteral("blog/source/images/linked"))));
    }

    void findsTheRoot_data()
    {
        QTest::addColumn<QString>("import");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("webRoot");
        QTest::addColumn<QString>("boundary");
        QTest::newRow("_posts") << "blog/source/_posts"
                                << ""
                                << "blog/source"
                                << "blog/source";
        QTest::newRow("inside _posts") << "blog/source/_posts/deep"
                                       << ""
                                       << "blog/source"
                                       << "blog/source";
        QTest::newRow("holds _posts") << "blog/source"
                                      << ""
                                      << "blog/source"
                                      << "blog/source";
        QTest::newRow("the site") << "blog"
                                  << ""
                                  << "blog/source"
                                  << "blog";
        // A _config.yml above the import folder (outside it) is not followed.
        QTest::newRow("config in a parent") << "outside/notes"
                                            << ""
                                            << "outside/notes"
                                            << "outside/notes";
        QTest::newRow("chosen by the library") << "outside/notes"
                                               << "outside"
                                               << "outside"
                                               << "outside";
        QTest::newRow("a choice that leaves the posts out") << "blog/source/_posts"
                                                            << "outside"
                                                            << "blog/source"
                                                            << "blog/source";
    }
    void findsTheRoot()
    {
        QFETCH(QString, import);
        QFETCH(QString, chosen);
        const SiteRoot site
            = SiteRoot::find(path(import), chosen.isEmpty() ? QString() : path(chosen));
        QFETCH(QString, webRoot);
        QFETCH(QString, boundary);
        QVERIFY(site.isValid());
        QCOMPARE(site.webRoot(), path(webRoot));
        QCOMPARE(site.boundary(), path(boundary));
    }

    void resolves_data()
    {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("file");
        const int found = int(SiteRoot::Kind::Found), missing = int(SiteRoot::Kind::Missing),
                  refused = int(SiteRoot::Kind::Refused);
        const QString foo = QStringLiteral("blog/source/_posts/foo.md");
        const QString bar = QStringLiteral("blog/source/_posts/deep/bar.md");
        QTest::newRow("root-relative")
            << foo << "/images/a.png" << found << "blog/source/images/a.png";
        QTest::newRow("root-relative from a subfolder")
            << bar << "/images/a.png" << found << "blog/source/images/a.png";
        QTest::newRow("relative") << foo << "rel.png" << found << "blog/source/_posts/rel.png";
        QTest::newRow("asset folder") << foo << "x.png" << found << "blog/source/_posts/foo/x.png";
        QTest::newRow("asset folder by its name")
            << foo << "foo/x.png" << found << "blog/source/_posts/foo/x.png";
        QTest::newRow("relative climbing to the root") << bar << "../images/a.png" << refused << "";
        QTest::newRow("missing") << foo << "/images/gone.gif" << missing
                                 << "blog/source/images/gone.gif";
        QTest::newRow("missing in a missing folder")
            << foo << "/images/no/gone.gif" << missing << "blog/source/images/no/gone.gif";
        QTest::newRow("missing beside the post")
            << foo << "gone.png" << missing << "blog/source/_posts/gone.png";
        QTest::newRow("..") << foo << "/../../outside/secret.png" << refused << "";
        QTest::newRow("../ in the middle")
            << foo << "/images/../../../outside/secret.png" << refused << "";
        QTest::newRow("relative ..") << foo << "../../../outside/secret.png" << refused << "";
        // Decoded, %2e%2e is `..` (refused above); still encoded it is a file name like any other.
        QTest::newRow("%2e%2e left encoded is a name")
            << foo << "images/%2e%2e/a.png" << missing << "blog/source/_posts/images/%2e%2e/a.png";
        QTest::newRow("absolute path is inside the root")
            << foo << (path(QStringLiteral("outside/secret.png"))) << missing
            << QStringLiteral("blog/source") + path(QStringLiteral("outside/secret.png"));
        QTest::newRow("symlink to a file outside") << foo << "/images/out.png" << refused << "";
        QTest::newRow("symlink to a folder outside")
            << foo << "/images/linked/secret.png" << refused << "";
        QTest::newRow("missing behind a symlink outside")
            << foo << "/images/linked/gone.png" << refused << "";
        QTest::newRow("not an image") << foo << "/_posts/foo.md" << refused << "";
        QTest::newRow("a folder") << foo << "/images" << refused << "";
        QTest::newRow("NUL") << foo << QStringLiteral("/images/a.png") + QChar(0) << refused << "";
    }
    void resolves()
    {
        QFETCH(QString, post);
        QFETCH(QString, reference);
        QFETCH(int, kind);
        QFETCH(QString, file);
        const SiteRoot site = SiteRoot::find(path(QStringLiteral("blog/source/_posts")));
        const SiteRoot::File resolved = site.resolve(path(post), reference);
        QCOMPARE(int(resolved.kind), kind);
        QCOMPARE(resolved.path, file.isEmpty() ? QString() : path(file));
    }

    void aConfigAboveTheImportFolderServesNothingAboveIt()
    {
        const SiteRoot site = SiteRoot::find(path(QStringLiteral("outside/notes")));
        const QString post = path(QStringLiteral("outside/notes/post.md"));
        QCOMPARE(site.resolve(post, QStringLiteral("/secret.png")).kind, SiteRoot::Kind::Missing);
        QCOMPARE(site.resolve(post, QStringLiteral("../secret.png")).kind, SiteRoot::Kind::Refused);
        QCOMPARE(site.resolve(post, QStringLiteral("/pic.png")).path,
                 path(QStringLiteral("outside/notes/pic.png")));
    }

    void theSiteFolderServesOnlyInsideIt()
    {
        // Imported as the whole site, `/` is its source folder.
        const SiteRoot site = SiteRoot::find(path(QStringLiteral("blog")));
        const QString post = path(QStringLiteral("blog/source/_posts/foo.md"));
        QCOMPARE(site.resolve(post, QStringLiteral("/images/a.png")).path,
                 path(QStringLiteral("blog/source/images/a.png")));
        QCOMPARE(site.resolve(post, QStringLiteral("/../_config.yml")).kind,
                 SiteRoot::Kind::Refused);
    }

    void assetTags_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("html");
        // A line that starts with the tag is an HTML block in CommonMark: no paragraph around it.
        QTest::newRow("asset_img")
            << "{% asset_img x.png A title %}\n"
            << "<img src=\"my%20post/x.png\" title=\"A title\" alt=\"A title\">\n";
        QTest::newRow("asset_img, no title") << "{% asset_img x.png %}\n"
                                             << "<img src=\"my%20post/x.png\" alt=\"\">\n";
        QTest::newRow("asset_img, class, size, quoted title and alt")
            << "{% asset_img wide sub/y.png 300 200 \"Title <b>\" 'Alt' %}\n"
            << "<img src=\"my%20post/sub/y.png\" class=\"wide\" width=\"300\" height=\"200\""
               " title=\"Title &lt;b&gt;\" alt=\"Alt\">\n";
        QTest::newRow("asset_path in Markdown")
            << "![pic]({% asset_path 图.png %})\n"
            << "<p><img src=\"my%20post/%E5%9B%BE.png\" alt=\"pic\"></p>\n";
        QTest::newRow("inside a fence") << "```\n{% asset_img x.png %}\n```\n"
                                        << "<pre><code>{% asset_img x.png %}\n</code></pre>\n";
        QTest::newRow("inside a code span") << "`{% asset_img x.png %}`\n"
                                            << "<p><code>{% asset_img x.png %}</code></p>\n";
        QTest::newRow("other tags stay text") << "{% asset_link x.png %}\n"
                                              << "<p>{% asset_link x.png %}</p>\n";
        QTest::newRow("root-relative image") << "![](/images/a.png?v=1)\n"
                                             << "<p><img src=\"images/a.png?site\" alt=\"\"></p>\n";
        QTest::newRow("scheme-relative stays remote")
            << "![](//host/a.png)\n"
            << "<p><img src=\"//host/a.png\" alt=\"\"></p>\n";
        QTest::newRow("raw HTML image") << "<p><IMG alt=x SRC='/images/b.png'></p>\n"
                                        << "<p><IMG alt=x SRC='images/b.png?site'></p>\n";
        QTest::newRow("unquoted src") << "<div><img src=/a.png></div>"
                                      << "<div><img src=a.png?site></div>";
        QTest::newRow("a link is not an image") << "[a](/images/a.png)\n"
                                                << "<p><a href=\"/images/a.png\">a</a></p>\n";
    }
    void assetTags()
    {
        QFETCH(QString, body);
        QFETCH(QString, html);
        const ArticleParser::Result r = ArticleParser::parse(
            QByteArray("---\ntitle: t\n---\n") + body.toUtf8(), QStringLiteral("my post.md"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article.html, html);
    }

    void assetTagsAreNotInTheText()
    {
        const ArticleParser::Result r = ArticleParser::parse(
            "---\ntitle: t\n---\nbefore {% asset_img x.png Caption %} after\n",
            QStringLiteral("foo.md"));
        QCOMPARE(r.article.text, QStringLiteral("before after"));
    }

    void siteUrl()
    {
        QCOMPARE(SiteLinks::siteUrl(QStringLiteral("/images/x.png")),
                 QStringLiteral("images/x.png?site"));
        QCOMPARE(SiteLinks::siteUrl(QStringLiteral("/a/b.png#frag")),
                 QStringLiteral("a/b.png?site"));
        QCOMPARE(SiteLinks::siteUrl(QStringLiteral("x.png")), QStringLiteral("x.png"));
        QCOMPARE(SiteLinks::siteUrl(QStringLiteral("https://a/x.png")),
                 QStringLiteral("https://a/x.png"));
    }

    void everyImageOfTheRealSite()
    {
        // hexo-site: 41 posts, every image under source/images, one reference without a file.
        const QString posts = corpusDir() + QStringLiteral("/hexo-site/source/_posts");
        const SiteRoot site = SiteRoot::find(posts);
        QCOMPARE(site.webRoot(),
                 QFileInfo(corpusDir() + QStringLiteral("/hexo-site/source")).canonicalFilePath());
        static const QRegularExpression src(QStringLiteral("<img src=\"([^\"]+)\\?site\""));
        int found = 0;
        QStringList missing;
        for (const QFileInfo &post : QDir(posts).entryInfoList({ QStringLiteral("*.md") })) {
            const ArticleParser::Result r
                = ArticleParser::parse(readFile(post.filePath()), post.fileName());
            QVERIFY(r.ok());
            for (const QRegularExpressionMatch &m : src.globalMatch(r.article.html)) {
                const QString reference = u'/' + QUrl::fromPercentEncoding(m.captured(1).toUtf8());
                const SiteRoot::File file = site.resolve(post.filePath(), reference);
                if (file.kind == SiteRoot::Kind::Found)
                    ++found;
                else if (file.kind == SiteRoot::Kind::Missing)
                    missing << reference;
            }
        }
        QCOMPARE(missing, QStringList { QStringLiteral("/images/git/6_2.gif") });
        QVERIFY2(found >= 81, qPrintable(QString::number(found)));
    }
};

QTEST_GUILESS_MAIN(TestSiteRoot)
#include "tst_siteroot.moc"
