// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "MyPartStore.h"
#include "RecordWrite.h"
#include "Sql.h"
#include "StoreRows.h"
#include "StoreUtil.h"
#include "core/Translation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::GoalStore", text);
    }

    const QString Kind = u"goals"_s;
    const QString CheckInKind = u"goal_checkins"_s;
    const QString SelectColumns = u"SELECT id, %1, category, times_per_week, start_day, "
                                  "my_part_id, archived_at, created_at, uid FROM goals"_s.arg(
                                      FieldCodec::textColumn(u"title"_s));

    Result<Goal> read(const FieldCodec &codec, const QSqlQuery &q)
    {
        FieldCodec::Row text(codec, Kind, q.value(8).toString());
        Goal g;
        g.id = q.value(0).toLongLong();
        g.title = text.text(u"title"_s, q.value(1));
        if (!text.ok())
            return text.error();
        g.category = Goals::categoryFromInt(q.value(2).toInt()).value_or(GoalCategory::Other);
        g.timesPerWeek = q.value(3).toInt();
        g.startDay = StoreUtil::day(q.value(4));
        if (!q.value(5).isNull())
            g.myPartId = q.value(5).toLongLong();
        g.archived = !q.value(6).isNull();
        g.created = StoreUtil::instant(q.value(7));
        return g;
    }

    Error notFound()
    {
        return Error { tr("This goal no longer exists.") };
    }

} // namespace

GoalStore::GoalStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> GoalStore::insert(RecordWrite::Save &save, const Goal &goal)
{
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    const QString uid = StoreUtil::newUid();
    return save.insert(Kind,
        u"INSERT INTO goals (uid, title, category, times_per_week, start_day, "
        "my_part_id, created_at, updated_at) VALUES (?, %1, ?, ?, ?, ?, ?, ?)"_s.arg(
            FieldCodec::TextParam),
        { uid, m_journal.fieldCodec().bind({ Kind, u"title"_s, uid }, goal.title.trimmed()),
            int(goal.category), goal.timesPerWeek, StoreUtil::dayText(goal.startDay),
            StoreUtil::optionalId(goal.myPartId), now, now });
}

Result<qint64> GoalStore::create(const Goal &goal)
{
    if (Status valid = goal.validate(); !valid)
        return valid.error();
    RecordWrite::Save save(m_journal, tr("The goal could not be saved."));
    if (!save.begun())
        return save.status().error();
    auto id = insert(save, goal);
    if (!id)
        return id.error();
    if (Status status = save.commit(); !status)
        return status.error();
    return *id;
}

Result<qint64> GoalStore::createFromMyPart(qint64 myPartId)
{
    const QString what = tr("The goal could not be made.");
    RecordWrite::Save save(m_journal, what);
    if (!save.begun())
        return save.status().error();
    auto item = m_journal.myPart().item(myPartId);
    if (!item)
        return item.error();
    Goal goal;
    goal.title = item->instead.trimmed().isEmpty()
        ? tr("Work on: %1").arg(item->shortTitle())
        : item->instead.simplified().left(Goal::MaxTitleLength);
    goal.category = GoalCategory::PersonalIssue;
    goal.timesPerWeek = Goal::Daily;
    goal.startDay = m_journal.clock().today();
    goal.myPartId = myPartId;
    if (Status valid = goal.validate(); !valid)
        return valid.error();
    auto id = insert(save, goal);
    if (!id)
        return id.error();
    // Working on a goal made from it means the item is being worked on.
    if (item->status == MyPartStatus::Noticed) {
        auto q = save.run(u"UPDATE my_part SET status = ?, updated_at = ? WHERE id = ?"_s,
            { int(MyPartStatus::WorkingOnIt), m_journal.clock().now().toMSecsSinceEpoch(),
                myPartId });
        if (!q)
            return q.error();
    }
    save.announce(u"my_part"_s, myPartId, RecordChange::Updated);
    if (Status status = save.commit(); !status)
        return status.error();
    return *id;
}

