// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MilestoneStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordKinds.h"
#include "RecordWrite.h"
#include "StoreRows.h"
#include "StoreUtil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString Kind = u"milestones"_s;
    const QString Columns
        = u"SELECT id, position, %1, planned_on, reached_on, uid FROM milestones"_s.arg(
            FieldCodec::textColumn(u"title"_s));

    Result<Milestone> read(const FieldCodec &codec, const QSqlQuery &q)
    {
        auto title = codec.read({ Kind, u"title"_s, q.value(5).toString() }, q.value(2));
        if (!title)
            return title.error();
        Milestone m;
        m.id = q.value(0).toLongLong();
        m.position = q.value(1).toInt();
        m.title = *title;
        m.plannedOn = StoreUtil::day(q.value(3));
        m.reachedOn = StoreUtil::day(q.value(4));
        return m;
    }

    Error notFound()
    {
        return Error { QCoreApplication::translate(
            "Rekindle::MilestoneStore", "This milestone is no longer in the journal.") };
    }

} // namespace

MilestoneStore::MilestoneStore(Journal &journal)
    : m_journal(journal)
{
}

Result<bool> MilestoneStore::seedDefaults()
{
    const QString what = QCoreApplication::translate(
        "Rekindle::MilestoneStore", "The milestones could not be prepared.");
    RecordWrite::Save save(m_journal, what);
    if (!save.begun())
        return save.status().error();
    {
        auto seeded = save.run(u"SELECT 1 FROM journal_settings WHERE key = ?"_s, { SeededKey });
        if (!seeded)
            return seeded.error();
        if (seeded->next())
            return false;
        seeded->finish();
        const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
        const FieldCodec &codec = m_journal.fieldCodec();
        int position = 0;
        for (const QString &title : PaceRules::defaultMilestones()) {
            const QString uid = StoreUtil::newUid();
            if (auto id = save.insert(Kind,
                    u"INSERT INTO milestones (uid, position, title, created_at, "
                    "updated_at) VALUES (?, ?, %1, ?, ?)"_s.arg(FieldCodec::TextParam),
                    { uid, position++, codec.bind({ Kind, u"title"_s, uid }, title), now, now });
                !id)
                return id.error();
        }
        if (auto q = save.run(u"INSERT INTO journal_settings (key, value) VALUES (?, %1)"_s.arg(
                                  FieldCodec::TextParam),
                { SeededKey,
                    codec.bind({ RecordKinds::SettingsTable, u"value"_s, SeededKey }, u"1"_s) });
            !q)
            return q.error();
    }
    if (Status status = save.commit(); !status)
        return status.error();
    return true;
}

Result<qint64> MilestoneStore::add(const Milestone &milestone)
{
    if (Status valid = milestone.validate(m_journal.clock().today()); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    const QString uid = StoreUtil::newUid();
    return RecordWrite::insert(m_journal, Kind,
        u"INSERT INTO milestones (uid, position, title, planned_on, reached_on, created_at, "
        "updated_at) VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM milestones), "
        "%1, ?, ?, ?, ?)"_s.arg(FieldCodec::TextParam),
        { uid, m_journal.fieldCodec().bind({ Kind, u"title"_s, uid }, milestone.title.trimmed()),
            RecordWrite::optionalDay(milestone.plannedOn),
            RecordWrite::optionalDay(milestone.reachedOn), now, now },
        QCoreApplication::translate(
            "Rekindle::MilestoneStore", "The milestone could not be added."));
}

Status MilestoneStore::update(const Milestone &milestone)
{
    if (Status valid = milestone.validate(m_journal.clock().today()); !valid)
        return valid;
    const QString what = QCoreApplication::translate(
        "Rekindle::MilestoneStore", "Your changes to the milestone could not be saved.");
    return RecordWrite::update(
        m_journal, Kind, milestone.id,
        u"UPDATE milestones SET title = %1, planned_on = ?, reached_on = ?, updated_at = ? "
        "WHERE id = ?"_s.arg(FieldCodec::TextParam),
        [&](const QString &uid) -> QVariantList {
            return { m_journal.fieldCodec().bind(
                         { Kind, u"title"_s, uid }, milestone.title.trimmed()),
                RecordWrite::optionalDay(milestone.plannedOn),
                RecordWrite::optionalDay(milestone.reachedOn),
                m_journal.clock().now().toMSecsSinceEpoch(), milestone.id };
        },
        what, notFound());
}

Status MilestoneStore::remove(qint64 id)
{
    return RecordWrite::change(m_journal, Kind, id, RecordChange::Removed,
        u"DELETE FROM milestones WHERE id = ?"_s, { id },
        QCoreApplication::translate(
            "Rekindle::MilestoneStore", "The milestone could not be removed."),
        notFound());
}

Status MilestoneStore::move(qint64 id, int delta)
{
    auto all = milestones();
    if (!all)
        return all.error();
    qsizetype from = -1;
    for (qsizetype i = 0; i < all->size(); ++i)
        if (all->at(i).id == id)
            from = i;
    if (from < 0)
        return notFound();
    const qsizetype to = from + (delta < 0 ? -1 : 1);
    if (to < 0 || to >= all->size())
        return {}; // already first or last
    const QString what = QCoreApplication::translate(
        "Rekindle::MilestoneStore", "The milestone could not be moved.");
    RecordWrite::Save save(m_journal, what);
    if (!save.begun())
        return save.status();
    // Positions are rewritten as 0..n-1 in the new order, so that gaps never matter. The moved
    // milestone is announced first, then every other one whose number changed.
    QList<Milestone> order = *all;
    order.swapItemsAt(from, to);
    const auto renumber = [&](qsizetype i) {
        return save.change(Kind, order.at(i).id, RecordChange::Updated,
            u"UPDATE milestones SET position = ? WHERE id = ?"_s, { int(i), order.at(i).id },
            notFound());
    };
    if (Status status = renumber(to); !status)
        return status;
    for (qsizetype i = 0; i < order.size(); ++i)
        if (i != to && order.at(i).position != int(i))
            if (Status status = renumber(i); !status)
                return status;
    return save.commit();
}

Result<Milestone> MilestoneStore::milestone(qint64 id) const
{
    return StoreRows::one<Milestone>(
        Sql::run(m_journal.database(), Columns + u" WHERE id = ?"_s, { id },
            QCoreApplication::translate(
                "Rekindle::MilestoneStore", "The milestone could not be read.")),
        m_journal.fieldCodec(), read, notFound());
}

Result<QList<Milestone>> MilestoneStore::milestones() const
{
    return StoreRows::all<Milestone>(
        Sql::run(m_journal.database(), Columns + u" ORDER BY position, id"_s, {},
            QCoreApplication::translate(
                "Rekindle::MilestoneStore", "The milestones could not be read.")),
        m_journal.fieldCodec(), read);
}

} // namespace Rekindle
