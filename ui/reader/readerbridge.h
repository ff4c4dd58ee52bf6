#pragma once

#include <QObject>
#include <QVariantMap>

namespace gloss {

// The one object the reader's own script (isolated world) talks to over QWebChannel.
// The article's scripts cannot reach it: the channel is bound to the application world only.
class ReaderBridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap settings READ settings NOTIFY settingsChanged)
    Q_PROPERTY(double initialPosition READ initialPosition NOTIFY initialPositionChanged)

public:
    using QObject::QObject;

    QVariantMap settings() const { return m_settings; }
    void setSettings(const QVariantMap &settings);
    double initialPosition() const { return m_initialPosition; }
    void setInitialPosition(double position);
    // Asks the page to scroll to a fraction of its height (0 to 1).
    void requestScroll(double fraction) { Q_EMIT scrollRequested(fraction); }

    void requestPaint(const QVariantList &highlights) { Q_EMIT paintRequested(highlights); }
    void requestHitTest(int x, int y) { Q_EMIT hitTestRequested(x, y); }
    void requestReveal(qint64 id) { Q_EMIT revealRequested(id); }
    void requestSearchReveal() { Q_EMIT searchRevealRequested(); }
    void requestHeading(int index) { Q_EMIT headingRequested(index); }
    void requestHeadingStep(int delta) { Q_EMIT headingStepRequested(delta); }

public Q_SLOTS:
    // From the page: settings applied, scroll restored; codeBlocks: how many blocks of code it
    // has (the view loads the code highlighter only for those that have some).
    void pageReady(int codeBlocks);
    // From the page: the highlight under the point asked about (0 for none).
    void hitTestAnswered(double id);
    // From the page: the highlights asked for are painted (marks: <mark> elements made).
    void highlightsPainted(int marks);

Q_SIGNALS:
    void settingsChanged(const QVariantMap &settings);
    void initialPositionChanged();
    void scrollRequested(double fraction);
    // [{id, start, end, color}], and search matches as {search: true, start, end}
    void paintRequested(const QVariantList &highlights);
    void hitTestRequested(int x, int y);
    void revealRequested(qint64 id);
    void searchRevealRequested(); // scroll to the first search match
    void headingRequested(int index); // scroll to the outline's heading index
    void headingStepRequested(int delta); // to the next (1) or previous (-1) heading
    void hitTestResult(qint64 id);
    void paintDone(int marks);
    void ready(int codeBlocks);

private:
    QVariantMap m_settings;
    double m_initialPosition = 0;
};

} // namespace gloss
