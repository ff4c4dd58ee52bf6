#pragma once

#include <QDialog>

namespace gloss {

// Help › About Gloss: the version, and the libraries this build runs on with theirs.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Qt 6.4.2", "SQLite 3.40.1", ...: what the dialog lists.
    static QStringList libraries();
};

} // namespace gloss
