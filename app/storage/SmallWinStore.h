// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/SelfCareNotes.h"

#include <QList>
#include <QObject>
#include <optional>

namespace Rekindle {

class Journal;

/// Small wins of step 2: what I did and on which day. Read page by page, newest first.
class SmallWinStore final : public QObject {
    Q_OBJECT

public:
    explicit SmallWinStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    Result<qint64> add(const SmallWin &win);
    Status remove(qint64 id);
    Result<SmallWin> win(qint64 id) const;
    /// Up to `limit` wins, newest day first, after the win `after` when given.
    Result<QList<SmallWin>> page(const std::optional<SmallWin> &after, int limit) const;
    Result<int> count() const;

private:
    Journal &m_journal;
};

} // namespace Rekindle
