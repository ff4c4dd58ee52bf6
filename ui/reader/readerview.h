#pragma once

#include "annotate/highlight.h"
#include "highlightpainter.h"
#include "readersettings.h"
#include "search/searchquery.h"

#include <QPointer>
#include <QWebEngineView>

class QTimer;
class QWebChannel;

namespace gloss {

class Database;
class ReaderBridge;
class ReaderPage;
class ReaderProfile;
class RequestInterceptor;

// One heading of the article's outline (h1 to h4), in document order.
struct OutlineHeading
{
    int level = 1;
    QString text;
};

// The article view: QtWebEngine with page JavaScript off, Gloss's own scripts in an isolated
// world bound to the QWebChannel, a gloss: scheme serving the article, and no request leaving
// the machine unless the library allows remote images (then images only).
class ReaderView : public QWebEngineView
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setLibrary(const Database *db);
    // text: the article's plain text as the library has it; highlights are in its offsets.
    void showArticle(qint64 id, double position = 0, const QString &text = {});
    void clearArticle();
    qint64 articleId() const { return m_articleId; }

    void setReaderSettings(const ReaderSettings &settings);
    ReaderSettings readerSettings() const { return m_settings; }
    void setRemoteImages(bool allowed);
    bool remoteImages() const { return m_remoteImages; }
    // The names the library gives the colours, for the context menu's colour choices.
    void setColorNames(const ColorNames &names) { m_colorNames = names; }

    // Paints these highlights (and keeps painting them after reloads).
    void setHighlights(const QList<Highlight> &highlights);
    // Turns the current selection into a highlight request (highlightRequested).
    void highlightSelection(const QString &color);
    // Scrolls to a highlight and makes it stand out.
    void revealHighlight(qint64 id);
    // Marks the words of a search in the article articleId, now if it is shown or else once it
    // is, and scrolls to the first. Opening another article drops them; no terms clear them.
    void showSearchMatches(qint64 articleId, const QList<SearchQuery::Term> &terms);
    // How many search matches the page was last asked to mark.
    int searchMatchCount() const { return m_painter.searchMatchCount(); }
    // The page's text, once the article is ready (empty before).
    QString pageText() const { return m_pageText; }

    // Colours code blocks with highlight.js (on by default); applies from the next article.
    void setCodeHighlighting(bool on) { m_codeHighlighting = on; }
    bool codeHighlighting() const { return m_codeHighlighting; }

    // The article's headings, once it is ready (headingsChanged).
    QList<OutlineHeading> headings() const { return m_headings; }
    void scrollToHeading(int index);
    // Scrolls to the next (delta > 0) or previous (delta < 0) heading.
    void stepHeading(int delta);
    // Asks the page which heading the view has reached (currentHeadingChanged answers).
    void requestCurrentHeading();

    ReaderPage *readerPage() const { return m_page; }
    RequestInterceptor *interceptor() const;

Q_SIGNALS:
    void positionChanged(qint64 articleId, double position);
    void externalLinkRequested(const QUrl &url);
    // The article is loaded, the page script has applied the settings, and the scroll position
    // has been asked for.
    void articleReady(qint64 articleId);
    // The person asked to highlight the selection; selector is in the article's text.
    void highlightRequested(qint64 articleId, const gloss::TextSelector &selector,
                            const QString &color);
    void highlightClicked(qint64 highlightId);
    // From the context menu of a painted highlight.
    void recolorRequested(qint64 highlightId, const QString &color);
    void removeRequested(qint64 highlightId);
    // The highlights have been handed to the page (after setHighlights or a load)...
    void highlightsPainted(qint64 articleId);
    // ...and the page has painted them.
    void highlightsShown(qint64 articleId, int marks);
    // The article's code blocks were coloured: how many, and how long the page took.
    void codeHighlighted(qint64 articleId, int blocks, double ms);
    void headingsChanged(qint64 articleId);
    // index into headings(), -1 above the first heading.
    void currentHeadingChanged(qint64 articleId, int index);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePageOptions();
    void pollPosition();
    void settle();
    void highlightCode();
    void paintHighlights();
    void showContextMenu(const QPoint &globalPos, qint64 highlightId);

    ReaderProfile *m_profile;
    ReaderPage *m_page;
    ReaderBridge *m_bridge;
    HighlightPainter m_painter;
    QWebChannel *m_channel = nullptr;
    ReaderSettings m_settings;
    bool m_remoteImages = false;
    ColorNames m_colorNames;
    qint64 m_articleId = 0;
    double m_lastPosition = 0;
    bool m_loaded = false; // loadFinished for the current article
    bool m_scriptReady = false; // the page script has set up the channel
    bool m_codeHighlighting = true;
    int m_codeBlocks = 0; // in the page shown
    QList<OutlineHeading> m_headings;
    QString m_articleText;
    QString m_pageText; // the article's text as the page sees it; null until ready
    QPointer<QObject> m_filteredProxy;
    // A right-click waits for the page to say which highlight is under it.
    bool m_menuPending = false;
    QPoint m_menuPos;
    QTimer *m_positionTimer = nullptr;
};

} // namespace gloss
