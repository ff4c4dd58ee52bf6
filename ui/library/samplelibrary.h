#pragma once

#include <QString>

namespace gloss {

// The sample posts that ship inside Gloss (resources/sample), for a first look.
class SampleLibrary
{
public:
    // Writes the sample posts to a folder in the user's data directory (again, if a file is
    // missing or stale) and returns it; empty with *error set when it cannot be written.
    static QString extract(QString *error);
    static QString libraryPath();
};

} // namespace gloss
