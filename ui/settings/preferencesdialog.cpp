#include "preferencesdialog.h"

#include "language.h"
#include "library/tagname.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gloss {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_typeface(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_lineWidth(new QSpinBox(this))
    , m_remoteImages(new QCheckBox(tr("Load &remote images in this library's articles"), this))
    , m_libraryOpen(preferences.libraryOpen)
    , m_exportFolder(new QLineEdit(this))
    , m_exportFullText(new QCheckBox(tr("Include the article &text"), this))
    , m_watchFolders(new QCheckBox(tr("Watch imported f&olders for changes"), this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));

    m_theme->addItem(tr("System"), int(ReaderSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(ReaderSettings::Theme::Light));
    m_theme->addItem(tr("Sepia"), int(ReaderSettings::Theme::Sepia));
    m_theme->addItem(tr("Dark"), int(ReaderSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(preferences.reader.theme)));
    m_typeface->addItem(tr("Serif (Noto Serif CJK)"), int(ReaderSettings::Typeface::Serif));
    m_typeface->addItem(tr("Sans serif (Noto Sans CJK)"), int(ReaderSettings::Typeface::Sans));
    m_typeface->setCurrentIndex(m_typeface->findData(int(preferences.reader.typeface)));
    m_fontSize->setRange(ReaderSettings::minFontSize, ReaderSettings::maxFontSize);
    m_fontSize->setSuffix(tr(" px"));
    m_fontSize->setValue(preferences.reader.fontSize);
    m_lineWidth->setRange(ReaderSettings::minLineWidth, ReaderSettings::maxLineWidth);
    m_lineWidth->setSuffix(tr(" characters"));
    m_lineWidth->setValue(preferences.reader.lineWidth);
    m_remoteImages->setChecked(preferences.remoteImages);
    m_remoteImages->setToolTip(
        tr("Images only: no script, style sheet, frame or font is ever loaded from the web."));

    auto *reading = new QGroupBox(tr("Reading"), this);
    auto *readingForm = new QFormLayout(reading);
    readingForm->addRow(tr("T&heme:"), m_theme);
    readingForm->addRow(tr("T&ypeface:"), m_typeface);
    readingForm->addRow(tr("Text &size:"), m_fontSize);
    readingForm->addRow(tr("Column &width:"), m_lineWidth);
    readingForm->addRow(m_remoteImages);

    auto *colors = new QGroupBox(tr("Highlight Colours"), this);
    auto *colorsForm = new QFormLayout(colors);
    auto *colorsNote = new QLabel(tr("Names belong to the open library. They show in the menus "
                                     "and the notes pane, and the Markdown export tags "
                                     "highlights with them (#gloss/name)."),
                                  this);
    colorsNote->setWordWrap(true);
    colorsForm->addRow(colorsNote);
    for (const QString &color : Highlight::colors()) {
        auto *field = new QLineEdit(preferences.colorNames.value(color), this);
        field->setPlaceholderText(Highlight::colorLabel(color));
        field->setMaxLength(TagName::maxLength);
        m_colorNames << field;
        colorsForm->addRow(Highlight::colorMenuText(color) + u':', field);
    }
    if (!preferences.libraryOpen) {
        colors->setEnabled(false);
        colorsForm->addRow(new QLabel(tr("Open a library to name its colours."), this));
    }

    m_exportFolder->setText(QDir::toNativeSeparators(preferences.exportFolder));
    m_exportFolder->setPlaceholderText(tr("Asked for at the first export"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Default Export Folder"), QDir::fromNativeSeparators(m_exportFolder->text()));
        if (!folder.isEmpty())
            m_exportFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(browse);
    m_exportFullText->setChecked(preferences.exportFullText);
    auto *exporting = new QGroupBox(tr("Markdown Export"), this);
    auto *exportForm = new QFormLayout(exporting);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_exportFolder);
    exportForm->addRow(folderLabel, folderRow);
    exportForm->addRow(m_exportFullText);

    m_watchFolders->setChecked(preferences.watchFolders);
    m_watchFolders->setToolTip(tr("A post saved, added or deleted in a folder the library was "
                                  "imported from is imported again while Gloss is open"));
    auto *importing = new QGroupBox(tr("Import"), this);
    auto *importForm = new QFormLayout(importing);
    importForm->addRow(m_watchFolders);

    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
    auto *interfaceBox = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    interfaceForm->addRow(tr("&Language:"), m_language);
    interfaceForm->addRow(new QLabel(tr("A new language applies when Gloss starts again."), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reading);
    layout->addWidget(colors);
    layout->addWidget(exporting);
    layout->addWidget(importing);
    layout->addWidget(interfaceBox);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.reader.theme = ReaderSettings::Theme(m_theme->currentData().toInt());
    p.reader.typeface = ReaderSettings::Typeface(m_typeface->currentData().toInt());
    p.reader.fontSize = m_fontSize->value();
    p.reader.lineWidth = m_lineWidth->value();
    p.remoteImages = m_remoteImages->isChecked();
    p.libraryOpen = m_libraryOpen;
    const QStringList colors = Highlight::colors();
    for (int i = 0; i < colors.size(); ++i) {
        if (const QString name = m_colorNames.at(i)->text().trimmed(); !name.isEmpty())
            p.colorNames.insert(colors.at(i), name);
    }
    p.exportFolder = QDir::fromNativeSeparators(m_exportFolder->text().trimmed());
    p.exportFullText = m_exportFullText->isChecked();
    p.watchFolders = m_watchFolders->isChecked();
    p.language = m_language->currentData().toString();
    return p;
}

QLineEdit *PreferencesDialog::colorNameField(const QString &color) const
{
    return m_colorNames.value(Highlight::colors().indexOf(color));
}

} // namespace gloss
