// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meetup.h"
#include "core/MessageCheck.h"
#include "core/ReconnectRules.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

namespace Rekindle {

class Journal;

/// Step 3's own records: meet-ups, phrases the person adds to the message check, and the moods
/// the readiness check reads from journal entries. Contacts live in SpaceStore (one shared
/// record with step 1). Every write is one transaction followed by a signal.
class ReconnectStore final : public QObject {
    Q_OBJECT

public:
    explicit ReconnectStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    Result<qint64> addMeetup(const Meetup &meetup);
    Status updateMeetup(const Meetup &meetup);
    Status removeMeetup(qint64 id);
    Result<Meetup> meetup(qint64 id) const;
    /// Every meet-up, latest day first.
    Result<QList<Meetup>> meetups() const;
    /// Whether a "no" is on record: a contact reply "asked for space / said no" or a meet-up
    /// "they did not want to meet" (JourneyRules::isNo). It holds until the person changes it.
    Result<bool> noRecorded() const;

    /// Phrases the person added; `userAdded` is set on each.
    Result<QList<Phrase>> userPhrases() const;
    Status addPhrase(const Phrase &phrase);
    Status removePhrase(const Phrase &phrase);

    /// Moods of journal entries written from `first` to `last` (local days, inclusive).
    Result<QList<DayMood>> entryMoods(QDate first, QDate last) const;

private:
    Journal &m_journal;
};

} // namespace Rekindle
