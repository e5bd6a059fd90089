// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/JournalEntry.h"
#include "core/Result.h"
#include "core/Step.h"
#include "storage/EntrySaver.h"
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
    /// Waits for the saves still running (see saveEntryInBackground): none is dropped.
    ~EntryListModel() override;

    Step step() const { return m_step; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Creates an empty entry in this step; it appears as row 0.
    Result<qint64> createEntry(const EntryContent &content = {});
    Status saveEntry(qint64 id, const EntryContent &content);
    /// Saves on a worker (EntrySaver), for texts whose save would hold up the window:
    /// entrySaved() or entrySaveFailed() follows. An error at once when it cannot even start.
    Status saveEntryInBackground(qint64 id, const EntryContent &content);
    /// Whether a save in the background runs or waits.
    bool isSaving() const { return m_saver.isBusy(); }
    /// Waits for the saves in the background, for up to `timeoutMs`, delivering their signals.
    /// False when some still run.
    bool waitForSaves(int timeoutMs) { return m_saver.waitForIdle(timeoutMs); }
    Status removeEntry(qint64 id);
    Status removeRow(int row) override { return removeEntry(idAt(row)); }
    /// The whole entry, body included, for editing.
    Result<JournalEntry> loadEntry(qint64 id) const;

Q_SIGNALS:
    void entrySaved(qint64 id);
    void entrySaveFailed(qint64 id, const QString &message);

private:
    Result<QList<EntrySummary>> readPage(const EntrySummary *after, int size) const override;
    Result<EntrySummary> readOne(qint64 id) const override;
    std::optional<qint64> positionOf(qint64 id) const override;
    /// Newer first, then higher id first.
    bool lessThan(const EntrySummary &a, const EntrySummary &b) const override;
    /// Only this step's entries have a row here.
    bool belongs(const EntrySummary &summary) const override { return summary.step == m_step; }

    EntryStore &m_store;
    Step m_step;
    EntrySaver m_saver;
};

} // namespace Rekindle
