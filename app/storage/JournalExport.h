// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Step.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <functional>
#include <optional>

class QIODevice;
class QSqlQuery;

namespace Rekindle {

class Journal;
struct RecordKind;

/// Which part of the journal to export. Empty: everything.
struct ExportScope {
    std::optional<QDate> from; ///< first local day included
    std::optional<QDate> to; ///< last local day included
    std::optional<Step> step; ///< only records of this step (kinds without a step are left out)

    bool isWhole() const { return !from && !to && !step; }
};

/// Told how far an export got; returns false to cancel it.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Reads the journal for export, kind by kind through the RecordKinds registry: the complete,
/// versioned JSON document (see EXPORT_FORMAT.md), one CSV table per kind, and readable
/// Markdown. Cancelling (progress returns false) yields an Error with an empty message.
class JournalExport {
public:
    static constexpr int FormatVersion = 1;
    static inline const QString FormatName = QStringLiteral("rekindle-journal");

    JournalExport(const Journal &journal, ExportScope scope = {}, ExportProgress progress = {});

    /// How many records the scope holds, over all kinds.
    Result<qint64> count() const;
    /// The whole document. With `unreadableKinds`, best effort for a damaged journal: a kind
    /// that cannot be read whole keeps the records read before the failure and its name is
    /// added there, instead of failing the export.
    Result<QJsonObject> toJson(QStringList *unreadableKinds = nullptr) const;
    /// One CSV document (UTF-8, header row, RFC 4180 quoting) per kind, by kind name.
    Result<QMap<QString, QByteArray>> toCsv() const;
    Result<QString> toMarkdown() const;

    /// The streaming forms, for an export of any size: records are read a page at a time and
    /// written to the device as they come. writeJson() writes the document of toJson().
    Status writeJson(QIODevice &out) const;
    /// One CSV document per kind, then "settings", each into the device `open` gives for it.
    Status writeCsv(const std::function<Result<QIODevice *>(const QString &name)> &open) const;
    Status writeMarkdown(QIODevice &out) const;

    /// An Error meaning "cancelled by the person": nothing to report.
    static bool isCancel(const Error &error) { return error.message.isEmpty(); }

private:
    /// The journal's settings (key, value), values through the field codec.
    Result<QList<QPair<QString, QString>>> settings() const;
    /// Runs `visit` on every record of `kind` within the scope, oldest first. The query's
    /// columns are the kind's fields in order, then its title, text and step expressions.
    Status forEach(const RecordKind &kind, const std::function<Status(const QSqlQuery &)> &visit,
        qint64 &done, qint64 total) const;
    QString whereClause(const RecordKind &kind, QVariantList &bindings) const;
    /// The columns a kind's records are paged by, in order (an index's).
    static QStringList pageOrder(const RecordKind &kind);
    QJsonObject scopeObject() const;
    static Status put(QIODevice &out, const QByteArray &bytes);

    const Journal &m_journal;
    ExportScope m_scope;
    ExportProgress m_progress;
};

} // namespace Rekindle
