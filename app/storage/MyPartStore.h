// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MyPartItem.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

namespace Rekindle {

class Journal;

/// Reads and writes "my part" items (step 1). Each write is one transaction followed by a signal.
/// Items are few (dozens), so the list is read whole, oldest first.
class MyPartStore final : public QObject {
    Q_OBJECT

public:
    explicit MyPartStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    Result<qint64> create(const MyPartItem &item);
    /// Saves the text and status of `item.id`.
    Status update(const MyPartItem &item);
    /// Deletes the item; goals made from it stay, without the link.
    Status remove(qint64 id);

    Result<MyPartItem> item(qint64 id) const;
    Result<QList<MyPartItem>> all() const;

private:
    Journal &m_journal;
};

} // namespace Rekindle
