// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "SettingsStore.h"
#include "Sql.h"
#include "StoreUtil.h"
#include "core/CalendarStreaks.h"
#include "core/SpaceRules.h"
#include "core/StepProgress.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString key(const char *name)
    {
        return QString::fromLatin1(name);
    }

} // namespace

ChartStore::ChartStore(const Journal &journal)
    : m_journal(journal)
{
}

QString ChartStore::weekStartExpression(const QString &dayColumn)
{
    // The first day of the week of the UI locale (Startup sets it as the default): Sunday in
    // en_US, Monday in de_DE. %w is 0 for Sunday; step back that many days to the week's start.
    const int first = int(QLocale().firstDayOfWeek()) % 7;
    return u"date(%1, '-' || ((CAST(strftime('%w', %1) AS INTEGER) + %2) % 7) || ' days')"_s.arg(
        dayColumn, QString::number(7 - first));
}

Result<SpaceHistory> ChartStore::space(QDate from, QDate to) const
{
    SpaceHistory history;
    history.spaceStart = m_journal.settings().spaceStart();
    if (!from.isValid() || !to.isValid() || to < from)
        return history;
    const QString what = tr("The history of space could not be read.");
    const QSqlDatabase db = m_journal.database();
    if (history.spaceStart.isValid() && history.spaceStart < from) {
        auto q = Sql::run(db,
            u"SELECT max(day) FROM contact_events WHERE direction = 0 "
            "AND day >= ? AND day < ?"_s,
            { StoreUtil::dayText(history.spaceStart), StoreUtil::dayText(from) }, what);
        if (!q)
            return q.error();
        if (q->next() && !q->value(0).isNull())
            history.lastContactBefore = StoreUtil::day(q->value(0));
    }
    auto contacts = Sql::run(db,
        u"SELECT day, sum(direction = 0), sum(direction = 1) "
        "FROM contact_events WHERE day BETWEEN ? AND ? "
        "GROUP BY day ORDER BY day"_s,
        { StoreUtil::dayText(from), StoreUtil::dayText(to) }, what);
    if (!contacts)
        return contacts.error();
    while (contacts->next())
        history.contacts << DayContacts { StoreUtil::day(contacts->value(0)),
            contacts->value(1).toInt(), contacts->value(2).toInt() };
    auto urges = Sql::run(db,
        u"SELECT %1 AS week, count(*) FROM urges WHERE day BETWEEN ? AND ? "
        "GROUP BY week ORDER BY week"_s.arg(weekStartExpression(u"day"_s)),
        { StoreUtil::dayText(from), StoreUtil::dayText(to) }, what);
    if (!urges)
        return urges.error();
    while (urges->next())
        history.urgesByWeek.append({ StoreUtil::day(urges->value(0)), urges->value(1).toInt() });
    return history;
}

Result<QList<GoalInfo>> ChartStore::goals() const
{
    auto q = Sql::run(m_journal.database(),
        u"SELECT id, %1, times_per_week, start_day, archived_at, uid FROM goals "
        "ORDER BY created_at, id"_s.arg(FieldCodec::textColumn(u"title"_s)),
        {}, tr("The goals could not be read."));
    if (!q)
        return q.error();
    QList<GoalInfo> result;
    while (q->next()) {
        auto title = m_journal.fieldCodec().read(
            { u"goals"_s, u"title"_s, q->value(5).toString() }, q->value(1));
        if (!title)
            return title.error();
        GoalInfo goal { q->value(0).toLongLong(), *title, q->value(2).toInt(),
            StoreUtil::day(q->value(3)), {} };
        if (!q->value(4).isNull())
            goal.archivedOn = m_journal.clock().localDate(StoreUtil::instant(q->value(4)));
        result << goal;
    }
    return result;
}

