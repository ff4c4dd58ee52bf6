#include "savestatus.h"

#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "util/atomicfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gloss {

namespace {

constexpr int retryIntervalMs = 3000;

QJsonObject toJson(const SaveStatus::Note &note)
{
    return { { QStringLiteral("target"),
               note.onArticle ? QStringLiteral("article") : QStringLiteral("highlight") },
             { QStringLiteral("id"), note.id },
             { QStringLiteral("article"), note.articleId },
             { QStringLiteral("text"), note.text },
             { QStringLiteral("typed"), note.typedAt.toString(Qt::ISODate) } };
}

std::optional<SaveStatus::Note> fromJson(const QJsonObject &object)
{
    SaveStatus::Note note;
    const QString target = object.value(QStringLiteral("target")).toString();
    note.onArticle = target == u"article";
    note.id = object.value(QStringLiteral("id")).toInteger();
    note.articleId = object.value(QStringLiteral("article")).toInteger();
    note.text = object.value(QStringLiteral("text")).toString();
    note.typedAt
        = QDateTime::fromString(object.value(QStringLiteral("typed")).toString(), Qt::ISODate);
    if ((!note.onArticle && target != u"highlight") || note.id <= 0 || note.articleId <= 0)
        return std::nullopt;
    return note;
}

qsizetype indexOf(const QList<SaveStatus::Note> &notes, bool onArticle, qint64 id)
{
    for (qsizetype i = 0; i < notes.size(); ++i)
        if (notes.at(i).onArticle == onArticle && notes.at(i).id == id)
            return i;
    return -1;
}

} // namespace

SaveStatus::SaveStatus(QObject *parent)
    : QObject(parent)
{
    m_retry.setInterval(retryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &SaveStatus::retry);
}

QString SaveStatus::recoveryPath() const
{
    return m_libraryPath.isEmpty() ? QString() : m_libraryPath + QStringLiteral(".unsaved.json");
}

void SaveStatus::setLibrary(const Database *db)
{
    if (m_db && !m_unsaved.isEmpty())
        retry(); // the last chance for the library that is closing; the file keeps the rest
    m_db = db;
    m_libraryPath = db ? db->path() : QString();
    m_error.clear();
    m_recoveryError.clear();
    m_unsaved.clear();
    m_recovered.clear();
    m_retry.stop();
    QFile file(recoveryPath());
    if (db && file.open(QIODevice::ReadOnly)) {
        const QJsonArray notes = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("notes"))
                                     .toArray();
        for (const QJsonValue &value : notes)
            if (const std::optional<Note> note = fromJson(value.toObject()))
                m_recovered << *note;
    }
    Q_EMIT changed();
}

void SaveStatus::failed(const QString &error)
{
    m_error = error;
    if (!m_unsaved.isEmpty())
        m_retry.start();
    Q_EMIT changed();
}

void SaveStatus::saved()
{
    if (m_error.isEmpty())
        return;
    // Writing works again: what is waiting goes in now.
    if (retry()) {
        m_error.clear();
        Q_EMIT changed();
    }
}

void SaveStatus::keepNote(const Note &note)
{
    const qsizetype at = indexOf(m_unsaved, note.onArticle, note.id);
    if (at >= 0)
        m_unsaved[at] = note;
    else
        m_unsaved << note;
    writeRecoveryFile();
    m_retry.start();
    Q_EMIT changed();
}

void SaveStatus::forgetNote(bool onArticle, qint64 id)
{
    const qsizetype at = indexOf(m_unsaved, onArticle, id);
    if (at < 0)
        return;
    m_unsaved.removeAt(at);
    writeRecoveryFile();
    Q_EMIT changed();
}

bool SaveStatus::write(const Note &note, QString *error) const
{
    if (!m_db)
        return false;
    return note.onArticle ? ArticleRepository(*m_db).setNote(note.id, note.text, error)
                          : HighlightRepository(*m_db).setNote(note.id, note.text, error);
}

bool SaveStatus::retry()
{
    QList<qint64> articles;
    for (auto it = m_unsaved.begin(); it != m_unsaved.end();) {
        QString error;
        if (!write(*it, &error)) {
            m_error = error;
            break;
        }
        articles << it->articleId;
        it = m_unsaved.erase(it);
    }
    if (!articles.isEmpty())
        writeRecoveryFile();
    const bool done = m_unsaved.isEmpty();
    if (done) {
        m_retry.stop();
        m_error.clear();
    }
    for (const qint64 article : std::as_const(articles))
        Q_EMIT noteSaved(article);
    Q_EMIT changed();
    return done;
}

void SaveStatus::saveRecovered()
{
    // They join the notes waiting for the library; whatever cannot be written now stays kept.
    for (const Note &note : std::as_const(m_recovered))
        if (indexOf(m_unsaved, note.onArticle, note.id) < 0)
            m_unsaved << note;
    m_recovered.clear();
    if (!retry()) {
        writeRecoveryFile();
        m_retry.start();
    }
}

void SaveStatus::discardRecovered()
{
    m_recovered.clear();
    writeRecoveryFile();
    Q_EMIT changed();
}

void SaveStatus::writeRecoveryFile()
{
    const QString path = recoveryPath();
    if (path.isEmpty())
        return;
    if (m_unsaved.isEmpty() && m_recovered.isEmpty()) {
        QFile::remove(path);
        m_recoveryError.clear();
        return;
    }
    QJsonArray notes;
    for (const Note &note : std::as_const(m_recovered))
        notes << toJson(note);
    for (const Note &note : std::as_const(m_unsaved))
        if (indexOf(m_recovered, note.onArticle, note.id) < 0)
            notes << toJson(note);
    const QByteArray data
        = QJsonDocument(QJsonObject { { QStringLiteral("library"), m_libraryPath },
                                      { QStringLiteral("notes"), notes } })
              .toJson();
    if (writeFileAtomically(path, data, &m_recoveryError))
        m_recoveryError.clear();
}

} // namespace gloss
