// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReconnectOverview.h"

#include "PendingDeletes.h"
#include "RecordFollow.h"
#include "core/CalendarStreaks.h"
#include "core/JourneyMode.h"
#include "core/SpaceRules.h"
#include "storage/EntryStore.h"
#include "storage/GoalStore.h"
#include "storage/Journal.h"
#include "storage/ReconnectStore.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"

namespace Rekindle {

ReconnectOverview::ReconnectOverview(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    connect(&journal.settings(), &SettingsStore::changed, this, &ReconnectOverview::refresh);
    // Each kind of record updates only what it feeds: a save of a journal entry reads the
    // recent moods again, not the space, the goals and the contacts as well.
    RecordFollow::any(journal, this, { QStringLiteral("contact_events") },
        [this] { update(Space | Contacts | Answers); });
    RecordFollow::any(journal, this, { QStringLiteral("goals"), QStringLiteral("goal_checkins") },
        [this] { update(Goals); });
    RecordFollow::any(journal, this, { QStringLiteral("entries") }, [this] { update(Moods); });
    RecordFollow::any(journal, this, { QStringLiteral("meetups") }, [this] { update(Answers); });
    // A contact whose delete waits for its undo no longer counts against the space.
    connect(&PendingDeletes::of(journal), &PendingDeletes::pendingChanged, this,
        [this](const QString &kind) {
            if (kind == QLatin1String("contact_events"))
                update(Space | Contacts | Answers);
        });
    refresh();
}

Status ReconnectOverview::setSafety(const SafetyCheck &check)
{
    return m_journal.settings().setSafetyCheck(check);
}

Status ReconnectOverview::setMinSpaceDays(int days)
{
    return m_journal.settings().setMinSpaceDays(days);
}

void ReconnectOverview::setExtraMoods(const QList<DayMood> &moods)
{
    m_extraMoods = moods;
    update(Moods);
}

QString ReconnectOverview::error() const
{
    for (const QString &error : std::as_const(m_errors))
        if (!error.isEmpty())
            return error;
    return {};
}

void ReconnectOverview::refresh()
{
    update(AllParts);
}

void ReconnectOverview::update(Parts parts)
{
    // A new day moves every window: all of it is read again, as of now.
    const QDate today = m_journal.clock().today();
    if (m_input.today != today)
        parts = AllParts;
    const SettingsStore &settings = m_journal.settings();
    if (parts == AllParts) {
        m_safety = settings.safetyCheck();
        m_minSpaceDays = settings.minSpaceDays();
        m_input = {};
        m_input.today = today;
        m_input.now = m_journal.clock().now();
        m_input.minSpaceDays = m_minSpaceDays;
        m_input.thresholds = settings.bombardingThresholds();
    }
    if (parts & Space) {
        m_errors[Space].clear();
        m_input.daysOfSpace.reset();
        const QDate spaceStart = settings.spaceStart();
        if (spaceStart.isValid()) {
            const PendingDeletes &pending = PendingDeletes::of(m_journal);
            const qint64 hidden = pending.pendingKind() == QLatin1String("contact_events")
                ? pending.pendingId()
                : 0;
            if (auto days = m_journal.space().outgoingContactDays(spaceStart, hidden)) {
                // Readiness is about today: the current stretch. (Step 1's progress keeps the
                // longest one: space once given stays given.)
                const auto streaks = SpaceRules::streaks(spaceStart, *days, today);
                m_input.daysOfSpace = streaks.isEmpty() ? 0 : streaks.constLast().days();
            } else {
                m_errors[Space] = days.error().message;
            }
        }
    }
    if (parts & Goals) {
        m_errors[Goals].clear();
        m_input.goalAdherence.clear();
        const int window = ReadinessInput::AdherenceWindowDays;
        if (auto goals = m_journal.goals().goals(false)) {
            for (const Goal &goal : std::as_const(*goals)) {
                const QDate first = Streaks::windowStart(goal.startDay, today, window);
                if (first > today)
                    continue;
                auto done = m_journal.goals().countCheckIns(goal.id, first, today);
                if (!done) {
                    m_errors[Goals] = done.error().message;
                    continue;
                }
                const Adherence a
                    = Streaks::adherence(*done, goal.timesPerWeek, goal.startDay, today, window);
                if (a.hasData())
                    m_input.goalAdherence << a.ratio();
            }
        } else {
            m_errors[Goals] = goals.error().message;
        }
    }
    if (parts & Moods) {
        m_errors[Moods].clear();
        const QDate moodFrom = today.addDays(-(2 * ReadinessInput::MoodWindowDays - 1));
        if (auto moods = m_journal.reconnect().entryMoods(moodFrom, today)) {
            m_entryMoods = *moods;
        } else {
            // The last moods read stay.
            m_errors[Moods] = moods.error().message;
        }
        m_input.moods = m_entryMoods + m_extraMoods;
    }
    if (parts & Contacts) {
        m_errors[Contacts].clear();
        if (auto contacts
            = m_journal.space().recentContacts(m_input.now, ReadinessInput::RepliesWindowDays))
            m_input.contacts = *contacts;
        else
            m_errors[Contacts] = contacts.error().message;
    }
    if (parts & Answers) {
        m_errors[Answers].clear();
        if (auto no = m_journal.reconnect().noRecorded())
            m_noRecorded = *no;
        else
            m_errors[Answers] = no.error().message; // the last known answer stays
    }
    JourneySignals facts;
    facts.safety = m_safety;
    facts.noRecorded = m_noRecorded;
    m_input.mode = JourneyRules::mode(facts);
    m_readiness = ReconnectRules::assessReadiness(m_input);
    Q_EMIT changed();
}

} // namespace Rekindle
