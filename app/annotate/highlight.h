#pragma once

#include "anchor.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gloss {

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
    // A colour's name for menus, translated, with its mnemonic ("&Yellow").
    static QString colorMenuText(const QString &color);
};

} // namespace gloss

// Its members are Qt's implicitly shared types and numbers, which may be moved in memory as
// bytes: a QList of thousands of highlights then grows by realloc() instead of moving each one.
Q_DECLARE_TYPEINFO(gloss::Highlight, Q_RELOCATABLE_TYPE);
