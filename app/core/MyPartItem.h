// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Rekindle {

/// Stored values: never renumber.
enum class MyPartStatus : int { Noticed = 0, WorkingOnIt = 1, Changed = 2 };

/// One of my own mistakes or habits that played a part in the breakup, looked at honestly and
/// kindly: what happened, my part in it, and what I will do instead.
struct MyPartItem {
    static constexpr qsizetype MaxTextLength = 5000;

    qint64 id = 0;
    QString whatHappened;
    QString myPart;
    QString instead;
    MyPartStatus status = MyPartStatus::Noticed;
    QDateTime created; ///< UTC
    QDateTime updated; ///< UTC
    /// Goals made from this item (id and title), filled by the store when read.
    std::optional<qint64> goalId;
    QString goalTitle;

    Status validate() const;
    /// A short name for the item: the start of "what happened".
    QString shortTitle() const;
};

namespace MyPart {

    QList<MyPartStatus> statuses();
    QString statusName(MyPartStatus status);
    std::optional<MyPartStatus> statusFromInt(int value);

} // namespace MyPart
} // namespace Rekindle
