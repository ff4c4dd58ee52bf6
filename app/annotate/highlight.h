#pragma once

#include "anchor.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace gloss {

// The names a person gave the highlight colours ("question"), by colour; a colour without one is
// absent (it goes by its own name).
using ColorNames = QHash<QString, QString>;

// A highlighted passage of an article, with its colour and the reader's note.
struct Highlight
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString uuid; // stable across libraries: the id of an exported annotation (urn:uuid:...)
    QString color = QStringLiteral("yellow");
    TextSelector selector;
    QString note;
    QStringList tags; // normalized names (see TagName), sorted
    QDateTime createdAt;
    QDateTime updatedAt;
    AnchorState state = AnchorState::Ok;

    static QStringList colors(); // yellow, green, blue, pink, purple
    // A colour's name for menus, translated, with its mnemonic ("&Yellow"), followed by the name
    // the person gave it, if any ("&Yellow: question").
    static QString colorMenuText(const QString &color, const QString &name = {});
    // A colour as a person reads it: the name they gave it, else its own name, translated.
    static QString colorLabel(const QString &color, const QString &name = {});
};

} // namespace gloss

// Its members are Qt's implicitly shared types and numbers, which may be moved in memory as
// bytes: a QList of thousands of highlights then grows by realloc() instead of moving each one.
Q_DECLARE_TYPEINFO(gloss::Highlight, Q_RELOCATABLE_TYPE);
