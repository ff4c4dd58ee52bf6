#pragma once

// Helpers shared by the tests: where the corpus and the fixtures are, and file utilities.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace gloss::test {

// A small file system of its own (a tmpfs: mounting needs root, and the suite runs as root in
// CI) that can be filled up; unmounted when it goes.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &size)
    {
        m_mounted = geteuid() == 0 && m_dir.isValid()
            && QProcess::execute(QStringLiteral("mount"),
                                 { QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                   QStringLiteral("-o"), QStringLiteral("size=") + size,
                                   QStringLiteral("tmpfs"), m_dir.path() })
                == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), m_dir.path() });
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Writes the file name until the disk refuses; its path, or empty if nothing refused.
    QString fill(const QString &name) const
    {
        QFile file(filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        const QByteArray chunk(4096, 'x');
        for (int i = 0; i < 1 << 20; ++i) {
            if (file.write(chunk) != chunk.size() || !file.flush())
                return file.fileName();
        }
        return {};
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// ../shared/corpus beside the checkout; GLOSS_CORPUS_DIR in the environment overrides it.
inline QString corpusDir()
{
    const QString fromEnvironment = qEnvironmentVariable("GLOSS_CORPUS_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(GLOSS_CORPUS_DIR) : fromEnvironment;
}

inline QString seedPath()
{
    return corpusDir() + QStringLiteral("/seed/000_ef5d5e89255a9b09.txt");
}

inline QString fixture(const QString &relative)
{
    return QStringLiteral(GLOSS_FIXTURES_DIR) + u'/' + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// Copies every file under `from` to the same relative path under `to`.
inline int copyTree(const QString &from, const QString &to)
{
    int copied = 0;
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (writeFile(target, readFile(source)))
            ++copied;
    }
    return copied;
}

// The corpus posts (seed, hexo-html, hexo-markdown), without its README.
inline QStringList corpusPosts()
{
    QStringList posts;
    for (const QString &folder :
         { QStringLiteral("seed"), QStringLiteral("hexo-html"), QStringLiteral("hexo-markdown") }) {
        QDirIterator it(corpusDir() + u'/' + folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            posts << it.next();
    }
    posts.sort();
    return posts;
}

// A post with stray bytes put in, as a damaged file would have them.
struct StrayBytes
{
    QByteArray bytes; // the post with the pieces in
    QList<qsizetype> offsets; // where each inserted byte is in `bytes`
    QByteArray clean; // what a tolerant reading gives: NULs left out, other bytes as U+FFFD
};

// Puts each piece just before the first '<' at or after its offset in post (a character
// boundary of an HTML body); offsets ascending.
inline StrayBytes insertStrayBytes(const QByteArray &post,
                                   const QList<QPair<qsizetype, QByteArray>> &pieces)
{
    StrayBytes out { post, {}, post };
    qsizetype shift = 0;
    qsizetype cleanShift = 0;
    for (const auto &[offset, piece] : pieces) {
        const qsizetype at = post.indexOf('<', offset);
        out.bytes.insert(at + shift, piece);
        QByteArray replaced;
        for (qsizetype i = 0; i < piece.size(); ++i) {
            out.offsets << at + shift + i;
            if (piece.at(i) != '\0')
                replaced += "\xEF\xBF\xBD";
        }
        out.clean.insert(at + cleanShift, replaced);
        shift += piece.size();
        cleanShift += replaced.size();
    }
    return out;
}

// What a program printed and how it ended; exitCode is -1 when it crashed or did not finish.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to its end. With keepEventsTurning, this thread's event loop goes on meanwhile
// (a window in this process may have to answer the program).
inline Run run(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 120000, bool keepEventsTurning = false)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return { -1, {}, program + QStringLiteral(" did not start") };
    const bool finished = keepEventsTurning
        ? QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)
        : process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return { -1, {}, program + QStringLiteral(" did not finish") };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace gloss::test
