// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalImport.h"

#include "EncryptedExport.h"
#include "ImportReader.h"
#include "ImportValidator.h"
#include "ImportWriter.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "JournalExport.h"
#include "RecordKinds.h"
#include "core/Translation.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::JournalImport", text);
    }

    /// The kinds of the file in rounds: each round is one pass over the file that writes its
    /// kinds, every one after the kinds it points to (kinds the file does not hold count as
    /// written: their records are the journal's). A file written in the registry's order needs
    /// one round; one in another order (older exports are alphabetical) needs a few.
    QList<QSet<QString>> rounds(const QStringList &fileOrder)
    {
        QSet<QString> written;
        for (const RecordKind &kind : RecordKinds::all())
            if (!fileOrder.contains(kind.name))
                written.insert(kind.name);
        QStringList left = fileOrder;
        QList<QSet<QString>> result;
        while (!left.isEmpty()) {
            QSet<QString> round;
            for (const QString &name : std::as_const(left)) {
                const RecordKind *kind = RecordKinds::find(name);
                bool ready = true;
                for (const RecordField &field : kind->fields)
                    if (field.type == RecordField::Type::Reference && field.references != name
                        && !written.contains(field.references))
                        ready = false;
                if (ready) {
                    round.insert(name);
                    written.insert(name);
                }
            }
            if (round.isEmpty()) // a cycle: the registry's order rules it out
                round = QSet<QString>(left.cbegin(), left.cend());
            for (const QString &name : std::as_const(round))
                left.removeAll(name);
            result << round;
        }
        return result;
    }

    /// Tells the import's progress callback how far a pass got, in bytes over all passes.
    class Passes {
    public:
        Passes(const ImportProgress &progress, const ImportSource &source)
            : m_progress(progress)
            , m_source(source)
        {
        }
        void setCount(int count) { m_count = count; }
        void next() { ++m_pass; }
        bool tell() const
        {
            const qint64 size = qMax<qint64>(1, m_source.size());
            return !m_progress || m_progress(m_pass * size + m_source.position(), m_count * size);
        }

    private:
        const ImportProgress &m_progress;
        const ImportSource &m_source;
        int m_pass = 0;
        int m_count = 2;
    };

    class CheckPass final : public ImportHandler {
    public:
        CheckPass(ImportValidator &validator, const Passes &passes)
            : m_validator(validator)
            , m_passes(passes)
        {
        }
        bool topLevel(const QString &key, const QJsonValue &value) override
        {
            return m_validator.topLevel(key, value);
        }
        bool objectStarts(const QString &key) override { return m_validator.objectStarts(key); }
        bool setting(const QString &key, const QJsonValue &value) override
        {
            return m_validator.setting(key, value);
        }
        Kind kindStarts(const QString &kind, QJsonValue::Type type) override
        {
            return m_validator.kindStarts(kind, type);
        }
        bool record(qsizetype index, const QJsonValue &value) override
        {
            return m_validator.record(index, value);
        }
        bool progress() override { return m_passes.tell(); }

    private:
        ImportValidator &m_validator;
        const Passes &m_passes;
    };

    /// One writing pass: the records of this round's kinds, checked again on their own (the
    /// file could have changed since it was checked), and the settings on the first pass.
    class WritePass final : public ImportHandler {
    public:
        WritePass(ImportWriter &writer, const ImportValidator &validator,
            const QSet<QString> &kinds, bool settings, const Passes &passes)
            : m_writer(writer)
            , m_validator(validator)
            , m_kinds(kinds)
            , m_settings(settings)
            , m_passes(passes)
        {
        }

        std::optional<Error> error;

        bool topLevel(const QString &, const QJsonValue &) override { return true; }
        bool objectStarts(const QString &) override { return true; }
        bool setting(const QString &key, const QJsonValue &value) override
        {
            return !m_settings || keep(m_writer.setting(key, value.toString()));
        }
        Kind kindStarts(const QString &name, QJsonValue::Type) override
        {
            if (!endKind())
                return Kind::Stop;
            m_kind = m_kinds.contains(name) ? RecordKinds::find(name) : nullptr;
            m_count = 0;
            if (!m_kind)
                return Kind::Skip;
            return keep(m_writer.startKind(*m_kind)) ? Kind::Read : Kind::Stop;
        }
        bool record(qsizetype index, const QJsonValue &value) override
        {
            if (auto issue = ImportValidator::check(*m_kind, index, value)) {
                error = *issue;
                return false;
            }
            ++m_count;
            return keep(m_writer.write(value.toObject()));
        }
        bool progress() override { return m_passes.tell(); }

        /// Whether the kind that ended held as many records as when it was checked.
        bool endKind()
        {
            if (m_kind && m_count != m_validator.count(m_kind->name)) {
                error = Error { tr("The file changed while it was imported. Nothing was "
                                   "changed.") };
                return false;
            }
            m_kind = nullptr;
            return true;
        }

    private:
        bool keep(const Status &status)
        {
            if (!status)
                error = status.error();
            return status.ok();
        }

        ImportWriter &m_writer;
        const ImportValidator &m_validator;
        const QSet<QString> &m_kinds;
        bool m_settings;
        const Passes &m_passes;
        const RecordKind *m_kind = nullptr;
        qsizetype m_count = 0;

        // The context lupdate files texts of this class under, which its tr() now reads too.
        Q_DECLARE_TR_FUNCTIONS(Rekindle::WritePass)
    };

    /// The error of a pass: the decryption's when a read failed because of it, the handler's
    /// own, or the reader's (syntax, cancel).
    Error passError(const ImportSource &source, const Error &read, const std::optional<Error> &own)
    {
        if (auto failed = source.failure())
            return *failed;
        if (own)
            return *own;
        return read;
    }

} // namespace

