#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

namespace gloss {

class Database;

// Whether what a person changes reaches the library. It remembers the last refusal until a
// save succeeds, and keeps every note typed while the library could not be written: in memory,
// in a recovery file beside the library, and in the library itself as soon as it can be written
// again (it tries every few seconds). Notes a previous run could not save are offered back.
class SaveStatus : public QObject
{
    Q_OBJECT
public:
    struct Note
    {
        bool onArticle = false; // the article's own note, else a highlight's
        qint64 id = 0; // the highlight (or the article)
        qint64 articleId = 0;
        QString text;
        QDateTime typedAt;
    };

    explicit SaveStatus(QObject *parent = nullptr);

    // The library whose saves this follows (null: none); loads what an earlier run left.
    void setLibrary(const Database *db);
    QString libraryPath() const { return m_libraryPath; }
    QString recoveryPath() const;

    // A write to the library failed with error, or one succeeded.
    void failed(const QString &error);
    void saved();
    bool isFailing() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // A note that could not be saved; and a note whose latest text was saved after all.
    void keepNote(const Note &note);
    void forgetNote(bool onArticle, qint64 id);
    QList<Note> unsaved() const { return m_unsaved; }
    // Whether the recovery file holds every unsaved note (false when it could not be written).
    bool recoveryKept() const { return m_recoveryError.isEmpty(); }
    QString recoveryError() const { return m_recoveryError; }

    // Notes an earlier run could not save, waiting for the person to save or discard them.
    QList<Note> recovered() const { return m_recovered; }
    void saveRecovered();
    void discardRecovered();

    // Writes the unsaved notes now; true when none is left.
    bool retry();

Q_SIGNALS:
    void changed();
    // A kept note reached the library (after a retry or once recovered).
    void noteSaved(qint64 articleId);

private:
    bool write(const Note &note, QString *error) const;
    void writeRecoveryFile();

    const Database *m_db = nullptr;
    QString m_libraryPath;
    QString m_error;
    QString m_recoveryError;
    QList<Note> m_unsaved;
    QList<Note> m_recovered;
    QTimer m_retry;
};

} // namespace gloss
