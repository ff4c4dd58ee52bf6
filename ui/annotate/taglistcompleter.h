#pragma once

#include <QCompleter>

namespace gloss {

// Completes the last of several comma-separated tags in a line edit ("work, rea" → "work,
// reading, "), keeping the ones before it.
class TagListCompleter : public QCompleter
{
    Q_OBJECT
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};

} // namespace gloss
