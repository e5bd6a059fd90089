// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/JournalEntry.h"
#include "core/Result.h"
#include "core/Step.h"
#include "storage/EntryStore.h"

namespace Rekindle {

/// The journal entries of one step, newest first, fetched page by page as the view scrolls:
/// only titles and a short preview are held, never every body. Follows the journal's changes,
/// so an edit anywhere shows here without a reload. A page that cannot be read stops the
/// fetching and sets readError().
class EntryListModel final : public RecordListModel<EntrySummary> {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole, ///< the stored title (may be empty); DisplayRole falls back to the body
        PreviewRole,
        MoodRole, ///< int, or an invalid QVariant when no mood was given
        CreatedRole, ///< QDateTime, UTC
        UpdatedRole,
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;

    EntryListModel(EntryStore &store, Step step, QObject *parent = nullptr);

    Step step() const { return m_step; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Fetches pages until entry `id` is among the rows and returns its row; -1 when it is not
    /// an entry of this step. Its position is asked of the journal first, so no page past it
    /// is read and a missing entry costs no fetching at all.
    int fetchTo(qint64 id);

    /// Creates an empty entry in this step; it appears as row 0.
    Result<qint64> createEntry(const EntryContent &content = {});
    Status saveEntry(qint64 id, const EntryContent &content);
    Status removeEntry(qint64 id);
    Status removeRow(int row) override { return removeEntry(idAt(row)); }
    /// The whole entry, body included, for editing.
    Result<JournalEntry> loadEntry(qint64 id) const;

private:
    Result<QList<EntrySummary>> readPage(const EntrySummary *after, int size) const override;
    Result<EntrySummary> readOne(qint64 id) const override;
    /// Newer first, then higher id first.
    bool lessThan(const EntrySummary &a, const EntrySummary &b) const override;
    /// Only this step's entries have a row here.
    bool belongs(const EntrySummary &summary) const override { return summary.step == m_step; }

    EntryStore &m_store;
    Step m_step;
};

} // namespace Rekindle
