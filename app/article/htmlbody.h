#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

class QTemporaryFile;

namespace gloss {

// An article's HTML as the parser made it: in memory, or, for a large Markdown post, rendered
// straight into a temporary file, so that the post's source and its HTML are never both held
// whole. The importer stores either kind without reading a spooled one back whole.
class HtmlBody
{
public:
    HtmlBody() = default;
    explicit HtmlBody(QByteArray html);
    // The HTML is what `file` holds, from its start; the file goes with this body.
    static HtmlBody spooled(std::shared_ptr<QTemporaryFile> file, qint64 size);

    bool isSpooled() const { return m_file != nullptr; }
    qint64 size() const { return m_file ? m_size : m_html.size(); }
    // The HTML in memory (empty for a spooled body).
    const QByteArray &bytes() const { return m_html; }

    // Hands the HTML over in order, in pieces of at most chunkSize bytes, until `chunk` says
    // false. False with *error set when a spooled body cannot be read back.
    static constexpr qsizetype chunkSize = 1024 * 1024;
    bool read(const std::function<bool(QByteArrayView)> &chunk, QString *error) const;

    // The whole HTML in memory (a spooled body read back), or an empty array with *error set.
    QByteArray take(QString *error = nullptr);

private:
    QByteArray m_html;
    std::shared_ptr<QTemporaryFile> m_file;
    qint64 m_size = 0;
};

} // namespace gloss
