#pragma once

#include <QWidget>

namespace gloss {

// What the middle of the window shows while the library has no articles: what Gloss reads, and
// the two ways to start (the sample library, or a folder of one's own).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void sampleRequested();
    void importRequested();
};

} // namespace gloss
