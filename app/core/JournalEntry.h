// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Step.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace Rekindle {

/// One piece of free writing that belongs to a step. The body is Markdown.
struct JournalEntry {
    static constexpr int MinMood = 1;
    static constexpr int MaxMood = 10;
    static constexpr qsizetype MaxTitleLength = 500;
    /// Generous, but keeps one pasted mistake from making the journal unusable.
    static constexpr qsizetype MaxBodyLength = qsizetype { 10 } * 1024 * 1024;

    qint64 id = 0;
    Step step = Step::Acknowledge;
    QString title;
    QString body;
    std::optional<int> mood;
    QDateTime created; ///< UTC
    QDateTime updated; ///< UTC

    /// The text to show for the entry in a list: its title, else the first line of its body.
    static QString displayTitle(const QString &title, const QString &bodyStart);
};

/// The editable part of an entry, checked before anything is written.
struct EntryContent {
    QString title;
    QString body;
    std::optional<int> mood;

    bool isEmpty() const { return title.trimmed().isEmpty() && body.trimmed().isEmpty(); }
    /// An error naming what is wrong, in words for the person; ok when it may be saved.
    Status validate() const;
};

} // namespace Rekindle
