// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MoodCheckIn.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

namespace Rekindle {

class Journal;

/// Mood check-ins: several a day, each with its instant (UTC) and the local day it fell on
/// when it was recorded (so a day stays the same day after travel or a DST change).
class MoodStore final : public QObject {
    Q_OBJECT

public:
    explicit MoodStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    /// Records a check-in now (the journal's clock decides the instant and the day).
    Result<qint64> add(int mood, const QStringList &emotions, const QString &note);
    Status remove(qint64 id);

    Result<MoodCheckIn> checkIn(qint64 id) const;
    /// The `limit` most recent check-ins, newest first.
    Result<QList<MoodCheckIn>> latest(int limit) const;
    Result<qint64> count() const;

private:
    Journal &m_journal;
};

} // namespace Rekindle
