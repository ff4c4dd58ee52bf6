#include "detailspane.h"

#include "library/articlerepository.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace gloss {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_details(new QLabel(this))
    , m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_details);
    layout->addWidget(m_empty, 1);
    clear();
}

void DetailsPane::showArticle(const ArticleRecord &record)
{
    const Article &a = record.article;
    QStringList paths;
    for (const QStringList &path : a.categoryPaths)
        paths << path.join(QStringLiteral(" › ")).toHtmlEscaped();
    const QString date = a.published.isValid()
        ? QLocale().toString(a.published.toLocalTime(), QLocale::ShortFormat)
        : (a.dateRaw.isEmpty() ? tr("unknown")
                               : tr("unknown (“%1”)").arg(a.dateRaw.toHtmlEscaped()));
    const int characters = int(a.text.size());
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(a.title.toHtmlEscaped());
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td valign=top><b>%1</b></td><td>%2</td></tr>")
                        .arg(label, value);
    };
    row(tr("Author"), a.author.toHtmlEscaped());
    row(tr("Date"), date);
    row(tr("Categories"), paths.join(QStringLiteral("<br>")));
    row(tr("Tags"), a.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Length"), tr("%n character(s)", nullptr, characters));
    row(tr("File"), record.sourcePath.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_details->setText(html);
    m_empty->setText(
        tr("No highlights or notes yet.\nSelect text in the article to highlight it."));
}

void DetailsPane::clear()
{
    m_details->clear();
    m_empty->setText(tr("Open an article to see its details, highlights and notes."));
}

} // namespace gloss
