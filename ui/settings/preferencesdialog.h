#pragma once

#include "reader/readersettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace gloss {

// Every setting Gloss has, in one place.
struct Preferences
{
    ReaderSettings reader;
    bool remoteImages = false; // for the open library
    QString exportFolder;
    bool exportFullText = false;
    QString language; // empty: the system's

    // From QSettings (remoteImages belongs to the library and is left false).
    static Preferences load();
    // To QSettings (not remoteImages).
    void save() const;
    // The folder and full-text choice of the last export become the next one's defaults.
    static void rememberExport(const QString &folder, bool fullText);
};

// Edit › Preferences: reading (theme, typeface, text size, column width, remote images),
// export defaults, and the interface language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    QComboBox *m_theme;
    QComboBox *m_typeface;
    QSpinBox *m_fontSize;
    QSpinBox *m_lineWidth;
    QCheckBox *m_remoteImages;
    QLineEdit *m_exportFolder;
    QCheckBox *m_exportFullText;
    QComboBox *m_language;
};

} // namespace gloss
