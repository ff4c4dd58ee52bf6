#include "tagname.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

namespace gloss {

QString TagName::normalized(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_C);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    text = text.simplified();
    while (text.startsWith(u'#'))
        text.remove(0, 1);
    return text.trimmed();
}

QString TagName::key(const QString &name)
{
    // Folding can take a character out of NFC (ǰ folds to j + caron), so normalize again.
    return normalized(name).toCaseFolded().normalized(QString::NormalizationForm_C);
}

QString TagName::checked(const QString &name, QString *error)
{
    const QString tag = normalized(name);
    if (tag.isEmpty()) {
        *error = QCoreApplication::translate("gloss::TagName", "a tag needs a name");
        return {};
    }
    if (tag.size() > maxLength) {
        *error = QCoreApplication::translate("gloss::TagName",
                                             "a tag can be at most %1 characters long ('%2…')")
                     .arg(maxLength)
                     .arg(tag.left(20));
        return {};
    }
    return tag;
}

QStringList TagName::inNote(const QString &note)
{
    // A # that starts the note or follows a space or punctuation other than the ones that make
    // it part of a URL or an entity (/#a, &#1, a#b).
    static const QRegularExpression hashtag(QStringLiteral("(?:^|(?<=[^\\w/&#]))#([\\w\\-/]+)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QStringList tags;
    QStringList keys;
    for (auto it = hashtag.globalMatch(note); it.hasNext();) {
        QString word = it.next().captured(1);
        while (word.endsWith(u'/') || word.endsWith(u'-'))
            word.chop(1);
        bool digitsOnly = true;
        for (const QChar c : std::as_const(word))
            digitsOnly = digitsOnly && (c.isDigit() || c == u'_' || c == u'-' || c == u'/');
        if (word.isEmpty() || digitsOnly || word.size() > maxLength)
            continue;
        const QString tag = normalized(word);
        const QString k = key(tag);
        if (!keys.contains(k)) {
            keys << k;
            tags << tag;
        }
    }
    return tags;
}

namespace {

void tagKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray key
        = TagName::key(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

} // namespace

bool TagName::registerWith(sqlite3 *db, QString *error)
{
    const int rc
        = sqlite3_create_function_v2(db, "gloss_tag_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                     nullptr, tagKeyFunction, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    *error = QCoreApplication::translate("gloss::TagName", "cannot register gloss_tag_key: %1")
                 .arg(QString::fromUtf8(sqlite3_errstr(rc)));
    return false;
}

} // namespace gloss
