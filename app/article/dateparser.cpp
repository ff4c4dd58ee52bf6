#include "dateparser.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace gloss {

namespace {

// Qt 6.4 reads only numeric zones in RFC 2822 dates; feeds write the RFC 822 names.
QString numericZone(const QString &raw)
{
    static const QRegularExpression zone(
        QStringLiteral("\\s(GMT|UTC|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = zone.match(raw);
    if (!match.hasMatch())
        return raw;
    static const QHash<QString, QString> offsets {
        { QStringLiteral("GMT"), QStringLiteral("+0000") },
        { QStringLiteral("UTC"), QStringLiteral("+0000") },
        { QStringLiteral("UT"), QStringLiteral("+0000") },
        { QStringLiteral("Z"), QStringLiteral("+0000") },
        { QStringLiteral("EST"), QStringLiteral("-0500") },
        { QStringLiteral("EDT"), QStringLiteral("-0400") },
        { QStringLiteral("CST"), QStringLiteral("-0600") },
        { QStringLiteral("CDT"), QStringLiteral("-0500") },
        { QStringLiteral("MST"), QStringLiteral("-0700") },
        { QStringLiteral("MDT"), QStringLiteral("-0600") },
        { QStringLiteral("PST"), QStringLiteral("-0800") },
        { QStringLiteral("PDT"), QStringLiteral("-0700") },
    };
    return raw.left(match.capturedStart()) + u' ' + offsets.value(match.captured(1).toUpper());
}

} // namespace

QDateTime DateParser::parse(const QString &rawIn)
{
    const QString raw = rawIn.trimmed();
    if (raw.isEmpty())
        return {};

    // ISO 8601 (with "T" or a space between date and time), with or without a zone.
    QString iso = raw;
    static const QRegularExpression isoShape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (isoShape.match(iso).hasMatch()) {
        if (iso.size() > 10 && iso.at(10) == u' ')
            iso[10] = u'T';
        QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (dt.isValid())
            return dt;
    }

    // Hexo's own forms with single-digit fields: 2022/4/9 8:05:00, 2022-4-9 8:05.
    static const QRegularExpression loose(QStringLiteral(
        "^(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = loose.match(raw);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time = m.captured(4).isEmpty()
            ? QTime(0, 0)
            : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (date.isValid() && time.isValid())
            return QDateTime(date, time);
    }

    // RFC 2822: "Mon, 11 Apr 2022 08:56:00 GMT", "11 Apr 2022 08:56:00 +0800".
    return QDateTime::fromString(numericZone(raw), Qt::RFC2822Date);
}

} // namespace gloss