Result<QList<GoalWeekCount>> ChartStore::checkInsByWeek(QDate from, QDate to) const
{
    QList<GoalWeekCount> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    auto q = Sql::run(m_journal.database(),
        u"SELECT goal_id, %1 AS week, count(*) FROM goal_checkins "
        "WHERE day BETWEEN ? AND ? GROUP BY goal_id, week "
        "ORDER BY week, goal_id"_s.arg(weekStartExpression(u"day"_s)),
        { StoreUtil::dayText(from), StoreUtil::dayText(to) },
        tr("The check-ins could not be read."));
    if (!q)
        return q.error();
    while (q->next())
        result << GoalWeekCount { q->value(0).toLongLong(), StoreUtil::day(q->value(1)),
            q->value(2).toInt() };
    return result;
}

Result<QList<ResponseCount>> ChartStore::responses(QDate from, QDate to, bool byMonth) const
{
    QList<ResponseCount> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    const QString bucket = byMonth ? u"substr(day, 1, 8) || '01'"_s : weekStartExpression(u"day"_s);
    auto q = Sql::run(m_journal.database(),
        u"SELECT %1 AS bucket, coalesce(response, 0) AS r, count(*) "
        "FROM contact_events WHERE direction = 0 AND day BETWEEN ? AND ? "
        "GROUP BY bucket, r ORDER BY bucket, r"_s.arg(bucket),
        { StoreUtil::dayText(from), StoreUtil::dayText(to) },
        tr("The contacts could not be read."));
    if (!q)
        return q.error();
    while (q->next())
        result << ResponseCount { StoreUtil::day(q->value(0)), q->value(1).toInt(),
            q->value(2).toInt() };
    return result;
}

Result<QList<DecidedCount>> ChartStore::commitmentsDecided(QDate from, QDate to, bool byMonth) const
{
    QList<DecidedCount> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    const QString bucket
        = byMonth ? u"substr(settled_on, 1, 8) || '01'"_s : weekStartExpression(u"settled_on"_s);
    // The same rule as TrustRules::keptRatio: a commitment counts on the day it was settled.
    auto q = Sql::run(m_journal.database(),
        u"SELECT %1 AS bucket, sum(status = 1), sum(status = 2) FROM commitments "
        "WHERE status IN (1, 2) AND settled_on BETWEEN ? AND ? "
        "GROUP BY bucket ORDER BY bucket"_s.arg(bucket),
        { StoreUtil::dayText(from), StoreUtil::dayText(to) },
        tr("The commitments could not be read."));
    if (!q)
        return q.error();
    while (q->next())
        result << DecidedCount { StoreUtil::day(q->value(0)),
            KeptRatio { q->value(1).toInt(), q->value(2).toInt() } };
    return result;
}

Result<QList<Milestone>> ChartStore::datedMilestones() const
{
    auto q = Sql::run(m_journal.database(),
        u"SELECT id, position, %1, planned_on, reached_on, uid FROM milestones "
        "WHERE planned_on IS NOT NULL OR reached_on IS NOT NULL "
        "ORDER BY position, id"_s.arg(FieldCodec::textColumn(u"title"_s)),
        {}, tr("The milestones could not be read."));
    if (!q)
        return q.error();
    QList<Milestone> result;
    while (q->next()) {
        auto title = m_journal.fieldCodec().read(
            { u"milestones"_s, u"title"_s, q->value(5).toString() }, q->value(2));
        if (!title)
            return title.error();
        Milestone m;
        m.id = q->value(0).toLongLong();
        m.position = q->value(1).toInt();
        m.title = *title;
        if (!q->value(3).isNull())
            m.plannedOn = StoreUtil::day(q->value(3));
        if (!q->value(4).isNull())
            m.reachedOn = StoreUtil::day(q->value(4));
        result << m;
    }
    return result;
}

int ChartStore::minMilestoneGapDays() const
{
    return m_journal.settings().minMilestoneGapDays();
}

