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
};

} // namespace gloss
