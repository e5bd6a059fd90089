// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpaceOverview.h"

#include "PendingDeletes.h"
#include "RecordFollow.h"
#include "storage/Journal.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"

namespace Rekindle {

SpaceOverview::SpaceOverview(Journal &journal, Qt::DayOfWeek firstDayOfWeek, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_firstDay(firstDayOfWeek)
{
    connect(&journal.settings(), &SettingsStore::changed, this, &SpaceOverview::refresh);
    RecordFollow::any(journal, this, { QStringLiteral("contact_events"), QStringLiteral("urges") },
        [this] { refresh(); });
    // A contact or urge whose delete waits for its undo no longer counts.
    connect(&PendingDeletes::of(journal), &PendingDeletes::pendingChanged, this,
        [this](const QString &kind) {
            if (kind == QLatin1String("contact_events") || kind == QLatin1String("urges"))
                refresh();
        });
    refresh();
}

QDate SpaceOverview::today() const
{
    return m_journal.clock().today();
}

std::optional<qint64> SpaceOverview::daysSinceBreakup() const
{
    if (!m_breakup.isValid())
        return std::nullopt;
    return m_breakup.daysTo(today());
}

std::optional<SpaceStreak> SpaceOverview::currentStreak() const
{
    if (m_streaks.isEmpty())
        return std::nullopt;
    return m_streaks.constLast();
}

std::optional<SpaceStreak> SpaceOverview::bestStreak() const
{
    return SpaceRules::best(m_streaks);
}

void SpaceOverview::refresh()
{
    const SettingsStore &settings = m_journal.settings();
    const SpaceStore &space = m_journal.space();
    const QDate day = today();
    m_error.clear();
    m_breakup = settings.breakupDate();
    m_acceptedOn = settings.acceptedOn();
    m_spaceStart = settings.spaceStart();
    m_thresholds = settings.bombardingThresholds();
    const PendingDeletes &pending = PendingDeletes::of(m_journal);
    const qint64 hiddenContact
        = pending.pendingKind() == QLatin1String("contact_events") ? pending.pendingId() : 0;
    const qint64 hiddenUrge
        = pending.pendingKind() == QLatin1String("urges") ? pending.pendingId() : 0;
    m_streaks.clear();
    if (m_spaceStart.isValid()) {
        if (auto days = space.outgoingContactDays(m_spaceStart, hiddenContact))
            m_streaks = SpaceRules::streaks(m_spaceStart, *days, day);
        else
            m_error = days.error().message;
    }
    const QDate weekFirst = Streaks::weekStart(day, m_firstDay);
    if (auto count = space.countUrges(weekFirst, day, hiddenUrge))
        m_urgesThisWeek = *count;
    else
        m_error = count.error().message;
    const QDateTime now = m_journal.clock().now();
    if (auto recent = space.recentContacts(now, SpaceRules::UnansweredLookbackDays, hiddenContact))
        m_bombarding = SpaceRules::assessBombarding(*recent, now, m_thresholds);
    else
        m_error = recent.error().message;
    Q_EMIT changed();
}

Status SpaceOverview::setBreakupDate(QDate day)
{
    return m_journal.settings().setBreakupDate(day);
}

Status SpaceOverview::setAccepted(bool accepted)
{
    return m_journal.settings().setAccepted(accepted);
}

Status SpaceOverview::setSpaceStart(QDate day)
{
    return m_journal.settings().setSpaceStart(day);
}

Status SpaceOverview::setThresholds(const BombardingThresholds &thresholds)
{
    return m_journal.settings().setBombardingThresholds(thresholds);
}

Result<qint64> SpaceOverview::logUrge(int intensity, const QString &note)
{
    Urge urge;
    urge.intensity = intensity;
    urge.note = note;
    return m_journal.space().logUrge(urge);
}

Result<qint64> SpaceOverview::logMyContact(ContactChannel channel, const QString &note)
{
    ContactEvent event;
    event.direction = ContactDirection::MeToThem;
    event.channel = channel;
    event.occurredAt = m_journal.clock().now();
    event.note = note;
    return m_journal.space().logContact(event);
}

} // namespace Rekindle
