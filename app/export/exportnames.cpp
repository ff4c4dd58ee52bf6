#include "exportnames.h"

#include <QRegularExpression>
#include <QStringList>

namespace gloss {

namespace {

// Cuts text so that its UTF-8 encoding fits in `bytes`, never inside a character.
QString fitUtf8(const QString &text, int bytes)
{
    QString out;
    int used = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype step = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const int size = int(text.mid(i, step).toUtf8().size());
        if (used + size > bytes)
            break;
        out += text.mid(i, step);
        used += size;
        i += step;
    }
    return out;
}

bool isReserved(const QString &name)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

} // namespace

QString ExportNames::component(const QString &name, const QString &suffix)
{
    QString clean;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || QStringView(u"/\\:*?\"<>|").contains(c))
            clean += u'_';
        else
            clean += c;
    }
    clean = clean.simplified();
    // No hidden files, no "." or "..", no trailing dots or spaces (Windows drops them).
    while (clean.startsWith(u'.'))
        clean.remove(0, 1);
    while (clean.endsWith(u'.') || clean.endsWith(u' '))
        clean.chop(1);
    if (clean.isEmpty())
        clean = QStringLiteral("untitled");
    if (isReserved(clean))
        clean.prepend(u'_');
    const int room = maxBytes - int(suffix.toUtf8().size());
    clean = fitUtf8(clean, room).trimmed();
    while (clean.endsWith(u'.'))
        clean.chop(1);
    return clean + suffix;
}

QString ExportNames::articleFile(const QString &title, qint64 id)
{
    return component(title, QStringLiteral(" (%1).md").arg(id));
}

} // namespace gloss
