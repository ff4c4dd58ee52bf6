#include "commands.h"

#include "annotate/highlight.h"
#include "cli.h"
#include "library/database.h"
#include "library/highlightrepository.h"

namespace gloss {

int highlightsCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption article(QStringLiteral("article"),
                                     Cli::tr("Only the highlights of article ID."),
                                     QStringLiteral("ID"));
    const QCommandLineOption color(QStringLiteral("color"),
                                   Cli::tr("Only highlights of this colour (%1).")
                                       .arg(Highlight::colors().join(QStringLiteral(", "))),
                                   QStringLiteral("NAME"));
    const QCommandLineOption tag(
        QStringLiteral("tag"), Cli::tr("Only highlights with this tag (repeat: with all of them)."),
        QStringLiteral("TAG"));
    parser.addOptions({ article, color, tag });
    if (const int code = context.parse(parser, arguments, QStringLiteral("highlights")); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(
            QStringLiteral("highlights"),
            Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    HighlightRepository::Filter filter;
    if (parser.isSet(article)) {
        bool ok = false;
        filter.articleId = parser.value(article).toLongLong(&ok);
        if (!ok) {
            return context.usageError(
                QStringLiteral("highlights"),
                Cli::tr("--article needs an article id, not '%1'").arg(parser.value(article)));
        }
    }
    if (parser.isSet(color)) {
        filter.color = parser.value(color);
        if (!Highlight::colors().contains(filter.color)) {
            return context.usageError(
                QStringLiteral("highlights"),
                Cli::tr("unknown colour '%1' (use %2)")
                    .arg(filter.color, Highlight::colors().join(QStringLiteral(", "))));
        }
    }
    filter.tags = parser.values(tag);
    const std::unique_ptr<Database> db = context.openLibrary(parser);
    if (!db)
        return Cli::Failed;

    QString error;
    const QList<Highlight> highlights = HighlightRepository(*db).list(filter, &error);
    if (!error.isEmpty())
        return context.failure(QStringLiteral("highlights"), error);
    for (const Highlight &h : highlights) {
        context.out << "#" << h.id << "  article " << h.articleId << "  " << h.color << "  "
                    << anchorStateName(h.state);
        if (!h.tags.isEmpty())
            context.out << "  tags: " << h.tags.join(QStringLiteral(", "));
        context.out << "\n";
        for (const QString &line : h.selector.exact.split(u'\n'))
            context.out << "  > " << line << "\n";
        if (!h.note.isEmpty())
            context.out << "  " << h.note << "\n";
    }
    return Cli::Ok;
}

} // namespace gloss
