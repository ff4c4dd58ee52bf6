#pragma once

#include <QByteArray>
#include <QString>

namespace gloss {

struct ArticleRecord;

// Composes the page the reader shows for an article: resources/web/reader.html filled with
// the article, its frames and embedded objects taken out (EmbedFilter), under a
// Content-Security-Policy that lets no script run and nothing leave the machine (remote images
// aside, when the library allows them).
class ArticlePage
{
public:
    struct Options
    {
        bool remoteImages = false;
        QString theme = QStringLiteral("light"); // first paint; the page script keeps it current
    };

    static QByteArray render(const ArticleRecord &record, const Options &options);
    static QString contentSecurityPolicy(bool remoteImages);
    // Fills {{name}} fields in one pass: a value is never read again as a template.
    static QString fill(const QString &templateText, const QHash<QString, QString> &values);
};

} // namespace gloss
