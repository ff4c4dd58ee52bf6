#pragma once

#include "reader/readersettings.h"

#include <QString>

namespace gloss {

// Every setting Gloss has, as Edit › Preferences shows them.
struct Preferences
{
    ReaderSettings reader;
    bool remoteImages = false; // for the open library
    QString exportFolder;
    bool exportFullText = false;
    QString language; // empty: the system's

    // The per-user ones, from AppSettings (remoteImages belongs to the library: left false).
    static Preferences load();
    // The per-user ones, to AppSettings (not remoteImages).
    void save() const;
};

} // namespace gloss
