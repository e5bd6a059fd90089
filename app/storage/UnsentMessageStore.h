// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/SelfCareNotes.h"

#include <QList>
#include <QObject>

namespace Rekindle {

class Journal;

/// Messages written to the ex and deliberately kept, never sent (there is no way to send).
class UnsentMessageStore final : public QObject {
    Q_OBJECT

public:
    explicit UnsentMessageStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    Result<qint64> create(const QString &body);
    /// Changes the text; the date it was written stays.
    Status updateBody(qint64 id, const QString &body);
    /// Marks it let go, kept for later, or back to undecided.
    Status setState(qint64 id, UnsentState state);
    Status remove(qint64 id);

    Result<UnsentMessage> message(qint64 id) const;
    /// All messages, newest first.
    Result<QList<UnsentMessage>> all() const;

private:
    Status write(qint64 id, const QString &sql, std::initializer_list<QVariant> bindings);

    Journal &m_journal;
};

} // namespace Rekindle
