#include "anchor.h"

#include <QList>

#include <algorithm>
#include <limits>
#include <vector>

namespace gloss {

namespace {

// Characters of `a` and `b` that agree, counting from their ends (a's end meets b's end).
int commonSuffix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

// How well the context around text[start, end) agrees with the stored context.
int contextScore(const QString &text, int start, int end, const TextSelector &s)
{
    const QStringView before = QStringView(text).mid(qMax(0, start - s.prefix.size()),
                                                     qMin<qsizetype>(start, s.prefix.size()));
    const QStringView after = QStringView(text).mid(end, s.suffix.size());
    return commonSuffix(before, s.prefix) + commonPrefix(after, s.suffix);
}

struct FuzzyMatch
{
    int start = -1;
    int end = -1;
    int distance = std::numeric_limits<int>::max();
};

// Sellers' algorithm: the substring of text[from, to) closest to pattern in edit distance.
FuzzyMatch closestSubstring(const QString &text, int from, int to, const QString &pattern)
{
    const int m = int(pattern.size());
    FuzzyMatch best;
    // cost[i]: distance of pattern[0, i) to the best substring ending at the current position;
    // origin[i]: where that substring starts.
    std::vector<int> cost(size_t(m) + 1), origin(size_t(m) + 1);
    std::vector<int> prevCost(size_t(m) + 1), prevOrigin(size_t(m) + 1);
    for (int i = 0; i <= m; ++i) {
        prevCost[size_t(i)] = i;
        prevOrigin[size_t(i)] = from;
    }
    for (int j = from; j < to; ++j) {
        cost[0] = 0;
        origin[0] = j + 1;
        const QChar c = text.at(j);
        for (int i = 1; i <= m; ++i) {
            const int substitute = prevCost[size_t(i - 1)] + (pattern.at(i - 1) == c ? 0 : 1);
            const int insert = prevCost[size_t(i)] + 1; // a text character the pattern lacks
            const int remove = cost[size_t(i - 1)] + 1; // a pattern character the text lacks
            if (substitute <= insert && substitute <= remove) {
                cost[size_t(i)] = substitute;
                origin[size_t(i)] = prevOrigin[size_t(i - 1)];
            } else if (insert <= remove) {
                cost[size_t(i)] = insert;
                origin[size_t(i)] = prevOrigin[size_t(i)];
            } else {
                cost[size_t(i)] = remove;
                origin[size_t(i)] = origin[size_t(i - 1)];
            }
        }
        if (cost[size_t(m)] < best.distance) {
            best.distance = cost[size_t(m)];
            best.start = origin[size_t(m)];
            best.end = j + 1;
        }
        std::swap(cost, prevCost);
        std::swap(origin, prevOrigin);
    }
    return best;
}

} // namespace

QString anchorStateName(AnchorState state)
{
    switch (state) {
    case AnchorState::Ok:
        return QStringLiteral("ok");
    case AnchorState::Moved:
        return QStringLiteral("moved");
    case AnchorState::Orphaned:
        break;
    }
    return QStringLiteral("orphaned");
}

AnchorState anchorStateFromName(const QString &name)
{
    if (name == u"ok")
        return AnchorState::Ok;
    if (name == u"moved")
        return AnchorState::Moved;
    return AnchorState::Orphaned;
}

TextSelector Anchor::select(const QString &text, int start, int end)
{
    start = qBound(0, start, int(text.size()));
    end = qBound(start, end, int(text.size()));
    TextSelector s;
    s.start = start;
    s.end = end;
    s.exact = text.mid(start, end - start);
    s.prefix = text.mid(qMax(0, start - contextLength), start - qMax(0, start - contextLength));
    s.suffix = text.mid(end, contextLength);
    return s;
}

Anchor::Result Anchor::locate(const QString &text, const TextSelector &s)
{
    Result result;
    if (s.exact.isEmpty())
        return result;

    // 1. Where it was.
    // Offsets come from the library file: any int, so the arithmetic is done in 64 bits.
    if (s.start >= 0 && s.end <= text.size() && qint64(s.end) - s.start == s.exact.size()
        && QStringView(text).mid(s.start, s.end - s.start) == s.exact) {
        return { AnchorState::Ok, s.start, s.end };
    }

    // 2. The same words elsewhere: the occurrence whose context agrees best, then the nearest.
    int bestStart = -1;
    int bestScore = -1;
    for (qsizetype at = text.indexOf(s.exact); at >= 0; at = text.indexOf(s.exact, at + 1)) {
        const int score = contextScore(text, int(at), int(at + s.exact.size()), s);
        if (score > bestScore
            || (score == bestScore
                && qAbs(qint64(at) - s.start) < qAbs(qint64(bestStart) - s.start))) {
            bestScore = score;
            bestStart = int(at);
        }
    }
    if (bestStart >= 0)
        return { AnchorState::Moved, bestStart, bestStart + int(s.exact.size()) };

    // 3. Nearly the same words: a bounded fuzzy search, near the old place first. Long quotes
    // are matched by their first and last words, which bounds the work on any article.
    const int m = int(s.exact.size());
    const int allowed = qMax(1, m / 4);
    auto search = [&](const QString &pattern, int budget) -> FuzzyMatch {
        const int near = qBound(0, s.start, int(text.size()));
        const int windowFrom = qMax(0, near - 4 * int(pattern.size()) - 2000);
        const int windowTo = qMin(int(text.size()), near + 4 * int(pattern.size()) + 2000);
        FuzzyMatch found = closestSubstring(text, windowFrom, windowTo, pattern);
        if (found.distance > budget && (windowFrom > 0 || windowTo < text.size()))
            found = closestSubstring(text, 0, int(text.size()), pattern);
        return found;
    };
    constexpr int maxWhole = 256;
    if (m <= maxWhole) {
        const FuzzyMatch found = search(s.exact, allowed);
        if (found.distance <= allowed)
            return { AnchorState::Moved, found.start, found.end };
        return result;
    }
    constexpr int edge = 64;
    const FuzzyMatch head = search(s.exact.left(edge), edge / 4);
    const FuzzyMatch tail = search(s.exact.right(edge), edge / 4);
    if (head.distance <= edge / 4 && tail.distance <= edge / 4 && tail.end > head.start) {
        const int length = tail.end - head.start;
        if (length >= m - allowed && length <= m + allowed)
            return { AnchorState::Moved, head.start, tail.end };
    }
    return result;
}

} // namespace gloss
