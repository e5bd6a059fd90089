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
    RecordFollow::any(journal, this,
        { QStringLiteral("contact_events"), QStringLiteral("goals"),
            QStringLiteral("goal_checkins"), QStringLiteral("entries"), QStringLiteral("meetups") },
        [this] { refresh(); });
    // A contact whose delete waits for its undo no longer counts against the space.
    connect(&PendingDeletes::of(journal), &PendingDeletes::pendingChanged, this,
        [this](const QString &kind) {
            if (kind == QLatin1String("contact_events"))
                refresh();
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
    refresh();
}

void ReconnectOverview::refresh()
{
    m_error.clear();
    const SettingsStore &settings = m_journal.settings();
    m_safety = settings.safetyCheck();
    m_minSpaceDays = settings.minSpaceDays();

    ReadinessInput input;
    input.today = m_journal.clock().today();
    input.minSpaceDays = m_minSpaceDays;
    const QDate spaceStart = settings.spaceStart();
    if (spaceStart.isValid()) {
        const PendingDeletes &pending = PendingDeletes::of(m_journal);
        const qint64 hidden
            = pending.pendingKind() == QLatin1String("contact_events") ? pending.pendingId() : 0;
        if (auto days = m_journal.space().outgoingContactDays(spaceStart, hidden)) {
            // Readiness is about today: the current stretch. (Step 1's progress keeps the
            // longest one: space once given stays given.)
            const auto streaks = SpaceRules::streaks(spaceStart, *days, input.today);
            input.daysOfSpace = streaks.isEmpty() ? 0 : streaks.constLast().days();
        } else {
            m_error = days.error().message;
        }
    }
    const int window = ReadinessInput::AdherenceWindowDays;
    if (auto goals = m_journal.goals().goals(false)) {
        for (const Goal &goal : std::as_const(*goals)) {
            const QDate first = Streaks::windowStart(goal.startDay, input.today, window);
            if (first > input.today)
                continue;
            auto done = m_journal.goals().countCheckIns(goal.id, first, input.today);
            if (!done) {
                m_error = done.error().message;
                continue;
            }
            const Adherence a
                = Streaks::adherence(*done, goal.timesPerWeek, goal.startDay, input.today, window);
            if (a.hasData())
                input.goalAdherence << a.ratio();
        }
    } else {
        m_error = goals.error().message;
    }
    const QDate moodFrom = input.today.addDays(-(2 * ReadinessInput::MoodWindowDays - 1));
    if (auto moods = m_journal.reconnect().entryMoods(moodFrom, input.today))
        input.moods = *moods;
    else
        m_error = moods.error().message;
    input.moods += m_extraMoods;
    input.now = m_journal.clock().now();
    input.thresholds = settings.bombardingThresholds();
    if (auto contacts
        = m_journal.space().recentContacts(input.now, ReadinessInput::RepliesWindowDays))
        input.contacts = *contacts;
    else
        m_error = contacts.error().message;
    JourneySignals facts;
    facts.safety = m_safety;
    if (auto no = m_journal.reconnect().noRecorded())
        m_noRecorded = *no;
    else
        m_error = no.error().message; // the last known answer stays
    facts.noRecorded = m_noRecorded;
    input.mode = JourneyRules::mode(facts);
    m_readiness = ReconnectRules::assessReadiness(input);
    Q_EMIT changed();
}

} // namespace Rekindle
