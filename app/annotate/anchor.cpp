#include "anchor.h"

#include <QList>

#include <algorithm>
#include <limits>
#include <vector>

namespace gloss {

namespace {

// Levenshtein distance of two short strings (the context windows, at most 32 characters each).
int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min({ above + 1, row[size_t(j - 1)] + 1,
                                        diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

// 1 when the text agrees with the stored context, falling to 0 as they differ, so that a context
// changed by a character next to the quote (a space, a comma, a fixed typo) still counts as the
// same context. An empty stored context (the start or end of the text) agrees with anything.
double similarity(QStringView found, QStringView stored)
{
    if (stored.isEmpty())
        return 1.0;
    return 1.0 - double(editDistance(found, stored)) / double(qMax(found.size(), stored.size()));
}

// Weights after Hypothesis's quote matcher: the quote counts most, then its context on either
// side, and the stored position only settles what the rest leaves nearly even.
constexpr double quoteWeight = 50;
constexpr double contextWeight = 20;
constexpr double positionWeight = 2;

// How well text[start, end) fits the selector, apart from the quote itself.
double placeScore(const QString &text, int start, int end, const TextSelector &s, int hint)
{
    const QStringView before = QStringView(text).mid(qMax(0, start - int(s.prefix.size())),
                                                     qMin<qsizetype>(start, s.prefix.size()));
    const QStringView after = QStringView(text).mid(end, s.suffix.size());
    const double distance = double(qAbs(qint64(start) - qint64(hint)));
    const double position = 1.0 - qMin(1.0, distance / double(qMax<qsizetype>(1, text.size())));
    return contextWeight * (similarity(before, s.prefix) + similarity(after, s.suffix))
        + positionWeight * position;
}

struct FuzzyMatch
{
    int start = -1;
    int end = -1;
    int distance = std::numeric_limits<int>::max();
};

// Sellers' algorithm: every place in text[from, to) within budget edits of pattern, one per run
// of neighbouring end positions (the closest of the run).
QList<FuzzyMatch> approximateMatches(const QString &text, int from, int to, const QString &pattern,
                                     int budget)
{
    const int m = int(pattern.size());
    QList<FuzzyMatch> matches;
    FuzzyMatch run; // the best of the current run of end positions within budget
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
        const int distance = cost[size_t(m)];
        if (distance <= budget) {
            if (distance < run.distance)
                run = { origin[size_t(m)], j + 1, distance };
        } else if (run.start >= 0) {
            matches << run;
            run = {};
        }
        std::swap(cost, prevCost);
        std::swap(origin, prevOrigin);
    }
    if (run.start >= 0)
        matches << run;
    return matches;
}

// The approximate match of selector.exact (or the part of it given as pattern, with the
// selector's context for that part) that fits best: nearly the same words, then the context,
// then the position. Searched near hint first, then in the whole text.
FuzzyMatch bestApproximate(const QString &text, const QString &pattern, const TextSelector &s,
                           int hint, int budget)
{
    const auto best = [&](int from, int to) {
        FuzzyMatch chosen;
        double chosenScore = -1;
        for (const FuzzyMatch &match : approximateMatches(text, from, to, pattern, budget)) {
            const double score = quoteWeight
                    * (1.0 - double(match.distance) / double(qMax<qsizetype>(1, pattern.size())))
                + placeScore(text, match.start, match.end, s, hint);
            if (score > chosenScore) {
                chosenScore = score;
                chosen = match;
            }
        }
        return chosen;
    };
    const int near = qBound(0, hint, int(text.size()));
    const int windowFrom = qMax(0, near - 4 * int(pattern.size()) - 2000);
    const int windowTo = qMin(int(text.size()), near + 4 * int(pattern.size()) + 2000);
    FuzzyMatch found = best(windowFrom, windowTo);
    if (found.start < 0 && (windowFrom > 0 || windowTo < text.size()))
        found = best(0, int(text.size()));
    return found;
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

namespace {

template<typename Name> AnchorState stateNamed(const Name &name)
{
    if (name == QLatin1String("ok"))
        return AnchorState::Ok;
    if (name == QLatin1String("moved"))
        return AnchorState::Moved;
    return AnchorState::Orphaned;
}

} // namespace

AnchorState anchorStateFromName(const QString &name)
{
    return stateNamed(name);
}

AnchorState anchorStateFromName(QLatin1String name)
{
    return stateNamed(name);
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

    // 2. The same words elsewhere: the occurrence whose context is most alike, the stored
    // position settling near-ties.
    int bestStart = -1;
    double bestScore = -1;
    for (qsizetype at = text.indexOf(s.exact); at >= 0; at = text.indexOf(s.exact, at + 1)) {
        const double score = placeScore(text, int(at), int(at + s.exact.size()), s, s.start);
        if (score > bestScore) {
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
    constexpr int maxWhole = 256;
    if (m <= maxWhole) {
        const FuzzyMatch found = bestApproximate(text, s.exact, s, s.start, allowed);
        if (found.start >= 0)
            return { AnchorState::Moved, found.start, found.end };
        return result;
    }
    constexpr int edge = 64;
    // Each end is matched with its own context: the stored context outside, the quote inside.
    TextSelector headContext = s;
    headContext.suffix = s.exact.mid(edge, Anchor::contextLength);
    TextSelector tailContext = s;
    tailContext.prefix = s.exact.mid(m - edge - Anchor::contextLength, Anchor::contextLength);
    const FuzzyMatch head
        = bestApproximate(text, s.exact.left(edge), headContext, s.start, edge / 4);
    const FuzzyMatch tail
        = bestApproximate(text, s.exact.right(edge), tailContext,
                          int(qBound<qint64>(0, qint64(s.end) - edge, text.size())), edge / 4);
    if (head.start >= 0 && tail.start >= 0 && tail.end > head.start) {
        const int length = tail.end - head.start;
        if (length >= m - allowed && length <= m + allowed)
            return { AnchorState::Moved, head.start, tail.end };
    }
    return result;
}

} // namespace gloss
