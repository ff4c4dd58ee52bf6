#pragma once

#include <QWidget>

class QLabel;

namespace gloss {

struct ArticleRecord;

// The right pane: what the library knows about the open article. Highlights and notes will
// live here; until the article has some, the pane says so.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showArticle(const ArticleRecord &record);
    void clear();

private:
    QLabel *m_details;
    QLabel *m_empty;
};

} // namespace gloss
