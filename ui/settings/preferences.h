#pragma once

#include "annotate/highlight.h"
#include "reader/readersettings.h"

#include <QString>

namespace gloss {

// Every setting Gloss has, as Edit › Preferences shows them.
struct Preferences
{
    ReaderSettings reader;
    bool remoteImages = false; // for the open library
    // The names the open library gives the highlight colours (kept in the library, so the
    // window and `gloss export` agree); only with a library open.
    bool libraryOpen = false;
    ColorNames colorNames;
    QString exportFolder;
    bool exportFullText = false;
    bool watchFolders = true; // re-import a library's folders when their posts change
    QString language; // empty: the system's

    // The per-user ones, from AppSettings (remoteImages and colorNames belong to the library:
    // left empty).
    static Preferences load();
    // The per-user ones, to AppSettings (not remoteImages nor colorNames).
    void save() const;
};

} // namespace gloss
