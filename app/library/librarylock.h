#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace gloss {

// The one writer of a library file: the Gloss window that has it open, or `gloss import`. A
// lock file beside the library (LIBRARY.lock) holds the writer's process id; a writer that
// died leaves a stale lock, which the next one takes over.
class LibraryLock
{
public:
    explicit LibraryLock(const QString &libraryPath);
    ~LibraryLock();
    LibraryLock(const LibraryLock &) = delete;
    LibraryLock &operator=(const LibraryLock &) = delete;

    // True when this process now holds the library, or when its folder takes no lock file
    // (a read-only folder: nothing can be written there by anyone).
    bool tryLock();
    bool isLocked() const;
    // Who holds it, for messages: "process 4242 (gloss) on this computer".
    QString holder() const;
    // The message when tryLock() failed.
    QString busyMessage() const;
    QString libraryPath() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace gloss
