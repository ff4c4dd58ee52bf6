#pragma once

#include <QLayout>
#include <QList>

namespace gloss {

// Lays its items out in rows, left to right, starting a new row when the next item does not fit
// (the tags of a highlight in a narrow pane).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (only measures when dryRun); returns the height they take.
    int arrange(const QRect &rect, bool dryRun) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace gloss
