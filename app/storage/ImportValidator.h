// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportReader.h"
#include "JournalImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <array>

namespace Rekindle {

struct RecordField;
struct RecordKind;

/// Checks an export as it streams by, one record at a time, against the kind declarations of
/// RecordKinds: every field, the fields that go together, the unique keys within the file
/// (kept as keys only, never the records) and, at the end, every reference against the file
/// and (merge) the journal. The problem reported is the one the whole document would show
/// first: a broken syntax, then the format, its version, the settings, the shape of
/// "records", the records kind by kind in the registry's order, then references.
class ImportValidator final : public ImportHandler {
public:
    ImportValidator(const Journal &journal, ImportMode mode);

    bool topLevel(const QString &key, const QJsonValue &value) override;
    bool objectStarts(const QString &key) override;
    bool setting(const QString &key, const QJsonValue &value) override;
    Kind kindStarts(const QString &kind, QJsonValue::Type type) override;
    bool record(qsizetype index, const QJsonValue &value) override;

    /// Once the file is read to its end: the first problem, or none.
    Status finish();
    /// The kinds of the file, in its order (known kinds only).
    QStringList kindOrder() const { return m_order; }
    /// How many records of `kind` the file holds.
    qsizetype count(const QString &kind) const;

    /// What is wrong with one record of `kind` on its own (its fields, the fields that go
    /// together), or nothing.
    static std::optional<Error> check(
        const RecordKind &kind, qsizetype index, const QJsonValue &value);

    /// The value to bind for `field` (checked by check()).
    static QVariant sqlValue(const RecordField &field, const QJsonValue &value);

    /// A problem at `where`: "The file cannot be imported. In ...: ... Nothing was changed."
    static Error problem(const QString &where, const QString &what);

private:
    enum Slot { Format, Version, Settings, Records, Kinds, SlotCount };

    /// One kind's records so far.
    struct KindState {
        qsizetype count = 0;
        std::optional<Error> error;
        QSet<QByteArray> uids; ///< for kinds keyed by uid: the file's uids
        /// By other unique key (a part's key, then alsoUnique): the value and where it was first
        /// seen.
        QList<QHash<QString, QString>> seen;
    };
    /// A reference not among the uids of the file read so far.
    struct Pending {
        int kind; ///< position in the registry
        int field;
        qsizetype index;
        QString target;
    };

    void note(Slot slot, const Error &error);
    void uniqueKeys(
        const RecordKind &kind, KindState &state, qsizetype index, const QJsonObject &record);

    const Journal &m_journal;
    ImportMode m_mode;
    std::array<std::optional<Error>, SlotCount> m_errors;
    QSet<QString> m_topKeys;
    QSet<QString> m_settingKeys;
    std::optional<qint64> m_version;
    bool m_formatSeen = false;
    bool m_recordsSeen = false;
    const RecordKind *m_kind = nullptr;
    int m_kindPosition = -1;
    QHash<QString, KindState> m_kinds;
    QStringList m_order;
    QList<Pending> m_pending;

    // The context lupdate files texts of this class under, which its tr() now reads too.
    Q_DECLARE_TR_FUNCTIONS(Rekindle::ImportValidator)
};

} // namespace Rekindle
