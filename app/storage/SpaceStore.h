// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContactEvent.h"
#include "core/Result.h"
#include "core/SelfCareNotes.h"
#include "core/SpaceRules.h"

#include <QList>
#include <QObject>
#include <optional>

namespace Rekindle {

class Journal;

/// Where a page of contacts continues: contacts strictly older than this one.
struct ContactCursor {
    QDateTime occurredAt;
    qint64 id = 0;
};

/// Replies to contacts I made: warm ones, and all answered ones (warm, neutral, cold or a no).
struct ResponseCounts {
    int warm = 0;
    int answered = 0;
};

/// Contact events (either direction; shared with the contact log of step 3) and urges resisted.
/// Every write is one transaction followed by a signal.
class SpaceStore final : public QObject {
    Q_OBJECT

public:
    /// How many recent contacts the bombarding rule looks at, at most.
    static constexpr int BombardingSampleLimit = 200;

    explicit SpaceStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    /// Logs a contact. An invalid `day` is filled with the local day of `occurredAt`; a contact
    /// I made without a response gets "no reply yet".
    Result<qint64> logContact(ContactEvent event);
    /// Saves an edited contact; its day follows its time, and only a contact I made keeps a
    /// response ("no reply yet" when none is given).
    Status updateContact(ContactEvent event);
    Status removeContact(qint64 id);
    Result<ContactEvent> contact(qint64 id) const;
    /// Up to `limit` contacts, newest first, older than `after` when given.
    Result<QList<ContactEvent>> contacts(
        const std::optional<ContactCursor> &after, int limit) const;
    /// Distinct local days on which I reached out, from `from` on, ascending. Contact `except`
    /// (one whose delete waits for its undo) does not count.
    Result<QList<QDate>> outgoingContactDays(QDate from, qint64 except = 0) const;
    /// Contacts of the last `days` days before `now`, for the bombarding rule.
    Result<QList<ContactSample>> recentContacts(
        const QDateTime &now, int days, qint64 except = 0) const;

    /// The time of the latest contact made in `direction`; invalid when there is none.
    Result<QDateTime> lastContactAt(ContactDirection direction) const;
    /// Replies to contacts I made since `since` (UTC).
    Result<ResponseCounts> responseCounts(const QDateTime &since) const;

    Result<qint64> logUrge(Urge urge);
    Status removeUrge(qint64 id);
    /// Urges resisted between two local days, inclusive.
    Result<int> countUrges(QDate first, QDate last, qint64 except = 0) const;

private:
    Journal &m_journal;
};

} // namespace Rekindle
