#pragma once

#include <QList>
#include <QString>

namespace gloss {

// A file the import could not take, or took with a remark.
struct ImportIssue
{
    QString path;
    QString message;
};

// Where an import is; handed to the progress handler.
struct ImportProgress
{
    enum class Phase { Scanning, Storing, Indexing, Finished };
    Phase phase = Phase::Scanning;
    int done = 0;
    int total = 0;
};

// What an import did.
struct ImportReport
{
    QString fatalError; // set when the import could not run at all
    int found = 0; // post files found in the folder
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int missing = 0; // articles under the folder whose file is gone (their annotations are kept)
    int foundAgain = 0; // articles whose file, missing before, is back
    QList<ImportIssue> failures;
    QList<ImportIssue> warnings;
    bool canceled = false;
    bool indexComplete = false; // search covers every article of the library
    double storedSeconds = 0; // until every article was stored and browsable
    double seconds = 0; // until the search index was complete too

    int failed() const { return int(failures.size()); }
    bool ran() const { return fatalError.isEmpty(); }
    // "imported 3, updated 0, unchanged 12, failed 1, in 0.21 s (76 articles/s)"
    QString summary() const;
};

} // namespace gloss
