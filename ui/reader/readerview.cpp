#include "readerview.h"

#include "codehighlighter.h"
#include "readerbridge.h"
#include "readerpage.h"
#include "readerprofile.h"
#include "requestinterceptor.h"
#include "schemehandler.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPointer>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineScript>
#include <QWebEngineSettings>

#include <cmath>

namespace gloss {

ReaderView::ReaderView(QWidget *parent)
    : QWebEngineView(parent)
    , m_profile(new ReaderProfile(this))
    , m_page(new ReaderPage(m_profile, this))
    , m_bridge(new ReaderBridge(this))
    , m_painter(m_bridge)
{
    m_channel = new QWebChannel(this);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    setPage(m_page);
    setContextMenuPolicy(Qt::DefaultContextMenu);

    connect(m_page, &ReaderPage::externalLinkRequested, this, &ReaderView::externalLinkRequested);
    connect(m_bridge, &ReaderBridge::hitTestResult, this, [this](qint64 id) {
        if (m_menuPending) {
            m_menuPending = false;
            showContextMenu(m_menuPos, id);
        } else if (id > 0) {
            Q_EMIT highlightClicked(id);
        }
    });
    connect(m_bridge, &ReaderBridge::paintDone, this,
            [this](int marks) { Q_EMIT highlightsShown(m_articleId, marks); });
    connect(m_bridge, &ReaderBridge::ready, this, [this](int codeBlocks) {
        m_scriptReady = true;
        m_codeBlocks = codeBlocks;
        settle();
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool) {
        m_loaded = true;
        settle();
    });
    m_positionTimer = new QTimer(this);
    m_positionTimer->setInterval(1000);
    connect(m_positionTimer, &QTimer::timeout, this, &ReaderView::pollPosition);

    updatePageOptions();
}

ReaderView::~ReaderView()
{
    // A page must go before its profile.
    setPage(nullptr);
    delete m_page;
    m_page = nullptr;
}

RequestInterceptor *ReaderView::interceptor() const
{
    return m_profile->interceptor();
}

void ReaderView::setLibrary(const Database *db)
{
    m_profile->schemeHandler()->setLibrary(db);
    clearArticle();
}

void ReaderView::showArticle(qint64 id, double position, const QString &text)
{
    m_positionTimer->stop();
    m_articleId = id;
    m_articleText = text;
    m_pageText.clear();
    m_headings.clear();
    m_codeBlocks = 0;
    m_painter.articleOpened(id);
    m_lastPosition = position;
    m_loaded = m_scriptReady = false;
    m_bridge->setInitialPosition(position);
    m_page->loadArticle(SchemeHandler::articleUrl(id));
}

void ReaderView::clearArticle()
{
    m_positionTimer->stop();
    m_articleId = 0;
    m_headings.clear();
    Q_EMIT headingsChanged(0);
    m_page->loadArticle(QUrl(QStringLiteral("about:blank")));
}

void ReaderView::setReaderSettings(const ReaderSettings &settings)
{
    m_settings = settings;
    updatePageOptions();
}

void ReaderView::setRemoteImages(bool allowed)
{
    if (allowed == m_remoteImages)
        return;
    m_remoteImages = allowed;
    // The CSP, the page setting and the interceptor change together (see DESIGN.md).
    m_profile->interceptor()->setRemoteImages(allowed);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, allowed);
    updatePageOptions();
    if (m_articleId != 0)
        showArticle(m_articleId, m_bridge->initialPosition());
}

