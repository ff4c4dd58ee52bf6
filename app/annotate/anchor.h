#pragma once

#include <QString>

namespace gloss {

// Where a highlight sits in an article's plain text, and what was there.
struct TextSelector
{
    QString exact; // the highlighted text
    QString prefix; // up to contextLength characters before it
    QString suffix; // up to contextLength characters after it
    int start = 0; // offsets into the article's text (UTF-16 code units)
    int end = 0;
};

enum class AnchorState { Ok, Moved, Orphaned };

QString anchorStateName(AnchorState state);
AnchorState anchorStateFromName(const QString &name);
AnchorState anchorStateFromName(QLatin1String name); // as stored, without making a QString

// Finds a highlight again in an article's text: first at its stored offsets, then the exact
// text (context choosing among repeats), then a bounded fuzzy match. Ok when nothing moved,
// Moved when the passage was found elsewhere or slightly changed, Orphaned when it is gone.
class Anchor
{
public:
    static constexpr int contextLength = 32;

    struct Result
    {
        AnchorState state = AnchorState::Orphaned;
        int start = 0;
        int end = 0;
    };

    // A selector for text[start, end) with its context.
    static TextSelector select(const QString &text, int start, int end);
    static Result locate(const QString &text, const TextSelector &selector);
};

} // namespace gloss
