#pragma once

#include "search/searchquery.h"
#include "search/searchrepository.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace gloss {

class SearchController;
class SearchResultModel;

// Library search as you type: the field (placed by the window), and the results page with
// its filters, shown in place of the article list while the field holds a query.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    QLineEdit *field() const { return m_field; }
    QListView *resultView() const { return m_view; }
    SearchResultModel *model() const { return m_model; }
    bool isActive() const;

    void setLibrary(const QString &path);
    // The category the "In selected category" filter means.
    void setCategory(std::optional<qint64> id, const QString &name);
    // Focuses the field with its text selected.
    void focusField();
    // Searches now rather than after the typing pause (tests, Enter).
    void searchNow();
    // The terms of the query whose results are shown, for marking them in the article.
    const QList<SearchQuery::Term> &terms() const { return m_terms; }

Q_SIGNALS:
    // The field went from empty to a query or back.
    void activeChanged(bool active);
    void resultActivated(qint64 articleId, qint64 highlightId);
    // A search has come back and its results are shown.
    void resultsShown(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged(const QString &text);
    void onFinished(const QString &query, const SearchRepository::Result &result);
    void activate(const QModelIndex &index);

    QLineEdit *m_field = nullptr;
    QCheckBox *m_inCategory = nullptr;
    QCheckBox *m_withNotes = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_view = nullptr;
    SearchResultModel *m_model = nullptr;
    SearchController *m_controller = nullptr;
    QTimer *m_debounce = nullptr;
    std::optional<qint64> m_category;
    QList<SearchQuery::Term> m_terms;
    bool m_wasActive = false;
};

} // namespace gloss