qint64 ImportSummary::totalAdded() const
{
    qint64 total = 0;
    for (const qint64 n : added)
        total += n;
    return total;
}

QByteArray JournalImport::keepInnerBoms(const QByteArray &json)
{
    // Qt's JSON parser drops a raw U+FEFF that opens a string, as if it were a byte-order mark:
    // a text that starts with one would lose it. Outside strings JSON is ASCII, so every
    // EF BB BF after the first byte is a U+FEFF inside a string, and its escape is read back
    // exactly. A byte-order mark that opens the file stays one.
    static const QByteArray Bom("\xEF\xBB\xBF");
    const qsizetype from = json.startsWith(Bom) ? Bom.size() : 0;
    if (json.indexOf(Bom, from) < 0)
        return json;
    return json.left(from) + json.mid(from).replace(Bom, QByteArrayLiteral("\\ufeff"));
}

JournalImport::JournalImport(Journal &journal, ImportProgress progress)
    : m_journal(journal)
    , m_progress(std::move(progress))
{
}

Result<QJsonObject> JournalImport::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(keepInnerBoms(json), &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Error { tr("The file is not a readable Rekindle export: %1 at line %2, column "
                          "%3. Nothing was changed.")
                           .arg(error.errorString())
                           .arg(line)
                           .arg(column),
            u"offset %1"_s.arg(error.offset) };
    }
    if (!document.isObject())
        return ImportValidator::problem(tr("the whole file"),
            tr("an export is a JSON object, this is %1.")
                .arg(document.isArray() ? tr("a list") : tr("something else")));
    return document.object();
}

Result<QJsonObject> JournalImport::readFile(const QString &filePath, const QString &passphrase)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Rekindle cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(filePath), file.errorString()) };
    if (file.size() > MaxFileSize)
        return Error {
            tr("%1 is too large to be a Rekindle export.").arg(QDir::toNativeSeparators(filePath))
        };
    const QByteArray bytes = file.readAll();
    if (!EncryptedExport::isEncrypted(bytes))
        return parse(bytes);
    auto json = EncryptedExport::decrypt(bytes, passphrase);
    if (!json)
        return Error { tr("%1 cannot be opened: %2 Nothing was changed.")
                           .arg(QDir::toNativeSeparators(filePath), json.error().message),
            json.error().detail };
    auto document = parse(*json);
    EncryptedExport::wipe(*json);
    return document;
}

Result<ImportSummary> JournalImport::run(ImportSource &source, ImportMode mode, bool write)
{
    Passes passes(m_progress, source);
    passes.setCount(write ? 2 : 1);
    ImportValidator validator(m_journal, mode);
    {
        auto device = source.open();
        if (!device)
            return device.error();
        CheckPass check(validator, passes);
        if (Status read = ImportReader::read(**device, check); !read)
            return passError(source, read.error(), std::nullopt);
    }
    if (Status valid = validator.finish(); !valid)
        return valid.error();
    if (!write)
        return ImportSummary {};

    const QList<QSet<QString>> order = rounds(validator.kindOrder());
    passes.setCount(1 + int(qMax<qsizetype>(1, order.size())));
    qint64 incoming = 0;
    for (const QString &kind : validator.kindOrder())
        incoming += validator.count(kind);
    ImportWriter writer(m_journal, mode);
    if (Status begun = writer.begin(incoming); !begun)
        return begun.error();
    for (qsizetype round = 0; round < qMax<qsizetype>(1, order.size()); ++round) {
        passes.next();
        const QSet<QString> kinds = round < order.size() ? order.at(round) : QSet<QString> {};
        auto device = source.open();
        if (!device)
            return device.error();
        WritePass pass(writer, validator, kinds, round == 0, passes);
        const Status read = ImportReader::read(**device, pass);
        if (!read)
            return passError(source, read.error(), pass.error);
        if (!pass.endKind())
            return *pass.error;
    }
    if (Status committed = writer.commit(); !committed)
        return committed.error();
    Q_EMIT m_journal.contentReplaced();
    return writer.summary();
}

Status JournalImport::checkFile(const QString &filePath, ImportMode mode, const QString &passphrase)
{
    auto source = ImportSource::file(filePath, passphrase);
    if (!source)
        return source.error();
    auto checked = run(*source, mode, false);
    return checked ? Status {} : Status { checked.error() };
}

Result<ImportSummary> JournalImport::importFile(
    const QString &filePath, ImportMode mode, const QString &passphrase)
{
    auto source = ImportSource::file(filePath, passphrase);
    if (!source)
        return source.error();
    return run(*source, mode, true);
}

Status JournalImport::validate(const QJsonObject &document, ImportMode mode) const
{
    ImportSource source
        = ImportSource::bytes(QJsonDocument(document).toJson(QJsonDocument::Compact));
    auto checked = JournalImport(m_journal, m_progress).run(source, mode, false);
    return checked ? Status {} : Status { checked.error() };
}

Result<ImportSummary> JournalImport::apply(const QJsonObject &document, ImportMode mode)
{
    ImportSource source
        = ImportSource::bytes(QJsonDocument(document).toJson(QJsonDocument::Compact));
    return run(source, mode, true);
}

} // namespace Rekindle
