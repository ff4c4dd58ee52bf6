#include "librarysession.h"

#include "articlelistmodel.h"
#include "categorytreemodel.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/glosslink.h"
#include "library/highlightrepository.h"
#include "library/librarybackup.h"
#include "library/librarylock.h"
#include "library/settingsrepository.h"
#include "reader/readerview.h"
#include "samplelibrary.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QThread>
#include <QTreeView>

namespace gloss {

LibrarySession::LibrarySession(QTreeView *categoryView, QTreeView *articleView, ReaderView *reader,
                               QWidget *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_window(parent)
    , m_categoryView(categoryView)
    , m_articleView(articleView)
    , m_categories(new CategoryTreeModel(this))
    , m_articles(new ArticleListModel(this))
{
    m_categoryView->setModel(m_categories);
    m_categoryView->setHeaderHidden(true);
    m_categoryView->setUniformRowHeights(true);
    m_categoryView->setAccessibleName(tr("Categories"));

    m_articleView->setModel(m_articles);
    m_articleView->setRootIsDecorated(false);
    m_articleView->setUniformRowHeights(true);
    m_articleView->setSortingEnabled(true);
    m_articleView->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setAccessibleName(tr("Articles"));
    QHeaderView *header = m_articleView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArticleListModel::AuthorColumn, QHeaderView::Interactive);

    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCategory(current); });
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showArticle(m_articles->articleId(current.row()));
            });
    connect(m_reader, &ReaderView::positionChanged, this, [this](qint64 id, double position) {
        QString error;
        if (m_db)
            reportSave(ArticleRepository(*m_db).setReadPosition(id, position, &error), error);
    });
    connect(m_reader, &ReaderView::highlightsPainted, this, [this](qint64 articleId) {
        if (m_pendingReveal == 0 || articleId != m_reader->articleId())
            return;
        m_reader->revealHighlight(m_pendingReveal);
        Q_EMIT highlightRevealed(m_pendingReveal);
        m_pendingReveal = 0;
    });
}

LibrarySession::~LibrarySession() = default;

bool LibrarySession::open(const QString &path)
{
    // One writer per library: this window, unless another window or an import has it.
    std::unique_ptr<LibraryLock> lock;
    const bool sameLibrary = m_lock
        && QFileInfo(m_lock->libraryPath()).absoluteFilePath()
            == QFileInfo(path).absoluteFilePath();
    if (!sameLibrary) {
        lock = std::make_unique<LibraryLock>(path);
        if (!lock->tryLock()) {
            QMessageBox::critical(m_window, tr("Library in use"), lock->busyMessage());
            return false;
        }
    }
    const bool existed = QFileInfo::exists(path);
    Database::OpenResult result = Database::open(path);
    if (!result.database) {
        QMessageBox::critical(m_window, tr("Cannot open the library"), result.error);
        return false;
    }
    if (!sameLibrary && m_mayClose && !m_mayClose())
        return false;
    if (!result.warning.isEmpty())
        Q_EMIT statusMessage(result.warning, 15000);
    if (existed && !sameLibrary)
        backUpIfDue(result.database->path());
    saveSession();
    if (!sameLibrary) {
        m_lock = std::move(lock);
        Q_EMIT libraryLocked(path);
    }
    m_reader->setLibrary(nullptr);
    Q_EMIT closing();
    m_db = std::move(result.database);
    m_remoteImages
        = SettingsRepository(*m_db).flag(QString::fromLatin1(SettingsRepository::remoteImages));
    // Remembered by id, so that a gloss:// link to this library finds its file later.
    m_libraryId = SettingsRepository(*m_db).libraryId();
    AppSettings().rememberLibrary(m_libraryId, m_db->path());
    Q_EMIT opened();
    m_reader->setLibrary(m_db.get());
    m_reader->setRemoteImages(m_remoteImages);
    m_categories->setLibrary(m_db.get());
    m_articles->setLibrary(m_db.get());
    restoreSession();
    Q_EMIT contentsChanged();
    return true;
}

void LibrarySession::backUpIfDue(const QString &library)
{
    // A copy of a large library takes a second or more: it is made on a thread of its own, with
    // its own connections, while the window goes on.
    auto result = std::make_shared<LibraryBackup::Result>();
    QThread *thread
        = QThread::create([library, result] { *result = LibraryBackup::makeIfDue(library); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result] {
        if (!result->ok())
            Q_EMIT statusMessage(
                tr("No backup of the library was made today: %1").arg(result->error), 15000);
        else if (!result->path.isEmpty())
            Q_EMIT statusMessage(
                tr("Backed up the library to %1").arg(QDir::toNativeSeparators(result->path)),
                5000);
    });
    thread->start(QThread::LowPriority);
}

