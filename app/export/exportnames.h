#pragma once

#include <QString>

namespace gloss {

// File and folder names for exported notes: no path separators, "..", control characters or
// names Windows reserves; at most 120 bytes of UTF-8, cut at a character boundary.
class ExportNames
{
public:
    static constexpr int maxBytes = 120;

    // A safe name for one path component ("" becomes "untitled").
    static QString component(const QString &name, const QString &suffix = {});
    // An article's file: its title plus its id, stable across exports ("Title (12).md").
    static QString articleFile(const QString &title, qint64 id);
};

} // namespace gloss