Result<std::optional<QDate>> ChartStore::firstDay() const
{
    auto q = Sql::run(m_journal.database(),
        u"SELECT min(d) FROM (SELECT min(day) AS d FROM contact_events "
        "UNION ALL SELECT min(day) FROM urges "
        "UNION ALL SELECT min(day) FROM goal_checkins "
        "UNION ALL SELECT min(start_day) FROM goals "
        "UNION ALL SELECT min(settled_on) FROM commitments "
        "UNION ALL SELECT min(reached_on) FROM milestones "
        "UNION ALL SELECT min(planned_on) FROM milestones)"_s,
        {}, tr("The journal's history could not be read."));
    if (!q)
        return q.error();
    std::optional<QDate> first;
    if (q->next() && !q->value(0).isNull())
        first = StoreUtil::day(q->value(0));
    const QDate space = m_journal.settings().spaceStart();
    if (space.isValid() && (!first || space < *first))
        first = space;
    return first;
}

Result<QHash<QString, int>> ChartStore::stepCounts(Step step, QDate today) const
{
    switch (step) {
    case Step::Acknowledge:
        return acknowledgeCounts(today);
    case Step::WorkOnYourself:
        return workOnYourselfCounts(today);
    case Step::Reconnect: {
        // Off the normal path, step 3 counts the space given too (the same longest stretch).
        auto counts = laterStepCounts(step);
        auto space = acknowledgeCounts(today);
        if (!counts || !space)
            return counts ? space : counts;
        const QString days = key(StepProgress::Count::SpaceDays);
        counts->insert(days, space->value(days));
        return counts;
    }
    case Step::RebuildTrust:
    case Step::TakeThingsSlow:
        return laterStepCounts(step);
    }
    return QHash<QString, int>();
}

Result<QHash<QString, int>> ChartStore::laterStepCounts(Step step) const
{
    namespace C = StepProgress::Count;
    const SettingsStore &settings = m_journal.settings();
    const auto written = [&settings](const QString &key) {
        return settings.text(key).trimmed().isEmpty() ? 0 : 1;
    };
    QHash<QString, int> counts;
    QString sql;
    QStringList keys;
    if (step == Step::Reconnect) {
        // Only what the person did: never whether or how the other person replied.
        counts.insert(key(C::SafetyAnswered), settings.safetyCheck().answered() ? 1 : 0);
        counts.insert(
            key(C::DraftsChecked), std::max(0, settings.integer(NoteKeys::DraftsCheckedKey, 0)));
        sql = u"SELECT %1"_s.arg(StoreUtil::countUpTo(
            u"contact_events WHERE direction = 0 AND tone = 0"_s, StepProgress::CountLimit));
        keys << key(C::LightContacts);
    } else if (step == Step::RebuildTrust) {
        counts.insert(key(C::LetterWritten), written(NoteKeys::LetterKey));
        counts.insert(key(C::LessonsWritten), written(NoteKeys::LessonsKey));
        int planParts = 0;
        for (const QString &part : { NoteKeys::PlanTrustedKey, NoteKeys::PlanPlacesKey,
                 NoteKeys::PlanDocumentsKey, NoteKeys::PlanEmergencyKey })
            planParts += written(part);
        counts.insert(key(C::SafetyPlanParts), planParts);
        sql = u"SELECT %1, %2"_s.arg(
            StoreUtil::countUpTo(u"commitments WHERE status = 1"_s, StepProgress::CountLimit),
            StoreUtil::countUpTo(u"issues WHERE status IN (1, 2)"_s, StepProgress::CountLimit));
        keys << key(C::CommitmentsKept) << key(C::IssuesWorkedOn);
    } else {
        counts.insert(
            key(C::OutcomeChosen), settings.outcome() != JourneyOutcome::InProgress ? 1 : 0);
        counts.insert(key(C::NextWritten), written(NoteKeys::NextRelationshipKey));
        auto planned = Sql::run(m_journal.database(),
            u"SELECT planned_on FROM milestones WHERE planned_on IS NOT NULL"_s, {},
            tr("The progress of this step could not be read."));
        if (!planned)
            return planned.error();
        QList<Milestone> milestones;
        while (planned->next()) {
            Milestone m;
            m.plannedOn = StoreUtil::day(planned->value(0));
            milestones << m;
        }
        counts.insert(key(C::MilestonesPlanned), int(milestones.size()));
        counts.insert(key(C::MilestoneGapsRespected),
            PaceRules::gapsRespected(milestones, settings.minMilestoneGapDays()));
        return counts;
    }
    auto q = Sql::run(
        m_journal.database(), sql, {}, tr("The progress of this step could not be read."));
    if (!q)
        return q.error();
    if (q->next())
        for (qsizetype i = 0; i < keys.size(); ++i)
            counts.insert(keys.at(i), q->value(int(i)).toInt());
    return counts;
}

