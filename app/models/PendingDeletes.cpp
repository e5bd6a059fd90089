// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingDeletes.h"

#include "core/Clock.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/MilestoneStore.h"
#include "storage/MoodStore.h"
#include "storage/MyPartStore.h"
#include "storage/ReconnectStore.h"
#include "storage/ReflectionStore.h"
#include "storage/SmallWinStore.h"
#include "storage/SpaceStore.h"
#include "storage/TrustStore.h"
#include "storage/UnsentMessageStore.h"

#include <QHash>
#include <algorithm>

namespace Rekindle {

namespace {

    /// The store removal of each kind the person can delete.
    const QHash<QString, std::function<Status(Journal &, qint64)>> &removals()
    {
        using namespace Qt::StringLiterals;
        static const QHash<QString, std::function<Status(Journal &, qint64)>> table {
            { u"entries"_s, [](Journal &j, qint64 id) { return j.entries().remove(id); } },
            { u"reflections"_s, [](Journal &j, qint64 id) { return j.reflections().remove(id); } },
            { u"mood_checkins"_s, [](Journal &j, qint64 id) { return j.moods().remove(id); } },
            { u"my_part"_s, [](Journal &j, qint64 id) { return j.myPart().remove(id); } },
            { u"contact_events"_s,
                [](Journal &j, qint64 id) { return j.space().removeContact(id); } },
            { u"urges"_s, [](Journal &j, qint64 id) { return j.space().removeUrge(id); } },
            { u"unsent_messages"_s,
                [](Journal &j, qint64 id) { return j.unsentMessages().remove(id); } },
            { u"small_wins"_s, [](Journal &j, qint64 id) { return j.smallWins().remove(id); } },
            { u"meetups"_s, [](Journal &j, qint64 id) { return j.reconnect().removeMeetup(id); } },
            { u"feelings_shared"_s,
                [](Journal &j, qint64 id) {
                    return j.trust().remove(TrustStore::Kind::Feeling, id);
                } },
            { u"commitments"_s,
                [](Journal &j, qint64 id) {
                    return j.trust().remove(TrustStore::Kind::Commitment, id);
                } },
            { u"issues"_s,
                [](Journal &j, qint64 id) {
                    return j.trust().remove(TrustStore::Kind::Issue, id);
                } },
            { u"milestones"_s, [](Journal &j, qint64 id) { return j.milestones().remove(id); } },
        };
        return table;
    }

} // namespace

PendingDeletes::PendingDeletes(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PendingDeletes::expireIfDue);
}

// Not committed here: as the journal's child this is destroyed after the journal's stores.
// JournalSession commits before it closes the journal.
PendingDeletes::~PendingDeletes() = default;

PendingDeletes &PendingDeletes::of(Journal &journal)
{
    if (auto *existing = journal.findChild<PendingDeletes *>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new PendingDeletes(journal, &journal);
}

namespace {
    constexpr char ServingProperty[] = "rekindlePendingDeletes";
}

PendingDeletes *PendingDeletes::serving(const QObject *model)
{
    return model
        ? qobject_cast<PendingDeletes *>(model->property(ServingProperty).value<QObject *>())
        : nullptr;
}

void PendingDeletes::serve(QObject *model)
{
    model->setProperty(ServingProperty, QVariant::fromValue<QObject *>(this));
}

Status PendingDeletes::commitPending(Journal &journal)
{
    if (auto *existing = journal.findChild<PendingDeletes *>(QString(), Qt::FindDirectChildrenOnly))
        return existing->commit();
    return {};
}

bool PendingDeletes::canRemove(const QString &kind)
{
    return removals().contains(kind);
}

Status PendingDeletes::remove(const QString &kind, qint64 id)
{
    const auto removal = removals().value(kind);
    if (!removal)
        return Error { tr("This kind of record cannot be deleted.") };
    return schedule(kind, id, [this, removal, id] { return removal(m_journal, id); });
}

Status PendingDeletes::schedule(const QString &kind, qint64 id, Removal removal)
{
    if (isPending(kind, id))
        return {};
    if (Status status = commit(); !status)
        return status;
    m_kind = kind;
    m_id = id;
    m_removal = std::move(removal);
    m_deadline = m_journal.clock().now().addMSecs(UndoWindowMs);
    Q_EMIT pendingChanged(m_kind, m_id, true);
    Q_EMIT started();
    startTimer();
    return {};
}

bool PendingDeletes::undo()
{
    if (!hasPending())
        return false;
    const QString kind = m_kind;
    const qint64 id = m_id;
    clear();
    Q_EMIT pendingChanged(kind, id, false);
    Q_EMIT restored(kind, id, true);
    Q_EMIT ended();
    return true;
}

Status PendingDeletes::commit()
{
    if (!hasPending())
        return {};
    const QString kind = m_kind;
    const qint64 id = m_id;
    const Removal removal = std::move(m_removal);
    // Cleared first: the store's removal announcement reaches views while the record is still
    // hidden, and a record that stays (a failure) is shown again below.
    clear();
    Status status = removal ? removal() : Status {};
    Q_EMIT pendingChanged(kind, id, false);
    if (!status)
        Q_EMIT restored(kind, id, false);
    Q_EMIT ended();
    if (!status)
        Q_EMIT failed(status.error().message);
    return status;
}

void PendingDeletes::expireIfDue()
{
    if (!hasPending())
        return;
    if (m_journal.clock().now() >= m_deadline)
        (void)commit(); // a failure is reported by failed()
    else
        startTimer();
}

void PendingDeletes::clear()
{
    m_timer.stop();
    m_kind.clear();
    m_id = 0;
    m_removal = nullptr;
    m_deadline = {};
}

void PendingDeletes::startTimer()
{
    const qint64 left = m_journal.clock().now().msecsTo(m_deadline);
    m_timer.start(int(std::clamp<qint64>(left, 1, UndoWindowMs)));
}

} // namespace Rekindle
