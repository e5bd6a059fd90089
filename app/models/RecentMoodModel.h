// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/MoodCheckIn.h"
#include "core/Result.h"
#include "storage/MoodStore.h"

namespace Rekindle {

/// The latest few mood check-ins, newest first, for the mood strip on every tab and for the
/// mood dialog. Holds at most `limit` rows; follows the store's signals.
class RecentMoodModel final : public RecordListModel<MoodCheckIn> {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        MoodRole, ///< int 1–10
        EmotionsRole, ///< QStringList of keys
        NoteRole,
        AtRole, ///< QDateTime, UTC
        DayRole, ///< QDate, local day of the check-in
    };
    Q_ENUM(Role)

    RecentMoodModel(MoodStore &store, int limit, QObject *parent = nullptr);

    int limit() const { return m_limit; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Records a check-in now.
    Result<qint64> checkIn(int mood, const QStringList &emotions, const QString &note);
    Status removeCheckIn(qint64 id);
    Status removeRow(int row) override { return removeCheckIn(idAt(row)); }

private:
    Result<QList<MoodCheckIn>> readAll() const override;
    Result<MoodCheckIn> readOne(qint64 id) const override;
    /// Newest first: a new check-in is "now" and goes first.
    bool lessThan(const MoodCheckIn &a, const MoodCheckIn &b) const override;

    MoodStore &m_store;
    int m_limit;
};

} // namespace Rekindle
