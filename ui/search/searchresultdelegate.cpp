#include "searchresultdelegate.h"

#include "searchresultmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace gloss {

namespace {

constexpr int margin = 6;
constexpr int snippetLines = 2;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

// The height of a line of snippet: Chinese falls back to a CJK font taller than the Latin one.
qreal lineHeight(const QFont &font)
{
    QTextLayout layout(QStringLiteral("国Ag"), font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return line.isValid() ? line.height() : QFontMetricsF(font).lineSpacing();
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);

    painter->save();
    QRect r = option.rect.adjusted(margin, margin / 2, -margin, -margin / 2);

    const QFont bold = titleFont(option.font);
    painter->setFont(bold);
    painter->setPen(text);
    QString heading = title;
    if (index.data(SearchResultModel::InNotesRole).toBool())
        heading += tr("  (in a note)");
    const QFontMetrics titleMetrics(bold);
    painter->drawText(QRect(r.left(), r.top(), r.width(), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(heading, Qt::ElideRight, r.width()));
    r.setTop(r.top() + titleMetrics.height());

    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    const QString category = index.data(SearchResultModel::CategoryRole).toString();
    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(QRect(r.left(), r.top(), r.width(), smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(category, Qt::ElideMiddle, r.width()));
    r.setTop(r.top() + smallMetrics.height());

    // The snippet, wrapped to two lines, the marks in bold on a highlight.
    QTextLayout layout(index.data(SearchResultModel::SnippetRole).toString(), option.font);
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &v : index.data(SearchResultModel::MarksRole).toList()) {
        const QPoint mark = v.toPoint();
        QTextLayout::FormatRange range;
        range.start = mark.x();
        range.length = mark.y();
        range.format.setFontWeight(QFont::Bold);
        if (!selected)
            range.format.setBackground(QColor(255, 213, 79, 120));
        formats << range;
    }
    layout.setFormats(formats);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    qreal y = 0;
    for (int i = 0; i < snippetLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(r.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    painter->setPen(text);
    painter->setClipRect(r);
    layout.draw(painter, r.topLeft());
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index);
    const int height = QFontMetrics(titleFont(option.font)).height()
        + QFontMetrics(smallFont(option.font)).height()
        + int(std::ceil(snippetLines * lineHeight(option.font))) + margin;
    return { 200, height };
}

} // namespace gloss
