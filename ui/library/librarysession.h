#pragma once

#include "search/searchquery.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QModelIndex;
class QTreeView;
class QWidget;

namespace gloss {

class ArticleListModel;
class CategoryTreeModel;
class Database;
class GlossLink;
class LibraryLock;
class ReaderView;
struct ArticleRecord;

// The library open in the window (as KeePassXC's DatabaseWidget is for a database): its lock
// and connection, its category tree and article list, the category and article shown, and the
// ways from one article to another (J/K, a highlight, a search result). It remembers where the
// person was and takes them back there when the library opens again.
class LibrarySession : public QObject
{
    Q_OBJECT
public:
    // Drives the two views (given their models here) and the reader; parent shows its dialogs.
    LibrarySession(QTreeView *categoryView, QTreeView *articleView, ReaderView *reader,
                   QWidget *parent);
    ~LibrarySession() override;

    // Opens a library file; on failure says why and keeps the library that was open.
    bool open(const QString &path);
    // Asked before another library replaces the open one; false keeps it open.
    void setCloseCheck(std::function<bool()> check) { m_mayClose = std::move(check); }
    const Database *database() const { return m_db.get(); }
    QString path() const;
    // The open library's own id (a UUID, as gloss:// links name it); empty when none is open.
    QString libraryId() const { return m_libraryId; }
    // No library, or one without articles.
    bool isEmpty() const;
    // Opens the sample library (written out first if need be) and gives the folder of sample
    // posts to import into it; empty, having said why, when it cannot.
    QString openSample();

    // Whether this library's articles may load images from the web (kept in the library).
    bool remoteImages() const { return m_remoteImages; }
    void setRemoteImages(bool allowed);

    CategoryTreeModel *categoryModel() const { return m_categories; }
    ArticleListModel *articleModel() const { return m_articles; }
    QTreeView *categoryView() const { return m_categoryView; }
    QTreeView *articleView() const { return m_articleView; }
    // The category shown (none for all articles or a tag), and its path joined with " › ".
    std::optional<qint64> categoryId() const;
    QString categoryName() const;

    void selectArticle(qint64 id);
    // The articles selected in the list, or else the one shown.
    QList<qint64> selectedArticles() const;
    // The next (step 1) or previous (-1) article of the list.
    void moveArticle(int step);
    // Opens an article and scrolls to one of its highlights.
    void openHighlight(qint64 articleId, qint64 highlightId);
    // Follows a link into this library: its article, scrolled to its highlight (which flashes).
    // False, with *error naming what the library lacks, when the link is to another library,
    // an article it does not have, or a highlight that is not on that article.
    bool openLink(const GlossLink &link, QString *error);
    // Opens a search result: the article with the search's terms marked, scrolled to the first
    // (or to the highlight whose words or note matched).
    void openSearchResult(qint64 articleId, qint64 highlightId,
                          const QList<SearchQuery::Term> &terms);
    // Reads the tree and the list again (an import added to them), keeping what is shown.
    void reload();
    // Remembers the library, category and article shown, for the next start.
    void saveSession() const;

Q_SIGNALS:
    // This window now holds the lock of the library at path (a second Gloss hands over to it).
    void libraryLocked(const QString &path);
    // The open library is about to close: whatever shows or keeps its data lets go of it.
    void closing();
    // A library is open (its last session is restored right after).
    void opened();
    void categoryShown(std::optional<qint64> id, const QString &name, int articleCount);
    void articleShown(const gloss::ArticleRecord &record);
    // The reader has scrolled to this highlight (openHighlight).
    void highlightRevealed(qint64 id);
    // The library or its articles changed: the window may show or leave its welcome page.
    void contentsChanged();
    // What the person read, and where they were, reached the library, or did not.
    void saved();
    void saveFailed(const QString &error);
    // Something worth a line in the status bar for a while (a backup made, a format updated).
    void statusMessage(const QString &text, int timeoutMs);

private:
    // The daily backup of the library, off the GUI thread.
    void backUpIfDue(const QString &library);
    void restoreSession();
    void showCategory(const QModelIndex &index);
    // The tree's row for a category path or, when tag is not empty, for that tag; "All articles"
    // when the library has neither.
    QModelIndex treeIndex(const QStringList &path, const QString &tag) const;
    // again: load the article shown once more (its file changed, or went missing).
    void showArticle(qint64 id, bool again = false);
    void openFirstArticleIfNone();
    void reportSave(bool saved, const QString &error);

    ReaderView *m_reader;
    QWidget *m_window;
    QTreeView *m_categoryView;
    QTreeView *m_articleView;
    CategoryTreeModel *m_categories;
    ArticleListModel *m_articles;
    std::unique_ptr<LibraryLock> m_lock; // this window writes to the library
    std::unique_ptr<Database> m_db;
    QString m_libraryId;
    std::function<bool()> m_mayClose;
    bool m_remoteImages = false;
    // What the article shown was made from: a re-import that changes either shows it again.
    QByteArray m_shownHash;
    QDateTime m_shownMissingSince;
    qint64 m_pendingReveal = 0; // a highlight to scroll to once its article is painted
};

} // namespace gloss
