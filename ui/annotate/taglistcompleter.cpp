#include "taglistcompleter.h"

#include <QLineEdit>

namespace gloss {

QStringList TagListCompleter::splitPath(const QString &path) const
{
    return { path.mid(path.lastIndexOf(u',') + 1).trimmed() };
}

QString TagListCompleter::pathFromIndex(const QModelIndex &index) const
{
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    const QString text = edit ? edit->text() : QString();
    const QString before = text.left(text.lastIndexOf(u',') + 1);
    return (before.isEmpty() ? QString() : before + u' ') + QCompleter::pathFromIndex(index)
        + QStringLiteral(", ");
}

} // namespace gloss