Result<QHash<QString, int>> ChartStore::acknowledgeCounts(QDate today) const
{
    namespace C = StepProgress::Count;
    const SettingsStore &settings = m_journal.settings();
    QHash<QString, int> counts;
    counts.insert(key(C::BreakupDateSet), settings.breakupDate().isValid() ? 1 : 0);
    counts.insert(key(C::Accepted), settings.acceptedOn().isValid() ? 1 : 0);
    const QDate start = settings.spaceStart();
    auto q = Sql::run(m_journal.database(),
        u"SELECT %1, "
        "(SELECT group_concat(day) FROM (SELECT DISTINCT day FROM contact_events "
        "WHERE direction = 0 AND day >= ? AND day <= ? ORDER BY day))"_s.arg(
            StoreUtil::countUpTo(u"my_part"_s, StepProgress::CountLimit)),
        { StoreUtil::dayText(start.isValid() ? start : today), StoreUtil::dayText(today) },
        tr("The progress of this step could not be read."));
    if (!q)
        return q.error();
    int spaceDays = 0;
    if (q->next()) {
        counts.insert(key(C::MyPartItems), q->value(0).toInt());
        // The longest stretch: a contact made later (in step 3, say) never takes away the
        // space given before it.
        QList<QDate> contactDays;
        for (const QString &day : q->value(1).toString().split(u',', Qt::SkipEmptyParts))
            contactDays << StoreUtil::day(day);
        if (const auto best = SpaceRules::best(SpaceRules::streaks(start, contactDays, today)))
            spaceDays = best->days();
    }
    counts.insert(key(C::SpaceDays), spaceDays);
    return counts;
}

Result<QHash<QString, int>> ChartStore::workOnYourselfCounts(QDate today) const
{
    namespace C = StepProgress::Count;
    constexpr int Window = StepProgress::AdherenceWindowDays;
    const QDate windowFirst = today.addDays(1 - Window);
    auto q = Sql::run(m_journal.database(), uR"(SELECT g.times_per_week, g.start_day,
                                 (SELECT count(*) FROM goal_checkins c WHERE c.goal_id = g.id
                                     AND c.day BETWEEN max(g.start_day, ?) AND ?)
                          FROM goals g WHERE g.archived_at IS NULL)"_s,
        { StoreUtil::dayText(windowFirst), StoreUtil::dayText(today) },
        tr("The progress of this step could not be read."));
    if (!q)
        return q.error();
    int active = 0;
    double done = 0;
    double planned = 0;
    while (q->next()) {
        ++active;
        const Adherence a = Streaks::adherence(
            q->value(2).toInt(), q->value(0).toInt(), StoreUtil::day(q->value(1)), today, Window);
        if (!a.hasData())
            continue;
        planned += a.expected;
        done += std::min(double(a.done), a.expected);
    }
    auto wins = Sql::run(m_journal.database(),
        u"SELECT %1"_s.arg(StoreUtil::countUpTo(u"small_wins"_s, StepProgress::CountLimit)), {},
        tr("The progress of this step could not be read."));
    if (!wins)
        return wins.error();
    QHash<QString, int> counts;
    counts.insert(key(C::ActiveGoals), active);
    if (planned > 0) {
        // Whole check-ins: what was done (never more than asked) of what was asked, rounded up.
        counts.insert(key(C::GoalCheckIns), int(std::floor(done + 1e-9)));
        counts.insert(key(C::GoalCheckInsPlanned), std::max(1, int(std::ceil(planned - 1e-9))));
    }
    counts.insert(key(C::SmallWins), wins->next() ? wins->value(0).toInt() : 0);
    return counts;
}

} // namespace Rekindle