QString LibrarySession::openSample()
{
    QString error;
    const QString folder = SampleLibrary::extract(&error);
    if (folder.isEmpty()) {
        QMessageBox::critical(m_window, tr("Cannot open the sample library"), error);
        return {};
    }
    if (path() != QFileInfo(SampleLibrary::libraryPath()).absoluteFilePath()
        && !open(SampleLibrary::libraryPath()))
        return {};
    return folder;
}

QString LibrarySession::path() const
{
    return m_db ? m_db->path() : QString();
}

bool LibrarySession::isEmpty() const
{
    return !m_db
        || m_categories->data(m_categories->allArticlesIndex(), CategoryTreeModel::CountRole)
               .toInt()
        == 0;
}

void LibrarySession::setRemoteImages(bool allowed)
{
    m_remoteImages = allowed;
    if (m_db)
        SettingsRepository(*m_db).setFlag(QString::fromLatin1(SettingsRepository::remoteImages),
                                          allowed);
    m_reader->setRemoteImages(allowed);
}

std::optional<qint64> LibrarySession::categoryId() const
{
    return m_categories->categoryId(m_categoryView->currentIndex());
}

QString LibrarySession::categoryName() const
{
    return m_categoryView->currentIndex()
        .data(CategoryTreeModel::PathRole)
        .toStringList()
        .join(QStringLiteral(" › "));
}

QModelIndex LibrarySession::treeIndex(const QStringList &path, const QString &tag) const
{
    const QModelIndex found = !tag.isEmpty() ? m_categories->indexForTag(tag)
        : path.isEmpty()                     ? QModelIndex()
                                             : m_categories->indexForPath(path);
    return found.isValid() ? found : m_categories->allArticlesIndex();
}

void LibrarySession::restoreSession()
{
    const AppSettings::Session session = AppSettings().session();
    if (session.library != m_db->path()) {
        m_categoryView->setCurrentIndex(m_categories->allArticlesIndex());
        openFirstArticleIfNone();
        return;
    }
    const QModelIndex shown = treeIndex(session.category, session.tag);
    m_categoryView->setCurrentIndex(shown);
    if (shown != m_categories->allArticlesIndex())
        m_categoryView->scrollTo(shown);
    if (session.article > 0)
        selectArticle(session.article);
    openFirstArticleIfNone();
}

void LibrarySession::saveSession() const
{
    if (!m_db)
        return;
    const QModelIndex shown = m_categoryView->currentIndex();
    AppSettings().setSession({ m_db->path(), shown.data(CategoryTreeModel::PathRole).toStringList(),
                               m_reader->articleId(),
                               shown.data(CategoryTreeModel::TagNameRole).toString() });
}

void LibrarySession::openFirstArticleIfNone()
{
    if (m_reader->articleId() == 0 && m_articles->rowCount() > 0)
        m_articleView->setCurrentIndex(m_articles->index(0, 0));
}

QList<qint64> LibrarySession::selectedArticles() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_articleView->selectionModel()->selectedRows())
        ids << m_articles->articleId(index.row());
    if (ids.isEmpty() && m_reader->articleId() != 0)
        ids << m_reader->articleId();
    return ids;
}

void LibrarySession::selectArticle(qint64 id)
{
    int row = m_articles->rowOf(id);
    // Look a few pages further; an article deep in a huge list is shown without selecting it.
    for (int page = 0; row < 0 && page < 10 && m_articles->canFetchMore({}); ++page) {
        m_articles->fetchMore({});
        row = m_articles->rowOf(id);
    }
    if (row >= 0) {
        const QModelIndex index = m_articles->index(row, 0);
        m_articleView->setCurrentIndex(index);
        m_articleView->scrollTo(index);
    } else if (m_db && ArticleRepository(*m_db).find(id)) {
        showArticle(id);
    }
}

void LibrarySession::showCategory(const QModelIndex &index)
{
    if (const std::optional<qint64> tag = m_categories->tagId(index)) {
        m_articles->setTag(*tag);
        Q_EMIT categoryShown(std::nullopt, index.data(CategoryTreeModel::TagNameRole).toString(),
                             m_articles->totalCount());
        return;
    }
    const std::optional<qint64> id = m_categories->categoryId(index);
    m_articles->setCategory(id, m_categories->isMissingFiles(index));
    Q_EMIT categoryShown(
        id, index.data(CategoryTreeModel::PathRole).toStringList().join(QStringLiteral(" › ")),
        m_articles->totalCount());
}

