#include "appsettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>

namespace gloss {

namespace {

// Every key, in one place.
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString windowMainSplitter = QStringLiteral("window/mainSplitter");
const QString windowLeftSplitter = QStringLiteral("window/leftSplitter");
const QString windowArticleHeader = QStringLiteral("window/articleHeader");
const QString importWatch = QStringLiteral("import/watchFolders");
const QString sessionLibrary = QStringLiteral("session/library");
const QString sessionCategory = QStringLiteral("session/category");
const QString sessionArticle = QStringLiteral("session/article");
const QString sessionTag = QStringLiteral("session/tag");
const QString readerTheme = QStringLiteral("reader/theme");
const QString readerTypeface = QStringLiteral("reader/typeface");
const QString readerFontSize = QStringLiteral("reader/fontSize");
const QString readerLineWidth = QStringLiteral("reader/lineWidth");
const QString exportLastFolder = QStringLiteral("export/lastFolder");
const QString exportFullTextKey = QStringLiteral("export/fullText");
const QString importLastFolder = QStringLiteral("import/lastFolder");
const QString annotationsLastFile = QStringLiteral("annotations/lastFile");
const QString uiLanguage = QStringLiteral("ui/language");
// A list of "id path" lines rather than a key per id: QSettings keys are not meant to be data.
const QString librariesKnown = QStringLiteral("libraries/known");
// Enough for everyone's libraries; the oldest are forgotten past it.
constexpr int maxLibraries = 50;

} // namespace

void AppSettings::restoreWindow(QMainWindow *window, QHeaderView *articleHeader) const
{
    window->restoreGeometry(m_settings.value(windowGeometry).toByteArray());
    window->restoreState(m_settings.value(windowState).toByteArray());
    if (auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(m_settings.value(windowMainSplitter).toByteArray());
    if (auto *splitter = window->findChild<QSplitter *>(QStringLiteral("leftSplitter")))
        splitter->restoreState(m_settings.value(windowLeftSplitter).toByteArray());
    articleHeader->restoreState(m_settings.value(windowArticleHeader).toByteArray());
}

void AppSettings::saveWindow(const QMainWindow *window, const QHeaderView *articleHeader)
{
    m_settings.setValue(windowGeometry, window->saveGeometry());
    m_settings.setValue(windowState, window->saveState());
    if (auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        m_settings.setValue(windowMainSplitter, splitter->saveState());
    if (auto *splitter = window->findChild<QSplitter *>(QStringLiteral("leftSplitter")))
        m_settings.setValue(windowLeftSplitter, splitter->saveState());
    m_settings.setValue(windowArticleHeader, articleHeader->saveState());
}

AppSettings::Session AppSettings::session() const
{
    return { m_settings.value(sessionLibrary).toString(),
             m_settings.value(sessionCategory).toStringList(),
             m_settings.value(sessionArticle).toLongLong(),
             m_settings.value(sessionTag).toString() };
}

void AppSettings::setSession(const Session &session)
{
    m_settings.setValue(sessionLibrary, session.library);
    m_settings.setValue(sessionCategory, session.category);
    m_settings.setValue(sessionArticle, session.article);
    m_settings.setValue(sessionTag, session.tag);
}

ReaderSettings AppSettings::reader() const
{
    ReaderSettings s;
    s.theme = ReaderSettings::themeFromName(m_settings.value(readerTheme).toString());
    s.typeface = m_settings.value(readerTypeface).toString() == u"sans"
        ? ReaderSettings::Typeface::Sans
        : ReaderSettings::Typeface::Serif;
    s.fontSize = qBound(ReaderSettings::minFontSize,
                        m_settings.value(readerFontSize, ReaderSettings::defaultFontSize).toInt(),
                        ReaderSettings::maxFontSize);
    s.lineWidth
        = qBound(ReaderSettings::minLineWidth, m_settings.value(readerLineWidth, 42).toInt(),
                 ReaderSettings::maxLineWidth);
    return s;
}

void AppSettings::setReader(const ReaderSettings &settings)
{
    m_settings.setValue(readerTheme, ReaderSettings::themeName(settings.theme));
    m_settings.setValue(readerTypeface,
                        settings.typeface == ReaderSettings::Typeface::Sans
                            ? QStringLiteral("sans")
                            : QStringLiteral("serif"));
    m_settings.setValue(readerFontSize, settings.fontSize);
    m_settings.setValue(readerLineWidth, settings.lineWidth);
}

QString AppSettings::exportFolder() const
{
    return m_settings.value(exportLastFolder).toString();
}

bool AppSettings::exportFullText() const
{
    return m_settings.value(exportFullTextKey, false).toBool();
}

void AppSettings::setExportDefaults(const QString &folder, bool fullText)
{
    m_settings.setValue(exportLastFolder, folder);
    m_settings.setValue(exportFullTextKey, fullText);
}

QString AppSettings::annotationFile() const
{
    return m_settings.value(annotationsLastFile).toString();
}

void AppSettings::setAnnotationFile(const QString &file)
{
    m_settings.setValue(annotationsLastFile, file);
}

QString AppSettings::importFolder() const
{
    return m_settings.value(importLastFolder).toString();
}

void AppSettings::setImportFolder(const QString &folder)
{
    m_settings.setValue(importLastFolder, folder);
}

bool AppSettings::watchFolders() const
{
    return m_settings.value(importWatch, true).toBool();
}

void AppSettings::setWatchFolders(bool on)
{
    m_settings.setValue(importWatch, on);
}

void AppSettings::rememberLibrary(const QString &id, const QString &path)
{
    if (id.isEmpty() || path.isEmpty())
        return;
    QStringList known { id + u' ' + path };
    for (const QString &line : m_settings.value(librariesKnown).toStringList()) {
        const qsizetype space = line.indexOf(u' ');
        if (space > 0 && QStringView(line).left(space) != id
            && QStringView(line).mid(space + 1) != path && known.size() < maxLibraries)
            known << line;
    }
    m_settings.setValue(librariesKnown, known);
}

QString AppSettings::libraryPath(const QString &id) const
{
    if (id.isEmpty())
        return {};
    for (const QString &line : m_settings.value(librariesKnown).toStringList()) {
        const qsizetype space = line.indexOf(u' ');
        if (space > 0 && QStringView(line).left(space) == id)
            return line.mid(space + 1);
    }
    return {};
}

QStringList AppSettings::libraryPaths() const
{
    QStringList paths;
    for (const QString &line : m_settings.value(librariesKnown).toStringList()) {
        const qsizetype space = line.indexOf(u' ');
        if (space > 0)
            paths << line.mid(space + 1);
    }
    return paths;
}

QString AppSettings::language() const
{
    return m_settings.value(uiLanguage).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(uiLanguage);
    else
        m_settings.setValue(uiLanguage, code);
}

} // namespace gloss
