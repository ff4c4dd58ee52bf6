#pragma once

#include <QTreeWidget>

class QTimer;

namespace gloss {

class ReaderView;

// The outline of the article the reader shows: its h1-h4 headings in order, nested by level.
// Clicking one scrolls the reader there; the heading the reader has reached is selected as the
// person scrolls. Hidden when the article has fewer than three headings.
class OutlinePanel : public QTreeWidget
{
    Q_OBJECT
public:
    static constexpr int minimumHeadings = 3;

    explicit OutlinePanel(ReaderView *reader, QWidget *parent = nullptr);

    // The index (in document order) of the heading shown as current, -1 for none.
    int currentHeading() const;
    // Narrow: the article is what the person reads.
    QSize sizeHint() const override { return { 180, 300 }; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuild(qint64 articleId);
    void showCurrent(qint64 articleId, int index);

    ReaderView *m_reader;
    QList<QTreeWidgetItem *> m_items; // in document order
    // The page cannot report its scrolling (no listeners in Gloss's world), so it is asked.
    QTimer *m_poll;
};

} // namespace gloss
