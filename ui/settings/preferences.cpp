#include "preferences.h"

#include "appsettings.h"
#include "language.h"

namespace gloss {

Preferences Preferences::load()
{
    const AppSettings settings;
    Preferences p;
    p.reader = settings.reader();
    p.exportFolder = settings.exportFolder();
    p.exportFullText = settings.exportFullText();
    p.watchFolders = settings.watchFolders();
    p.language = Language::chosen();
    return p;
}

void Preferences::save() const
{
    AppSettings settings;
    settings.setReader(reader);
    settings.setExportDefaults(exportFolder, exportFullText);
    settings.setWatchFolders(watchFolders);
    Language::choose(language);
}

} // namespace gloss
