// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReader.h"

#include "EncryptedExport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    constexpr qint64 BufferSize = qint64(256) * 1024;
    constexpr qint64 ProgressEvery = qint64(64) * 1024;

    /// The device's bytes in blocks, with what is needed to name a line and column later.
    struct Bytes {
        QIODevice &device;
        QByteArray buffer;
        qsizetype at = 0;
        qint64 bufferStart = 0; ///< offset in the stream of buffer[0]
        qint64 newlines = 0; ///< before bufferStart
        qint64 lastNewline = -1; ///< offset of the last '\n' before bufferStart
        bool failed = false;
        bool ended = false;

        bool atEnd()
        {
            if (at < buffer.size())
                return false;
            if (ended)
                return true;
            for (const char c : std::as_const(buffer))
                if (c == '\n')
                    ++newlines;
            if (const qsizetype last = buffer.lastIndexOf('\n'); last >= 0)
                lastNewline = bufferStart + last;
            bufferStart += buffer.size();
            buffer.resize(BufferSize);
            const qint64 n = device.read(buffer.data(), BufferSize);
            failed = n < 0;
            buffer.resize(n > 0 ? n : 0);
            at = 0;
            ended = n <= 0;
            return ended;
        }

        qint64 consumed() const { return bufferStart + at; }

        /// 1-based line and column of the byte at `offset` (within the current buffer or
        /// just past it).
        std::pair<qint64, qint64> lineAndColumn(qint64 offset)
        {
            qint64 lines = newlines;
            qint64 last = lastNewline;
            const qint64 end = qBound<qint64>(0, offset - bufferStart, buffer.size());
            for (qint64 i = 0; i < end; ++i)
                if (buffer.at(i) == '\n') {
                    ++lines;
                    last = bufferStart + i;
                }
            return { lines + 1, offset - last };
        }
    };

    /// An input iterator over Bytes, as nlohmann::json's parser reads its input.
    struct ByteIterator {
        using iterator_category = std::input_iterator_tag;
        using value_type = char;
        using difference_type = std::ptrdiff_t;
        using pointer = const char *;
        using reference = const char &;

        Bytes *bytes = nullptr; ///< null: the end

        reference operator*() const { return bytes->buffer.constData()[bytes->at]; }
        ByteIterator &operator++()
        {
            ++bytes->at;
            return *this;
        }
        ByteIterator operator++(int)
        {
            ByteIterator before = *this;
            ++bytes->at;
            return before;
        }
        bool operator==(const ByteIterator &other) const
        {
            const bool end = !bytes || bytes->atEnd();
            const bool otherEnd = !other.bytes || other.bytes->atEnd();
            return end && otherEnd && (!bytes || !other.bytes || bytes == other.bytes);
        }
        bool operator!=(const ByteIterator &other) const { return !(*this == other); }
    };

    using Json = nlohmann::json;

    /// The parser's UTF-8 as text. QString::fromUtf8() takes a leading EF BB BF for a
    /// byte-order mark and drops it; inside a JSON string it is a U+FEFF of the text, kept.
    QString text(const std::string &utf8)
    {
        static constexpr std::string_view Bom = "\xEF\xBB\xBF";
        QString out;
        std::size_t at = 0;
        while (std::string_view(utf8).substr(at, Bom.size()) == Bom) {
            out += QChar(0xFEFF);
            at += Bom.size();
        }
        return out + QString::fromUtf8(utf8.data() + at, qsizetype(utf8.size() - at));
    }

    /// Builds one JSON value (a record, a setting) from parser events.
    class ValueBuilder {
    public:
        bool active() const { return !m_frames.empty(); }
        void startObject() { m_frames.push_back({ true, {}, {}, {} }); }
        void startArray() { m_frames.push_back({ false, {}, {}, {} }); }
        void key(QString key) { m_frames.back().key = std::move(key); }
        /// Adds `value`; true when that completes the value being built (see take()).
        bool add(QJsonValue value)
        {
            if (m_frames.empty()) {
                m_done = std::move(value);
                return true;
            }
            Frame &top = m_frames.back();
            if (top.isObject)
                top.object.insert(top.key, value);
            else
                top.array.append(value);
            return false;
        }
        bool end()
        {
            Frame frame = std::move(m_frames.back());
            m_frames.pop_back();
            return add(frame.isObject ? QJsonValue(frame.object) : QJsonValue(frame.array));
        }
        QJsonValue take() { return std::exchange(m_done, QJsonValue()); }

    private:
        struct Frame {
            bool isObject;
            QJsonObject object;
            QJsonArray array;
            QString key;
        };
        std::vector<Frame> m_frames;
        QJsonValue m_done;
    };

    /// The SAX handler: where in the document the parser is, and what it hands out there.
    class Sax {
    public:
        Sax(ImportHandler &handler, Bytes &bytes)
            : m_handler(handler)
            , m_bytes(bytes)
        {
        }

        std::optional<Error> syntax;
        bool notObject = false;
        bool notObjectIsList = false;

        bool null() { return scalar(QJsonValue::Null); }
        bool boolean(bool value) { return scalar(value); }
        bool number_integer(Json::number_integer_t value) { return scalar(qint64(value)); }
        bool number_unsigned(Json::number_unsigned_t value)
        {
            return value <= Json::number_unsigned_t(std::numeric_limits<qint64>::max())
                ? scalar(qint64(value))
                : scalar(double(value));
        }
        bool number_float(Json::number_float_t value, const Json::string_t &)
        {
            return scalar(double(value));
        }
        bool string(Json::string_t &value) { return scalar(text(value)); }
        bool binary(Json::binary_t &) { return scalar(QJsonValue::Undefined); }

        bool start_object(std::size_t) { return start(true); }
        bool start_array(std::size_t) { return start(false); }
        bool end_object() { return end(); }
        bool end_array() { return end(); }

        bool key(Json::string_t &value)
        {
            QString key = text(value);
            if (m_skip > 0)
                return true;
            if (m_builder.active())
                m_builder.key(std::move(key));
            else
                m_key = std::move(key);
            return true;
        }

        bool parse_error(
            std::size_t position, const std::string &, const nlohmann::detail::exception &e)
        {
            // Offsets count the byte that broke the syntax too (or the end).
            const qint64 offset = qint64(position) > 0 ? qint64(position) - 1 : 0;
            const auto [line, column] = m_bytes.lineAndColumn(offset);
            QString what;
            if (m_bytes.atEnd() && m_bytes.consumed() <= qint64(position))
                what = tr("the file ends too early");
            else if (e.id == 406)
                what = tr("a number is too large");
            else if (e.id == 101)
                what = tr("something that is not JSON, or text that is not UTF-8");
            else
                what = tr("a broken escape in a text");
            syntax = Error { tr("The file is not a readable Rekindle export: %1 at line %2, "
                                "column %3. Nothing was changed.")
                                 .arg(what)
                                 .arg(line)
                                 .arg(column),
                u"offset %1"_s.arg(offset) };
            return false;
        }

    private:
        enum class Where { Start, Top, Records, Settings, Kind, Done };

        bool start(bool object)
        {
            if (m_skip > 0) {
                ++m_skip;
                return true;
            }
            if (m_builder.active()) {
                object ? m_builder.startObject() : m_builder.startArray();
                return true;
            }
            switch (m_where) {
            case Where::Start:
                if (!object) {
                    notObject = true;
                    notObjectIsList = true;
                    return false;
                }
                m_where = Where::Top;
                return true;
            case Where::Top:
                if (object && (m_key == u"records"_s || m_key == u"settings"_s)) {
                    m_where = m_key == u"records"_s ? Where::Records : Where::Settings;
                    return m_handler.objectStarts(m_key);
                }
                break;
            case Where::Records: {
                const auto action
                    = m_handler.kindStarts(m_key, object ? QJsonValue::Object : QJsonValue::Array);
                if (action == ImportHandler::Kind::Stop)
                    return false;
                if (!object && action == ImportHandler::Kind::Read) {
                    m_where = Where::Kind;
                    m_index = 0;
                } else {
                    m_skip = 1;
                }
                return true;
            }
            case Where::Settings:
            case Where::Kind:
                break;
            case Where::Done:
                return true;
            }
            object ? m_builder.startObject() : m_builder.startArray();
            return true;
        }

        bool end()
        {
            if (m_skip > 0) {
                --m_skip;
                return true;
            }
            if (m_builder.active())
                return !m_builder.end() || deliver(m_builder.take());
            switch (m_where) {
            case Where::Top:
                m_where = Where::Done;
                break;
            case Where::Records:
            case Where::Settings:
                m_where = Where::Top;
                break;
            case Where::Kind:
                m_where = Where::Records;
                break;
            case Where::Start:
            case Where::Done:
                break;
            }
            return true;
        }

        bool scalar(QJsonValue value)
        {
            if (m_skip > 0)
                return true;
            if (m_builder.active()) {
                m_builder.add(std::move(value));
                return true;
            }
            if (m_where == Where::Start) {
                notObject = true;
                return false;
            }
            if (m_where == Where::Records)
                return m_handler.kindStarts(m_key, value.type()) != ImportHandler::Kind::Stop;
            return deliver(value);
        }

        bool deliver(const QJsonValue &value)
        {
            if (m_bytes.consumed() >= m_nextProgress) {
                m_nextProgress = m_bytes.consumed() + ProgressEvery;
                if (!m_handler.progress())
                    return false;
            }
            switch (m_where) {
            case Where::Top:
                return m_handler.topLevel(m_key, value);
            case Where::Settings:
                return m_handler.setting(m_key, value);
            case Where::Kind:
                return m_handler.record(m_index++, value);
            case Where::Start:
            case Where::Records:
            case Where::Done:
                break;
            }
            return true;
        }

        ImportHandler &m_handler;
        Bytes &m_bytes;
        ValueBuilder m_builder;
        Where m_where = Where::Start;
        QString m_key;
        qsizetype m_index = 0;
        int m_skip = 0;
        qint64 m_nextProgress = ProgressEvery;

        // The context lupdate files texts of this class under, which its tr() now reads too.
        Q_DECLARE_TR_FUNCTIONS(Rekindle::Sax)
    };

} // namespace

