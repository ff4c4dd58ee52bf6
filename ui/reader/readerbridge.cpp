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

void ReaderBridge::pageReady()
{
    Q_EMIT ready();
}

} // namespace gloss
