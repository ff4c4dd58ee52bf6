#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

#include <sqlite3.h>

namespace gloss {

QStringList AboutDialog::libraries()
{
    return {
        QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
        QStringLiteral("Qt WebEngine %1 (Chromium %2)")
            .arg(QString::fromLatin1(qWebEngineVersion()),
                 QString::fromLatin1(qWebEngineChromiumVersion())),
        QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion())),
        QStringLiteral("yaml-cpp %1").arg(QStringLiteral(GLOSS_YAMLCPP_VERSION)),
        QStringLiteral("md4c %1").arg(QStringLiteral(GLOSS_MD4C_VERSION)),
        QStringLiteral("gumbo %1").arg(QStringLiteral(GLOSS_GUMBO_VERSION)),
        QStringLiteral("uchardet %1").arg(QStringLiteral(GLOSS_UCHARDET_VERSION)),
    };
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Gloss"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    QString libs;
    for (const QString &library : libraries())
        libs += QStringLiteral("<li>%1</li>").arg(library.toHtmlEscaped());
    text->setText(tr("<h2>Gloss %1</h2>"
                     "<p>A reader and annotator for articles kept as files: read offline, "
                     "highlight, take notes, search, and export them to Markdown.</p>"
                     "<p>Built on:</p><ul>%2</ul>")
                      .arg(QCoreApplication::applicationVersion(), libs));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace gloss