// lupdate files texts of this namespace under "Rekindle::ImportReader": ask for that context.
Status ImportReader::read(QIODevice &device, ImportHandler &handler)
{
    Bytes bytes { device, {} };
    Sax sax(handler, bytes);
    const bool done = Json::sax_parse(
        ByteIterator { &bytes }, ByteIterator {}, &sax, Json::input_format_t::json, true);
    if (bytes.failed)
        return Error { device.errorString() };
    if (sax.syntax)
        return *sax.syntax;
    if (sax.notObject)
        return Error {
            QCoreApplication::translate("Rekindle::ImportReader",
                "The file cannot be imported. In %1: %2 Nothing was changed.")
                .arg(QCoreApplication::translate("Rekindle::ImportReader", "the whole file"),
                    QCoreApplication::translate(
                        "Rekindle::ImportReader", "an export is a JSON object, this is %1.")
                        .arg(sax.notObjectIsList
                                ? QCoreApplication::translate("Rekindle::ImportReader", "a list")
                                : QCoreApplication::translate(
                                    "Rekindle::ImportReader", "something else")))
        };
    if (!done)
        return Error {};
    return {};
}

struct ImportSource::Parts {
    QString path;
    QByteArray json;
    std::unique_ptr<EncryptedExport::Opened> sealed;
    QFile file;
    QBuffer buffer;
    qint64 size = 0;
};

