#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace gloss {

// Edit › Preferences: reading (theme, typeface, text size, column width, remote images), the
// names of the highlight colours, export defaults, watching imported folders, and the interface
// language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;
    // The field for the name of a colour.
    QLineEdit *colorNameField(const QString &color) const;

private:
    QComboBox *m_theme;
    QComboBox *m_typeface;
    QSpinBox *m_fontSize;
    QSpinBox *m_lineWidth;
    QCheckBox *m_remoteImages;
    bool m_libraryOpen;
    QList<QLineEdit *> m_colorNames; // in the order of Highlight::colors()
    QLineEdit *m_exportFolder;
    QCheckBox *m_exportFullText;
    QCheckBox *m_watchFolders;
    QComboBox *m_language;
};

} // namespace gloss
