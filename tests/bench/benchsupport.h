#pragma once

// What the benchmarks share: printing "name value unit" lines, and percentiles.
#include <QList>

#include <algorithm>
#include <cstdio>

namespace gloss::bench {

inline void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(int(values.size()) - 1, int(p * values.size())));
}

} // namespace gloss::bench
