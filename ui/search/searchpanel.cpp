#include "searchpanel.h"

#include "searchcontroller.h"
#include "searchresultdelegate.h"
#include "searchresultmodel.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace gloss {

namespace {

constexpr int resultLimit = 50;
constexpr int typingPauseMs = 200;

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_inCategory(new QCheckBox(tr("In selected &category"), this))
    , m_withNotes(new QCheckBox(tr("With &notes"), this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
    , m_model(new SearchResultModel(this))
    , m_controller(new SearchController(this))
    , m_debounce(new QTimer(this))
{
    m_field->setPlaceholderText(tr("Search the library (Ctrl+Shift+F)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_field->setToolTip(tr("Words are all looked for; \"a phrase\" stays together; "
                           "-word leaves out; pre* finds words starting with pre."));
    m_field->installEventFilter(this);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Search results"));
    m_view->installEventFilter(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_inCategory);
    filters->addWidget(m_withNotes);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(typingPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::onTextChanged);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        m_view->setFocus();
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0));
    });
    connect(m_inCategory, &QCheckBox::toggled, this, &SearchPanel::searchNow);
    connect(m_withNotes, &QCheckBox::toggled, this, &SearchPanel::searchNow);
    connect(m_controller, &SearchController::finished, this, &SearchPanel::onFinished);
    connect(m_view, &QListView::activated, this, &SearchPanel::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SearchPanel::activate);
}

SearchPanel::~SearchPanel() = default;

bool SearchPanel::isActive() const
{
    return !m_field->text().trimmed().isEmpty();
}

void SearchPanel::setLibrary(const QString &path)
{
    m_controller->setLibrary(path);
    m_model->setHits({});
    if (isActive())
        searchNow();
}

void SearchPanel::setCategory(std::optional<qint64> id, const QString &name)
{
    const bool changed = id != m_category;
    m_category = id;
    m_inCategory->setEnabled(id.has_value());
    m_inCategory->setText(id ? tr("In “%1”").arg(name) : tr("In selected &category"));
    if (changed && m_inCategory->isChecked() && isActive())
        searchNow();
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::onTextChanged(const QString &text)
{
    const bool active = !text.trimmed().isEmpty();
    if (active != m_wasActive) {
        m_wasActive = active;
        Q_EMIT activeChanged(active);
    }
    if (!active) {
        m_debounce->stop();
        m_controller->cancel();
        m_model->setHits({});
        m_terms.clear();
        m_status->clear();
        return;
    }
    m_debounce->start();
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    if (!isActive())
        return;
    SearchRepository::Options options;
    options.limit = resultLimit;
    options.withNotesOnly = m_withNotes->isChecked();
    if (m_inCategory->isChecked())
        options.categoryId = m_category;
    m_status->setText(tr("Searching…"));
    m_controller->search(m_field->text(), options);
}

void SearchPanel::onFinished(const QString &query, const SearchRepository::Result &result)
{
    Q_UNUSED(query);
    m_terms = result.terms;
    m_model->setHits(result.hits);
    QString status;
    if (!result.error.isEmpty())
        status = tr("Cannot search: %1").arg(result.error);
    else if (result.hits.isEmpty())
        status = tr("No article matches.");
    else if (result.hits.size() >= resultLimit)
        status = tr("The best %n results:", nullptr, int(result.hits.size()));
    else
        status = tr("%n result(s):", nullptr, int(result.hits.size()));
    if (result.notIndexed > 0)
        status += u' '
            + tr("%n article(s) are not indexed yet and were not searched.", nullptr,
                 result.notIndexed);
    m_status->setText(status);
    Q_EMIT resultsShown(m_model->rowCount());
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT resultActivated(index.data(SearchResultModel::ArticleIdRole).toLongLong(),
                           index.data(SearchResultModel::HighlightIdRole).toLongLong());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field) {
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(0));
            return true;
        }
    } else if (watched == m_view) {
        if (key->key() == Qt::Key_Escape) {
            focusField();
            return true;
        }
        if (key->key() == Qt::Key_Up && m_view->currentIndex().row() == 0) {
            focusField();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gloss
