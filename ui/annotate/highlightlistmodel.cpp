#include "highlightlistmodel.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace gloss {

void HighlightListModel::setHighlights(const QList<Highlight> &highlights)
{
    beginResetModel();
    m_highlights = highlights;
    endResetModel();
}

int HighlightListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_highlights.size(); ++row) {
        if (m_highlights.at(row).id == id)
            return row;
    }
    return -1;
}

QColor HighlightListModel::color(const QString &name)
{
    static const QHash<QString, QColor> colors {
        { QStringLiteral("yellow"), QColor(0xff, 0xd6, 0x00) },
        { QStringLiteral("green"), QColor(0x50, 0xc8, 0x5a) },
        { QStringLiteral("blue"), QColor(0x46, 0x96, 0xff) },
        { QStringLiteral("pink"), QColor(0xff, 0x6e, 0xaa) },
        { QStringLiteral("purple"), QColor(0xa0, 0x64, 0xe6) }
    };
    return colors.value(name, Qt::gray);
}

QIcon HighlightListModel::swatch(const QString &name)
{
    const QColor fill = color(name);
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(fill);
    painter.setPen(fill.darker(130));
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

int HighlightListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_highlights.size());
}

QVariant HighlightListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_highlights.size())
        return {};
    const Highlight &h = m_highlights.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString quote = h.selector.exact.simplified();
        if (quote.size() > 160)
            quote = quote.left(160) + QChar(0x2026);
        QString text = QStringLiteral("“%1”").arg(quote);
        if (!h.note.isEmpty())
            text += QStringLiteral("\n") + h.note.simplified();
        if (!h.tags.isEmpty())
            text += QStringLiteral("\n#") + h.tags.join(QStringLiteral(" #"));
        return text;
    }
    case Qt::DecorationRole:
        return color(h.color);
    case Qt::ToolTipRole:
        return h.selector.exact;
    case IdRole:
        return h.id;
    case NoteRole:
        return h.note;
    case ColorNameRole:
        return h.color;
    case StateRole:
        return anchorStateName(h.state);
    case QuoteRole:
        return h.selector.exact;
    default:
        return {};
    }
}

} // namespace gloss
