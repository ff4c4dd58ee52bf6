#include "savewarning.h"

#include "annotate/savestatus.h"
#include "messagebar.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>

namespace gloss {

SaveWarning::SaveWarning(SaveStatus *status, MessageBar *bar, QWidget *window)
    : QObject(window)
    , m_status(status)
    , m_bar(bar)
    , m_window(window)
{
    connect(m_status, &SaveStatus::changed, this, &SaveWarning::update);
    connect(m_bar, &MessageBar::buttonClicked, this, &SaveWarning::buttonClicked);
}

void SaveWarning::update()
{
    const QString library = QDir::toNativeSeparators(m_status->libraryPath()).toHtmlEscaped();
    const int unsaved = int(m_status->unsaved().size());
    if (m_status->isFailing()) {
        // The reason names the library file.
        QString text
            = tr("<b>Your changes are not saved:</b> %1.").arg(m_status->error().toHtmlEscaped());
        if (unsaved > 0 && m_status->recoveryKept())
            text += u' '
                + tr("%n note(s) you typed are kept beside the library and will be saved as "
                     "soon as it can be written again.",
                     nullptr, unsaved);
        else if (unsaved > 0)
            text += u' '
                + tr("%n note(s) you typed could not be kept on disk either: leave Gloss open "
                     "until they are saved.",
                     nullptr, unsaved);
        else
            text += u' ' + tr("The last change was not made.");
        m_bar->showMessage(MessageBar::Kind::Warning, text, { tr("&Try Again"), tr("&Details…") });
    } else if (const auto recovered = m_status->recovered(); !recovered.isEmpty()) {
        m_bar->showMessage(
            MessageBar::Kind::Question,
            tr("%n note(s) typed in an earlier session could not be saved to %1 then.", nullptr,
               int(recovered.size()))
                .arg(library),
            { tr("&Save Them"), tr("Di&scard…") });
    } else {
        m_bar->hide();
    }
}

void SaveWarning::buttonClicked(int button)
{
    if (m_status->isFailing()) {
        if (button == 0)
            m_status->retry();
        else
            showDetails();
    } else if (button == 0) {
        m_status->saveRecovered();
    } else if (QMessageBox::question(
                   m_window, tr("Discard Unsaved Notes"),
                   tr("Discard the %n note(s) that could not be saved? This cannot be undone.",
                      nullptr, int(m_status->recovered().size())))
               == QMessageBox::Yes) {
        m_status->discardRecovered();
    }
}

void SaveWarning::showDetails()
{
    QStringList lines;
    lines << tr("Library: %1").arg(QDir::toNativeSeparators(m_status->libraryPath()))
          << tr("Reason: %1").arg(m_status->error());
    if (m_status->recoveryKept())
        lines << tr("Unsaved notes are kept in: %1")
                     .arg(QDir::toNativeSeparators(m_status->recoveryPath()));
    else
        lines << tr("The recovery file could not be written: %1").arg(m_status->recoveryError());
    for (const SaveStatus::Note &note : m_status->unsaved())
        lines << QString()
              << tr("Note typed %1:")
                     .arg(QLocale().toString(note.typedAt.toLocalTime(), QLocale::ShortFormat))
              << note.text;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Changes Not Saved"),
        tr("The library cannot be written, so Gloss could not save your last change. Free some "
           "disk space, or make the file and its folder writable again; Gloss tries again "
           "every few seconds."),
        QMessageBox::Close, m_window);
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool SaveWarning::mayClose()
{
    if (m_status->unsaved().isEmpty() || m_status->retry() || m_status->recoveryKept())
        return true; // what is left is in the recovery file, offered when the library opens
    return QMessageBox::warning(
               m_window, tr("Notes Not Saved"),
               tr("%n note(s) could not be saved to the library, nor kept beside it: %1\n\n"
                  "Close anyway and lose them?",
                  nullptr, int(m_status->unsaved().size()))
                   .arg(m_status->error()),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

} // namespace gloss