ImportSource::ImportSource()
    : m_parts(std::make_unique<Parts>())
{
}

ImportSource::~ImportSource() = default;
ImportSource::ImportSource(ImportSource &&) noexcept = default;
ImportSource &ImportSource::operator=(ImportSource &&) noexcept = default;

Result<ImportSource> ImportSource::file(const QString &filePath, const QString &passphrase)
{
    ImportSource source;
    Parts &parts = *source.m_parts;
    parts.path = filePath;
    parts.file.setFileName(filePath);
    // A folder, a device (/dev/null) or a pipe: Qt would say "Unknown error" or "file to open
    // is a directory".
    if (const QFileInfo info(filePath); info.exists() && !info.isFile())
        return Error { tr("%1 is not a file. Choose a Rekindle export to import. Nothing was "
                          "changed.")
                           .arg(QDir::toNativeSeparators(filePath)) };
    if (!parts.file.open(QIODevice::ReadOnly))
        return Error { tr("Rekindle cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(filePath), parts.file.errorString()) };
    parts.size = parts.file.size();
    if (parts.size > MaxFileSize)
        return Error {
            tr("%1 is too large to be a Rekindle export.").arg(QDir::toNativeSeparators(filePath))
        };
    if (!EncryptedExport::isEncryptedFile(filePath))
        return source;
    auto opened = EncryptedExport::open(parts.file, passphrase);
    if (!opened)
        return Error { tr("%1 cannot be opened: %2 Nothing was changed.")
                           .arg(QDir::toNativeSeparators(filePath), opened.error().message),
            opened.error().detail };
    parts.sealed = std::move(*opened);
    return source;
}

ImportSource ImportSource::bytes(QByteArray json)
{
    ImportSource source;
    source.m_parts->size = json.size();
    source.m_parts->json = std::move(json);
    return source;
}

Result<QIODevice *> ImportSource::open()
{
    Parts &parts = *m_parts;
    if (parts.path.isEmpty()) {
        parts.buffer.close();
        parts.buffer.setData(parts.json);
        parts.buffer.open(QIODevice::ReadOnly);
        return &parts.buffer;
    }
    if (!parts.file.seek(0))
        return Error { tr("Rekindle cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(parts.path), parts.file.errorString()) };
    if (!parts.sealed)
        return &parts.file;
    auto device = parts.sealed->stream();
    if (!device)
        return Error { tr("%1 cannot be opened: %2 Nothing was changed.")
                           .arg(QDir::toNativeSeparators(parts.path), device.error().message),
            device.error().detail };
    return *device;
}

std::optional<Error> ImportSource::failure() const
{
    if (!m_parts->sealed)
        return std::nullopt;
    auto failed = m_parts->sealed->failure();
    if (!failed)
        return std::nullopt;
    return Error { tr("%1 cannot be opened: %2 Nothing was changed.")
                       .arg(QDir::toNativeSeparators(m_parts->path), failed->message),
        failed->detail };
}

qint64 ImportSource::size() const
{
    return m_parts->size;
}

qint64 ImportSource::position() const
{
    return m_parts->path.isEmpty() ? m_parts->buffer.pos() : m_parts->file.pos();
}

} // namespace Rekindle
