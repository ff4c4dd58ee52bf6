#include "outlinepanel.h"

#include "readerview.h"

#include <QHeaderView>
#include <QTimer>

namespace gloss {

OutlinePanel::OutlinePanel(ReaderView *reader, QWidget *parent)
    : QTreeWidget(parent)
    , m_reader(reader)
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("outline"));
    setHeaderLabel(tr("Outline"));
    header()->setSectionsClickable(false);
    setIndentation(12);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideRight);
    setSelectionMode(QAbstractItemView::SingleSelection);
    hide();

    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, m_reader, &ReaderView::requestCurrentHeading);
    connect(m_reader, &ReaderView::headingsChanged, this, &OutlinePanel::rebuild);
    connect(m_reader, &ReaderView::currentHeadingChanged, this, &OutlinePanel::showCurrent);
    auto jump = [this](QTreeWidgetItem *item) {
        if (const int index = m_items.indexOf(item); index >= 0)
            m_reader->scrollToHeading(index);
    };
    connect(this, &QTreeWidget::itemClicked, this, jump);
    connect(this, &QTreeWidget::itemActivated, this, jump);
}

int OutlinePanel::currentHeading() const
{
    return m_items.indexOf(currentItem());
}

void OutlinePanel::rebuild(qint64 articleId)
{
    clear();
    m_items.clear();
    const QList<OutlineHeading> headings
        = articleId == m_reader->articleId() ? m_reader->headings() : QList<OutlineHeading>();
    // Each heading goes under the nearest heading before it of a higher level (h2 under h1).
    QList<std::pair<int, QTreeWidgetItem *>> open;
    for (const OutlineHeading &heading : headings) {
        while (!open.isEmpty() && open.constLast().first >= heading.level)
            open.removeLast();
        auto *item = open.isEmpty() ? new QTreeWidgetItem(this)
                                    : new QTreeWidgetItem(open.constLast().second);
        item->setText(0, heading.text);
        item->setToolTip(0, heading.text);
        open.append({ heading.level, item });
        m_items.append(item);
    }
    expandAll();
    setVisible(m_items.size() >= minimumHeadings);
}

void OutlinePanel::showCurrent(qint64 articleId, int index)
{
    if (articleId != m_reader->articleId() || index == currentHeading())
        return;
    // Following the scroll must not read as a click that scrolls again.
    const QSignalBlocker blocker(this);
    if (QTreeWidgetItem *item = m_items.value(index)) {
        setCurrentItem(item);
        scrollToItem(item);
    } else {
        setCurrentItem(nullptr);
        clearSelection();
    }
    viewport()->update();
}

void OutlinePanel::showEvent(QShowEvent *event)
{
    QTreeWidget::showEvent(event);
    m_poll->start();
}

void OutlinePanel::hideEvent(QHideEvent *event)
{
    QTreeWidget::hideEvent(event);
    m_poll->stop();
}

} // namespace gloss