Status GoalStore::update(const Goal &goal)
{
    if (Status valid = goal.validate(); !valid)
        return valid;
    const QString what = tr("Your changes to the goal could not be saved.");
    const auto uid = RecordWrite::uidOf(m_journal.database(), Kind, goal.id, what, notFound());
    if (!uid)
        return uid.error();
    RecordWrite::Save save(m_journal, what);
    if (!save.begun())
        return save.status();
    if (Status status = save.change(Kind, goal.id, RecordChange::Updated,
            u"UPDATE goals SET title = %1, category = ?, times_per_week = ?, "
            "start_day = ?, my_part_id = ?, updated_at = ? WHERE id = ?"_s.arg(
                FieldCodec::TextParam),
            { m_journal.fieldCodec().bind({ Kind, u"title"_s, *uid }, goal.title.trimmed()),
                int(goal.category), goal.timesPerWeek, StoreUtil::dayText(goal.startDay),
                StoreUtil::optionalId(goal.myPartId), m_journal.clock().now().toMSecsSinceEpoch(),
                goal.id },
            notFound());
        !status)
        return status;
    if (goal.myPartId)
        save.announce(u"my_part"_s, *goal.myPartId, RecordChange::Updated);
    return save.commit();
}

Status GoalStore::setArchived(qint64 id, bool archived)
{
    const QString what
        = archived ? tr("The goal could not be archived.") : tr("The goal could not be restored.");
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    return RecordWrite::change(m_journal, Kind, id, RecordChange::Updated,
        u"UPDATE goals SET archived_at = ?, updated_at = ? WHERE id = ?"_s,
        { archived ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)), now, id }, what,
        notFound());
}

Result<Goal> GoalStore::goal(qint64 id) const
{
    return StoreRows::one<Goal>(Sql::run(m_journal.database(), SelectColumns + u" WHERE id = ?"_s,
                                    { id }, tr("The goal could not be read.")),
        m_journal.fieldCodec(), read, notFound());
}

Result<qint64> GoalStore::goalOfCheckIn(qint64 checkInId) const
{
    auto query = Sql::run(m_journal.database(), u"SELECT goal_id FROM goal_checkins WHERE id = ?"_s,
        { checkInId }, tr("The goal could not be read."));
    if (!query)
        return query.error();
    if (!query->next())
        return notFound();
    return query->value(0).toLongLong();
}

Result<QList<Goal>> GoalStore::goals(bool archived) const
{
    auto query = Sql::run(m_journal.database(),
        SelectColumns
            + (archived ? u" WHERE archived_at IS NOT NULL"_s : u" WHERE archived_at IS NULL"_s)
            + u" ORDER BY created_at, id"_s,
        {}, tr("The goals could not be read."));
    return StoreRows::all<Goal>(std::move(query), m_journal.fieldCodec(), read);
}

Status GoalStore::checkIn(const GoalCheckIn &checkIn)
{
    auto g = goal(checkIn.goalId);
    if (!g)
        return g.error();
    if (Status valid = checkIn.validate(g->startDay, m_journal.clock().today()); !valid)
        return valid;
    const QString what = tr("The check-in could not be saved.");
    RecordWrite::Save save(m_journal, what);
    if (!save.begun())
        return save.status();
    // A day's check-in keeps its uid when its note changes: the note is bound to that uid.
    auto existing = save.run(u"SELECT id, uid FROM goal_checkins WHERE goal_id = ? AND day = ?"_s,
        { checkIn.goalId, StoreUtil::dayText(checkIn.day) });
    if (!existing)
        return existing.error();
    const bool found = existing->next();
    const qint64 id = found ? existing->value(0).toLongLong() : 0;
    const QString uid = found ? existing->value(1).toString() : StoreUtil::newUid();
    existing->finish();
    const QVariant note
        = m_journal.fieldCodec().bind({ CheckInKind, u"note"_s, uid }, checkIn.note.trimmed());
    if (found) {
        if (Status status = save.change(CheckInKind, id, RecordChange::Updated,
                u"UPDATE goal_checkins SET note = coalesce(%1, '') WHERE id = ?"_s.arg(
                    FieldCodec::TextParam),
                { note, id }, notFound());
            !status)
            return status;
    } else if (auto inserted = save.insert(CheckInKind,
                   u"INSERT INTO goal_checkins (uid, goal_id, day, note, created_at) "
                   "VALUES (?, ?, ?, coalesce(%1, ''), ?)"_s.arg(FieldCodec::TextParam),
                   { uid, checkIn.goalId, StoreUtil::dayText(checkIn.day), note,
                       m_journal.clock().now().toMSecsSinceEpoch() });
               !inserted) {
        return inserted.error();
    }
    return save.commit();
}

