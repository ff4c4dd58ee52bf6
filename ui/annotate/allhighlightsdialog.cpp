#include "allhighlightsdialog.h"

#include "annotate/highlight.h"
#include "highlightlistmodel.h"
#include "library/categoryrepository.h"
#include "library/tagname.h"
#include "libraryhighlightsmodel.h"
#include "taglistcompleter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace gloss {

AllHighlightsDialog::AllHighlightsDialog(QWidget *parent)
    : QDialog(parent)
    , m_color(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_tagCompleter(new TagListCompleter(this))
    , m_tagNames(new QStringListModel(this))
    , m_table(new QTableView(this))
    , m_model(new LibraryHighlightsModel(this))
{
    setWindowTitle(tr("All Highlights"));
    resize(900, 560);
    m_color->setSizeAdjustPolicy(QComboBox::AdjustToContents); // names may come later
    m_color->addItem(tr("Any colour"), QString());
    for (const QString &color : Highlight::colors())
        m_color->addItem(HighlightListModel::swatch(color), Highlight::colorLabel(color), color);
    m_text->setPlaceholderText(tr("Filter by words in the highlight or its note"));
    m_text->setClearButtonEnabled(true);
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_tags->setToolTip(tr("Only the highlights that carry every one of these tags"));
    m_tags->setAccessibleName(tr("Filter by tags"));
    m_tags->setClearButtonEnabled(true);
    m_tagCompleter->setModel(m_tagNames);
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setFilterMode(Qt::MatchContains);
    m_tags->setCompleter(m_tagCompleter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("&Colour:"), this));
    static_cast<QLabel *>(filters->itemAt(0)->widget())->setBuddy(m_color);
    filters->addWidget(m_color);
    auto *categoryLabel = new QLabel(tr("C&ategory:"), this);
    categoryLabel->setBuddy(m_category);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_text, 2);
    auto *tagsLabel = new QLabel(tr("&Tags:"), this);
    tagsLabel->setBuddy(m_tags);
    filters->addWidget(tagsLabel);
    filters->addWidget(m_tags, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LibraryHighlightsModel::QuoteColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LibraryHighlightsModel::NoteColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LibraryHighlightsModel::TagsColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(LibraryHighlightsModel::ArticleColumn,
                                                      QHeaderView::Interactive);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    connect(m_color, &QComboBox::currentIndexChanged, this, &AllHighlightsDialog::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &AllHighlightsDialog::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AllHighlightsDialog::applyFilter);
    connect(m_tags, &QLineEdit::textChanged, this, &AllHighlightsDialog::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(LibraryHighlightsModel::ArticleIdRole).toLongLong(),
                             index.data(LibraryHighlightsModel::IdRole).toLongLong());
    });
}

void AllHighlightsDialog::setLibrary(const Database *db)
{
    m_db = db;
    reload();
}

void AllHighlightsDialog::reload()
{
    const QSignalBlocker blocker(m_category);
    const qint64 selected = m_category->currentData().toLongLong();
    m_category->clear();
    m_category->addItem(tr("All categories"), qint64(0));
    if (m_db) {
        QHash<qint64, int> depth;
        for (const CategoryNode &node : CategoryRepository(*m_db).tree()) {
            const int level = node.parentId == 0 ? 0 : depth.value(node.parentId) + 1;
            depth.insert(node.id, level);
            m_category->addItem(QString(level * 3, u' ') + node.name, node.id);
        }
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(selected)));
    m_tagNames->setStringList(m_db ? HighlightRepository(*m_db).tagNames() : QStringList());
    m_model->setLibrary(m_db);
    applyFilter();
}

void AllHighlightsDialog::applyFilter()
{
    HighlightRepository::Filter filter;
    filter.color = m_color->currentData().toString();
    if (const qint64 category = m_category->currentData().toLongLong(); category > 0)
        filter.categoryId = category;
    filter.text = m_text->text().trimmed();
    filter.tags = typedTags();
    m_model->setFilter(filter);
}

QStringList AllHighlightsDialog::typedTags() const
{
    QSet<QString> known;
    for (const QString &name : m_tagNames->stringList())
        known.insert(TagName::key(name));
    QStringList tags;
    for (const QString &part : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString tag = TagName::normalized(part);
        if (tag.isEmpty())
            continue;
        if (known.contains(TagName::key(tag))) {
            tags << tag;
            continue;
        }
        for (const QString &word : tag.split(u' ', Qt::SkipEmptyParts))
            if (const QString each = TagName::normalized(word); !each.isEmpty())
                tags << each;
    }
    return tags;
}

void AllHighlightsDialog::setColorNames(const ColorNames &names)
{
    const QStringList colors = Highlight::colors();
    for (const QString &color : colors)
        m_color->setItemText(m_color->findData(color),
                             Highlight::colorLabel(color, names.value(color)));
}

} // namespace gloss
