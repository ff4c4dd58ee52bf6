#pragma once

#include <QDateTime>
#include <QString>

namespace gloss {

// Reads the dates Hexo posts carry: RFC 2822, ISO 8601, "YYYY-MM-DD HH:mm:ss" and
// "YYYY/M/D H:mm:ss". Times without a zone are local time, as Hexo reads them.
// Returns an invalid QDateTime for anything else ("Invalid Date" in real files).
class DateParser
{
public:
    static QDateTime parse(const QString &raw);
};

} // namespace gloss