void LibrarySession::showArticle(qint64 id, bool again)
{
    if (!m_db || id == 0 || (id == m_reader->articleId() && !again))
        return;
    ArticleRepository articles(*m_db);
    const std::optional<ArticleRecord> record = articles.find(id);
    if (!record)
        return;
    m_shownHash = record->contentHash;
    m_shownMissingSince = record->missingSince;
    m_reader->showArticle(id, record->readPosition, record->article.text);
    Q_EMIT articleShown(*record);
    QString error;
    reportSave(articles.markRead(id, &error), error);
    m_articles->markRead(id);
    Q_EMIT contentsChanged();
}

void LibrarySession::reportSave(bool saved, const QString &error)
{
    if (saved)
        Q_EMIT this->saved();
    else
        Q_EMIT saveFailed(error);
}

void LibrarySession::openHighlight(qint64 articleId, qint64 highlightId)
{
    if (articleId == m_reader->articleId() && !m_reader->pageText().isNull()) {
        m_reader->revealHighlight(highlightId);
        Q_EMIT highlightRevealed(highlightId);
        return;
    }
    m_pendingReveal = highlightId;
    // The article may sit in another category than the one shown: show all articles then.
    if (m_articles->rowOf(articleId) < 0)
        m_categoryView->setCurrentIndex(m_categories->allArticlesIndex());
    selectArticle(articleId);
}

bool LibrarySession::openLink(const GlossLink &link, QString *error)
{
    const QString library = QDir::toNativeSeparators(path());
    const QString linked = link.libraryId().toString(QUuid::WithoutBraces);
    if (!m_db || linked != m_libraryId) {
        *error = tr("The link is to the library with id %1, not to %2.").arg(linked, library);
        return false;
    }
    const qint64 articleId = link.articleId();
    if (!ArticleRepository(*m_db).find(articleId, ArticleRepository::Detail::Metadata)) {
        *error = tr("The library %1 has no article with id %2.").arg(library).arg(articleId);
        return false;
    }
    if (const std::optional<qint64> highlightId = link.highlightId()) {
        const std::optional<Highlight> highlight = HighlightRepository(*m_db).find(*highlightId);
        if (!highlight || highlight->articleId != articleId) {
            *error = tr("The library %1 has no highlight with id %2 on article %3.")
                         .arg(library)
                         .arg(*highlightId)
                         .arg(articleId);
            return false;
        }
        openHighlight(articleId, *highlightId);
        return true;
    }
    if (m_articles->rowOf(articleId) < 0)
        m_categoryView->setCurrentIndex(m_categories->allArticlesIndex());
    selectArticle(articleId);
    return true;
}

void LibrarySession::openSearchResult(qint64 articleId, qint64 highlightId,
                                      const QList<SearchQuery::Term> &terms)
{
    if (!m_db || articleId == 0)
        return;
    m_reader->showSearchMatches(articleId, terms);
    if (highlightId != 0) {
        openHighlight(articleId, highlightId);
        return;
    }
    if (articleId != m_reader->articleId())
        showArticle(articleId);
}

void LibrarySession::moveArticle(int step)
{
    const int rows = m_articles->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_articleView->currentIndex();
    int row = current.isValid() ? current.row() + step : 0;
    if (row >= rows && m_articles->canFetchMore({}))
        m_articles->fetchMore({});
    row = qBound(0, row, m_articles->rowCount() - 1);
    m_articleView->setCurrentIndex(m_articles->index(row, 0));
}

void LibrarySession::reload()
{
    if (!m_db)
        return;
    const QModelIndex place = m_categoryView->currentIndex();
    const QStringList path = place.data(CategoryTreeModel::PathRole).toStringList();
    const QString tag = place.data(CategoryTreeModel::TagNameRole).toString();
    const bool missingFiles = m_categories->isMissingFiles(place);
    const qint64 article = m_reader->articleId();
    {
        const QSignalBlocker treeBlocker(m_categoryView->selectionModel());
        m_categories->reload();
    }
    const QModelIndex missing = missingFiles ? m_categories->missingFilesIndex() : QModelIndex();
    m_categoryView->setCurrentIndex(missing.isValid() ? missing : treeIndex(path, tag));
    showCategory(m_categoryView->currentIndex());
    if (article != 0) {
        const int row = m_articles->rowOf(article);
        if (row >= 0) {
            const QSignalBlocker listBlocker(m_articleView->selectionModel());
            m_articleView->setCurrentIndex(m_articles->index(row, 0));
        }
        // The import may have changed the article shown, or found its file gone; or the
        // article was removed from the library.
        QString error;
        const std::optional<ArticleRecord> shown
            = ArticleRepository(*m_db).find(article, ArticleRepository::Detail::Metadata, &error);
        if (!shown && error.isEmpty())
            m_reader->clearArticle();
        else if (shown
                 && (shown->contentHash != m_shownHash
                     || shown->missingSince != m_shownMissingSince))
            showArticle(article, true);
    }
    openFirstArticleIfNone();
    Q_EMIT contentsChanged();
}

} // namespace gloss
