#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace gloss {

// Writes JSON text as it goes, indented by two spaces: for files of many thousands of objects,
// where building a QJsonDocument first costs several times the writing. Keys are ASCII names
// given by the program; strings are any text (escaped as RFC 8259 requires, the rest UTF-8).
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next value belongs to this member of the current object.
    JsonWriter &key(QLatin1String name);
    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }

    QByteArray take();

private:
    void beforeValue();
    void newLine();

    QByteArray m_out;
    QList<bool> m_empty; // one per open object or array: nothing in it yet
    bool m_afterKey = false;
};

} // namespace gloss
