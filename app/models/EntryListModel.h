// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JournalEntry.h"
#include "core/Result.h"
#include "core/Step.h"
#include "storage/EntryStore.h"

#include <QAbstractListModel>
#include <QList>

namespace Rekindle {

/// The journal entries of one step, newest first, fetched page by page as the view scrolls:
/// only titles and a short preview are held, never every body. Follows the store's change
/// signals, so an edit anywhere shows here without a reload.
class EntryListModel final : public QAbstractListModel {
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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// The row of entry `id` among the rows fetched so far, or -1.
    int rowOf(qint64 id) const;
    /// Fetches pages until entry `id` is among the rows and returns its row; -1 when it is not
    /// an entry of this step. Its position is asked of the journal first, so no page past it
    /// is read and a missing entry costs no fetching at all.
    int fetchTo(qint64 id);
    qint64 idAt(int row) const;

    /// Creates an empty entry in this step; it appears as row 0.
    Result<qint64> createEntry(const EntryContent &content = {});
    Status saveEntry(qint64 id, const EntryContent &content);
    Status removeEntry(qint64 id);
    /// The whole entry, body included, for editing.
    Result<JournalEntry> loadEntry(qint64 id) const;

    /// The last error met while fetching, for a view to show; empty when all went well.
    QString fetchError() const { return m_fetchError; }

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    void onCreated(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);
    /// Where an entry with this position in the order belongs among the fetched rows.
    int insertionRow(const EntrySummary &summary) const;

    EntryStore &m_store;
    Step m_step;
    QList<EntrySummary> m_rows;
    bool m_atEnd = false;
    QString m_fetchError;
};

} // namespace Rekindle
