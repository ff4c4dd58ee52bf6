#include "database.h"

#include "librarybackup.h"
#include "tagname.h"
#include "text/cjktokenizer.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace gloss {

namespace {

// Migration scripts compiled into the program: :/gloss/sql/NNN_name.sql, applied in order.
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/gloss/sql"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.sql") }, QDir::Files)) {
        bool ok = false;
        const int version = name.section(u'_', 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, dir.filePath(name));
    }
    return files;
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("gloss::Database", "cannot read %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return true; // an empty file becomes a new library
    if (header != QByteArrayView("SQLite format 3\0", 16)) {
        *error = QCoreApplication::translate(
                     "gloss::Database", "%1 is not a Gloss library (it is not an SQLite database)")
                     .arg(path);
        return false;
    }
    return true;
}

} // namespace

int Database::latestSchemaVersion()
{
    const QMap<int, QString> files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

Database::OpenResult Database::open(const QString &path)
{
    OpenResult result;
    const QFileInfo info(path);
    if (info.isDir()) {
        result.error
            = QCoreApplication::translate("gloss::Database", "%1 is a folder, not a library file")
                  .arg(path);
        return result;
    }
    if (info.exists()) {
        if (!looksLikeSqlite(path, &result.error))
            return result;
    } else if (!QDir().mkpath(info.absolutePath())) {
        result.error = QCoreApplication::translate("gloss::Database", "cannot create the folder %1")
                           .arg(info.absolutePath());
        return result;
    }

    static QAtomicInteger<int> counter;
    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_connectionName = QStringLiteral("gloss-%1").arg(counter.fetchAndAddRelaxed(1));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid()) {
        result.error = QCoreApplication::translate(
            "gloss::Database", "Qt's SQLite driver is missing (install libqt6sql6-sqlite)");
        return result;
    }
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db->m_db.open()) {
        result.error = QCoreApplication::translate("gloss::Database", "cannot open %1: %2")
                           .arg(path, db->m_db.lastError().text());
        return result;
    }
    const QString error = db->prepare();
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.warning = db->m_warning;
    result.backupPath = db->m_backupPath;
    result.database = std::move(db);
    return result;
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::prepare()
{
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle)
        return QCoreApplication::translate("gloss::Database",
                                           "Qt's SQLite driver gave no database handle");

    QString error;
    if (!CjkTokenizer::registerWith(m_handle, &error))
        return error;
    if (!TagName::registerWith(m_handle, &error))
        return error;

    // Look before writing anything: a file that is not ours stays untouched.
    QSqlQuery query(m_db);
    int appId = 0;
    int objects = 0;
    // A library in WAL mode needs its folder writable even to be read.
    const auto refused = [this, &query](const char *notOurs) {
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM)
            return QCoreApplication::translate(
                       "gloss::Database",
                       "%1 cannot be written: the file or its folder is read-only (%2). Gloss "
                       "needs to write beside a library to open it; copy it somewhere writable.")
                .arg(m_path, query.lastError().text());
        return QCoreApplication::translate("gloss::Database", notOurs)
            .arg(m_path, query.lastError().text());
    };
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return refused(QT_TRANSLATE_NOOP("gloss::Database", "%1 is not a Gloss library: %2"));
    appId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return refused(QT_TRANSLATE_NOOP("gloss::Database", "%1 is not a Gloss library: %2"));
    m_schemaVersion = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return refused(
            QT_TRANSLATE_NOOP("gloss::Database", "%1 is damaged or not a Gloss library: %2"));
    objects = query.value(0).toInt();
    query.finish();

    const bool empty = appId == 0 && m_schemaVersion == 0 && objects == 0;
    if (!empty && appId != applicationId)
        return QCoreApplication::translate(
                   "gloss::Database",
                   "%1 is not a Gloss library (it is an SQLite database of another program)")
            .arg(m_path);
    if (m_schemaVersion > latestSchemaVersion())
        return QCoreApplication::translate(
                   "gloss::Database",
                   "%1 was made by a newer Gloss (library format %2; this Gloss reads "
                   "formats up to %3). Update Gloss to open it.")
            .arg(m_path)
            .arg(m_schemaVersion)
            .arg(latestSchemaVersion());

    // WAL lets the window read while an import writes; NORMAL sync is still crash-safe in WAL
    // (a killed process loses at most the transaction it was in).
    const char *pragmas = "PRAGMA journal_mode = WAL;"
                          "PRAGMA synchronous = NORMAL;"
                          "PRAGMA foreign_keys = ON;"
                          "PRAGMA temp_store = MEMORY;"
                          "PRAGMA cache_size = -32000;";
    if (sqlite3_exec(m_handle, pragmas, nullptr, nullptr, nullptr) != SQLITE_OK)
        return QCoreApplication::translate("gloss::Database", "cannot use %1: %2")
            .arg(m_path, sqliteError(m_handle));

    // An update rewrites the library: keep it as it was first. A backup that cannot be made
    // (a full disk) is reported and does not keep the library closed.
    if (m_schemaVersion > 0 && m_schemaVersion < latestSchemaVersion()) {
        const LibraryBackup::Result backup = LibraryBackup::make(m_handle, m_path);
        m_backupPath = backup.path;
        if (!backup.ok())
            m_warning = QCoreApplication::translate("gloss::Database",
                                                    "%1 is updated to library format %2 without a "
                                                    "backup of it as it was: %3")
                            .arg(m_path)
                            .arg(latestSchemaVersion())
                            .arg(backup.error);
    }
    return migrate();
}

QString Database::migrate()
{
    const QMap<int, QString> files = migrationFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= m_schemaVersion)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("gloss::Database",
                                               "migration %1 is missing from this build")
                .arg(it.value());
        const QByteArray script = file.readAll()
            + "\nPRAGMA user_version = " + QByteArray::number(it.key())
            + ";\nPRAGMA application_id = " + QByteArray::number(applicationId) + ";\n";

        if (sqlite3_exec(m_handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return QCoreApplication::translate("gloss::Database", "cannot update %1: %2")
                .arg(m_path, sqliteError(m_handle));
        if (sqlite3_exec(m_handle, script.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            const QString message = sqliteError(m_handle);
            sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return QCoreApplication::translate("gloss::Database",
                                               "cannot update %1 to library format %2: %3")
                .arg(m_path)
                .arg(it.key())
                .arg(message);
        }
        if (sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            const QString message = sqliteError(m_handle);
            sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return QCoreApplication::translate("gloss::Database", "cannot update %1: %2")
                .arg(m_path, message);
        }
        m_schemaVersion = it.key();
    }
    return {};
}

} // namespace gloss
