#include "readerbridge.h"

namespace gloss {

void ReaderBridge::setSettings(const QVariantMap &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    Q_EMIT settingsChanged(m_settings);
}

void ReaderBridge::setInitialPosition(double position)
{
    m_initialPosition = position;
    Q_EMIT initialPositionChanged();
}

void ReaderBridge::hitTestAnswered(double id)
{
    if (id >= 0 && id < 9e15)
        Q_EMIT hitTestResult(qint64(id));
}

void ReaderBridge::highlightsPainted(int marks)
{
    Q_EMIT paintDone(marks);
}

void ReaderBridge::pageReady(int codeBlocks)
{
    Q_EMIT ready(codeBlocks);
}

} // namespace gloss
