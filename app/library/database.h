#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace gloss {

// One open library file: an SQLite database in WAL mode with foreign keys on, the search
// tokenizer registered, and the schema migrated to the version this Gloss knows.
// A connection belongs to the thread that opened it; open one per thread.
class Database
{
public:
    struct OpenResult
    {
        std::unique_ptr<Database> database;
        QString error; // why the file was refused; it is left as it was
        // The library opened, but a person should hear of this (the backup before an update of
        // its format failed); names the file.
        QString warning;
        QString backupPath; // the copy made before an update of the format; empty when none
    };

    // Opens (or creates) the library at path. A file that is not a Gloss library, or one
    // made by a newer Gloss, is refused and not written to.
    static OpenResult open(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    sqlite3 *handle() const { return m_handle; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    static int latestSchemaVersion();
    static constexpr int applicationId = 0x476c7373; // "Glss" in PRAGMA application_id

private:
    Database() = default;
    QString prepare();
    QString migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_warning;
    QString m_backupPath;
    sqlite3 *m_handle = nullptr;
    int m_schemaVersion = 0;
};

} // namespace gloss