Status GoalStore::removeCheckIn(qint64 goalId, QDate day)
{
    RecordWrite::Save save(m_journal, tr("The check-in could not be removed."));
    if (!save.begun())
        return save.status();
    // Removing a check-in that is not there is no failure: the day is unticked either way.
    auto existing = save.run(u"SELECT id FROM goal_checkins WHERE goal_id = ? AND day = ?"_s,
        { goalId, StoreUtil::dayText(day) });
    if (!existing)
        return existing.error();
    if (existing->next()) {
        const qint64 id = existing->value(0).toLongLong();
        existing->finish();
        if (Status status = save.change(CheckInKind, id, RecordChange::Removed,
                u"DELETE FROM goal_checkins WHERE id = ?"_s, { id }, notFound());
            !status)
            return status;
    }
    return save.commit();
}

Result<std::optional<QString>> GoalStore::checkInNote(qint64 goalId, QDate day) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT %1, uid FROM goal_checkins WHERE goal_id = ? AND day = ?"_s.arg(
            FieldCodec::textColumn(u"note"_s)),
        { goalId, StoreUtil::dayText(day) }, tr("The check-in could not be read."));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    auto note = m_journal.fieldCodec().read(
        { CheckInKind, u"note"_s, query->value(1).toString() }, query->value(0));
    if (!note)
        return note.error();
    return std::optional<QString>(*note);
}

Result<QList<QDate>> GoalStore::checkInDays(qint64 goalId) const
{
    // Served by the UNIQUE (goal_id, day) index: one goal's days, already in order.
    auto query = Sql::run(m_journal.database(),
        u"SELECT day FROM goal_checkins WHERE goal_id = ? ORDER BY day"_s, { goalId },
        tr("The check-ins could not be read."));
    if (!query)
        return query.error();
    QList<QDate> days;
    while (query->next())
        days.append(StoreUtil::day(query->value(0)));
    return days;
}

Result<int> GoalStore::countCheckIns(qint64 goalId, QDate first, QDate last) const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT count(*) FROM goal_checkins WHERE goal_id = ? "
        "AND day BETWEEN ? AND ?"_s,
        { goalId, StoreUtil::dayText(first), StoreUtil::dayText(last) },
        tr("The check-ins could not be counted."));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<GoalProgress> GoalStore::progress(
    const Goal &goal, QDate today, Qt::DayOfWeek firstDay) const
{
    GoalProgress result;
    auto days = checkInDays(goal.id);
    if (!days)
        return days.error();
    result.streak = goal.isDaily() ? Streaks::daily(*days, today)
                                   : Streaks::weekly(*days, goal.timesPerWeek, today, firstDay);
    result.doneToday = !days->isEmpty() && days->contains(today);
    for (int window : { 14, 30 }) {
        const QDate first = Streaks::windowStart(goal.startDay, today, window);
        auto done = first <= today ? countCheckIns(goal.id, first, today) : Result<int>(0);
        if (!done)
            return done.error();
        (window == 14 ? result.last14 : result.last30)
            = Streaks::adherence(*done, goal.timesPerWeek, goal.startDay, today, window);
    }
    auto week = countCheckIns(goal.id, Streaks::weekStart(today, firstDay), today);
    if (!week)
        return week.error();
    result.doneThisWeek = *week;
    return result;
}

} // namespace Rekindle