void ReaderView::settle()
{
    if (!m_loaded || !m_scriptReady || m_articleId == 0)
        return;
    // Images and fonts have changed the height since the script first scrolled.
    m_bridge->requestScroll(m_lastPosition);
    m_positionTimer->start();
    if (focusProxy() && focusProxy() != m_filteredProxy) {
        focusProxy()->installEventFilter(this);
        m_filteredProxy = focusProxy();
    }
    // The page runs these in order: the code is coloured before its text is read and marked.
    highlightCode();
    const qint64 id = m_articleId;
    QPointer<ReaderView> self(this);
    m_page->runJavaScript(
        QStringLiteral("glossReader.article()"), QWebEngineScript::ApplicationWorld,
        [self, id](const QVariant &value) {
            if (!self || id != self->m_articleId)
                return;
            const QVariantMap article = value.toMap();
            self->m_pageText = article.value(QStringLiteral("text")).toString();
            self->m_headings.clear();
            for (const QVariant &h : article.value(QStringLiteral("headings")).toList()) {
                const QVariantMap heading = h.toMap();
                self->m_headings.append({ heading.value(QStringLiteral("level")).toInt(),
                                          heading.value(QStringLiteral("text")).toString() });
            }
            self->paintHighlights();
            Q_EMIT self->headingsChanged(id);
            Q_EMIT self->articleReady(id);
        });
}

void ReaderView::highlightCode()
{
    if (m_codeBlocks == 0 || !m_codeHighlighting || CodeHighlighter::script().isEmpty())
        return;
    const qint64 id = m_articleId;
    QPointer<ReaderView> self(this);
    // The library is loaded only for pages with code, into the isolated world, where the
    // article's own markup cannot reach it.
    m_page->runJavaScript(CodeHighlighter::script(), QWebEngineScript::ApplicationWorld);
    m_page->runJavaScript(QStringLiteral("glossReader.highlightCode()"),
                          QWebEngineScript::ApplicationWorld, [self, id](const QVariant &value) {
                              const QVariantMap done = value.toMap();
                              if (self && id == self->m_articleId)
                                  Q_EMIT self->codeHighlighted(
                                      id, done.value(QStringLiteral("blocks")).toInt(),
                                      done.value(QStringLiteral("ms")).toDouble());
                          });
}

void ReaderView::scrollToHeading(int index)
{
    m_bridge->requestHeading(index);
}

void ReaderView::stepHeading(int delta)
{
    if (!m_headings.isEmpty())
        m_bridge->requestHeadingStep(delta);
}

void ReaderView::requestCurrentHeading()
{
    if (m_articleId == 0 || m_pageText.isNull())
        return;
    const qint64 id = m_articleId;
    QPointer<ReaderView> self(this);
    m_page->runJavaScript(QStringLiteral("glossReader.currentHeading()"),
                          QWebEngineScript::ApplicationWorld, [self, id](const QVariant &value) {
                              bool ok = false;
                              const int index = value.toInt(&ok);
                              if (self && id == self->m_articleId && ok)
                                  Q_EMIT self->currentHeadingChanged(id, index);
                          });
}

void ReaderView::setHighlights(const QList<Highlight> &highlights)
{
    if (m_painter.setHighlights(highlights) && !m_pageText.isNull())
        paintHighlights();
}

void ReaderView::paintHighlights()
{
    m_painter.paint(m_articleId, m_pageText, m_articleText);
    Q_EMIT highlightsPainted(m_articleId);
}

void ReaderView::showSearchMatches(qint64 articleId, const QList<SearchQuery::Term> &terms)
{
    m_painter.setSearch(articleId, terms);
    if (articleId == m_articleId && !m_pageText.isNull())
        paintHighlights();
}

void ReaderView::highlightSelection(const QString &color)
{
    if (m_articleId == 0 || m_pageText.isNull())
        return;
    const qint64 id = m_articleId;
    QPointer<ReaderView> self(this);
    m_page->runJavaScript(
        QStringLiteral("glossReader.selection()"), QWebEngineScript::ApplicationWorld,
        [self, id, color](const QVariant &value) {
            if (!self || id != self->m_articleId)
                return;
            const QVariantMap selection = value.toMap();
            const int start = selection.value(QStringLiteral("start"), -1).toInt();
            const int end = selection.value(QStringLiteral("end"), -1).toInt();
            if (start < 0 || end <= start || end > self->m_pageText.size())
                return;
            TextSelector selector = Anchor::select(self->m_pageText, start, end);
            if (self->m_pageText != self->m_articleText) {
                const Anchor::Result found = Anchor::locate(self->m_articleText, selector);
                if (found.state != AnchorState::Orphaned)
                    selector = Anchor::select(self->m_articleText, found.start, found.end);
            }
            Q_EMIT self->highlightRequested(id, selector, color);
        });
}

