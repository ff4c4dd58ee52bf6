#pragma once

// Helpers shared by the tests: where the corpus and the fixtures are, and file utilities.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>

namespace gloss::test {

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

} // namespace gloss::test
