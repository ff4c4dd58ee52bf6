#pragma once

#include <QByteArray>
#include <QString>

namespace gloss {

// Writes a whole file or nothing: through QSaveFile, with the buffer flushed and checked before
// the commit (QSaveFile::commit alone reports success when the final flush found the disk full,
// and leaves an empty file). False with *error naming the file and the reason.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace gloss
