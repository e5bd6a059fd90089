// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Rekindle {

/// A moment's mood: how it feels (1 = very low, 10 = very good), which feelings, a note.
/// Several a day are fine; each keeps its instant (UTC) and its local calendar day.
struct MoodCheckIn {
    static constexpr int MinMood = 1;
    static constexpr int MaxMood = 10;
    static constexpr qsizetype MaxNoteLength = 10000;
    static constexpr qsizetype MaxEmotions = 20;

    qint64 id = 0;
    int mood = 5;
    QStringList emotions; ///< keys (see Emotions)
    QString note;
    QDateTime at; ///< UTC
    QDate day; ///< local day of `at` when it was recorded

    /// Out-of-range mood, overlong note: an Error in the person's words.
    QString validate() const;
};

} // namespace Rekindle