void ReaderView::revealHighlight(qint64 id)
{
    m_bridge->requestReveal(id);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    m_menuPending = true;
    m_menuPos = event->globalPos();
    m_bridge->requestHitTest(event->pos().x(), event->pos().y());
}

void ReaderView::showContextMenu(const QPoint &globalPos, qint64 highlightId)
{
    QMenu menu(this);
    menu.addAction(m_page->action(QWebEnginePage::Copy));
    QMenu *highlight = menu.addMenu(tr("&Highlight Selection"));
    highlight->setEnabled(!selectedText().isEmpty());
    for (const QString &color : Highlight::colors())
        highlight->addAction(Highlight::colorMenuText(color, m_colorNames.value(color)), this,
                             [this, color] { highlightSelection(color); });
    if (highlightId > 0) {
        menu.addSeparator();
        QMenu *recolor = menu.addMenu(tr("&Colour of This Highlight"));
        for (const QString &color : Highlight::colors())
            recolor->addAction(
                Highlight::colorMenuText(color, m_colorNames.value(color)), this,
                [this, highlightId, color] { Q_EMIT recolorRequested(highlightId, color); });
        menu.addAction(tr("&Remove This Highlight"), this,
                       [this, highlightId] { Q_EMIT removeRequested(highlightId); });
    }
    menu.exec(globalPos);
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    // Page scripts cannot listen for clicks (JavaScript is off), so the view asks the page what
    // was under a click that selected nothing.
    if (watched == m_filteredProxy && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && selectedText().isEmpty())
            m_bridge->requestHitTest(int(mouse->position().x()), int(mouse->position().y()));
    }
    return QWebEngineView::eventFilter(watched, event);
}

void ReaderView::pollPosition()
{
    if (m_articleId == 0 || !isVisible())
        return;
    const qint64 id = m_articleId;
    QPointer<ReaderView> self(this);
    m_page->runJavaScript(QStringLiteral("glossReader.scrollFraction()"),
                          QWebEngineScript::ApplicationWorld, [self, id](const QVariant &value) {
                              bool ok = false;
                              const double fraction = value.toDouble(&ok);
                              // The answer must be for the article still shown, and a number.
                              if (!self || id != self->m_articleId || !ok
                                  || !std::isfinite(fraction))
                                  return;
                              if (qAbs(fraction - self->m_lastPosition) < 0.001)
                                  return;
                              self->m_lastPosition = qBound(0.0, fraction, 1.0);
                              Q_EMIT self->positionChanged(id, self->m_lastPosition);
                          });
}

void ReaderView::updatePageOptions()
{
    m_profile->schemeHandler()->setPageOptions({ m_remoteImages, m_settings.resolvedTheme() });
    QVariantMap map = m_settings.toVariantMap();
    map.insert(QStringLiteral("remoteImages"), m_remoteImages);
    m_bridge->setSettings(map);
    // The view's own background follows the theme, so no white flashes between articles.
    static const QHash<QString, QColor> backgrounds {
        { QStringLiteral("light"), QColor(0xfd, 0xfd, 0xfb) },
        { QStringLiteral("sepia"), QColor(0xf4, 0xec, 0xd8) },
        { QStringLiteral("dark"), QColor(0x1c, 0x1e, 0x21) }
    };
    m_page->setBackgroundColor(backgrounds.value(m_settings.resolvedTheme()));
}

} // namespace gloss
