// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalModels.h"

#include "core/DayChange.h"
#include "models/CommitmentModel.h"
#include "models/ContactListModel.h"
#include "models/EntryListModel.h"
#include "models/FeelingModel.h"
#include "models/GoalListModel.h"
#include "models/IssueModel.h"
#include "models/JournalPrivacy.h"
#include "models/JourneyModel.h"
#include "models/MeetupModel.h"
#include "models/MessageChecker.h"
#include "models/MilestoneModel.h"
#include "models/MyPartModel.h"
#include "models/PendingDeleteFilter.h"
#include "models/PendingDeletes.h"
#include "models/PromptListModel.h"
#include "models/RecentMoodModel.h"
#include "models/ReconnectOverview.h"
#include "models/ReflectionListModel.h"
#include "models/SearchResultModel.h"
#include "models/SmallWinModel.h"
#include "models/SpaceOverview.h"
#include "models/StepProgressModel.h"
#include "models/TrustOverview.h"
#include "models/UnsentMessageModel.h"
#include "models/WritingCalendar.h"
#include "storage/GoalStore.h"
#include "storage/Journal.h"

namespace Rekindle {
namespace {

    /// Marks a model of records the person can delete with the journal's pending deletes.
    template<typename Model> Model *servedBy(Journal &journal, Model *model)
    {
        PendingDeletes::of(journal).serve(model);
        return model;
    }

} // namespace

JournalModels::JournalModels(Journal &journal)
    : m_journal(journal)
{
}

const Clock &JournalModels::clock() const
{
    return m_journal.clock();
}

QString JournalModels::directory() const
{
    return m_journal.directory();
}

void JournalModels::onContentReplaced(QObject *receiver, std::function<void()> slot) const
{
    QObject::connect(&m_journal, &Journal::contentReplaced, receiver, std::move(slot));
}

PendingDeletes &JournalModels::pendingDeletes() const
{
    return PendingDeletes::of(m_journal);
}

Status JournalModels::commitPendingDelete() const
{
    return PendingDeletes::commitPending(m_journal);
}

PendingDeleteFilter *JournalModels::withoutPending(
    QAbstractItemModel *source, int idRole, QObject *parent) const
{
    return new PendingDeleteFilter(PendingDeletes::of(m_journal), idRole, source, parent);
}

EntryListModel *JournalModels::entries(Step step, QObject *parent) const
{
    return servedBy(m_journal, new EntryListModel(m_journal.entries(), step, parent));
}

WritingCalendar JournalModels::writingCalendar(Step step) const
{
    return WritingCalendar(m_journal, step);
}

ReflectionListModel *JournalModels::reflections(Step step, QObject *parent) const
{
    return servedBy(m_journal, new ReflectionListModel(m_journal.reflections(), step, parent));
}

PromptListModel *JournalModels::prompts(Step step, QObject *parent) const
{
    return new PromptListModel(m_journal.prompts(), step, parent);
}

RecentMoodModel *JournalModels::recentMoods(int limit, QObject *parent) const
{
    return servedBy(m_journal, new RecentMoodModel(m_journal.moods(), limit, parent));
}

StepProgressModel *JournalModels::stepProgress(QObject *parent) const
{
    return new StepProgressModel(m_journal, parent);
}

DayChange *JournalModels::dayChange(QObject *parent) const
{
    return new DayChange(m_journal.clock(), parent);
}

SearchResultModel *JournalModels::searchResults(QObject *parent) const
{
    return new SearchResultModel(m_journal, parent);
}

JourneyModel *JournalModels::journey(QObject *parent) const
{
    return new JourneyModel(m_journal.settings(), parent);
}

SpaceOverview *JournalModels::spaceOverview(Qt::DayOfWeek firstDayOfWeek, QObject *parent) const
{
    return new SpaceOverview(m_journal, firstDayOfWeek, parent);
}

MyPartModel *JournalModels::myPart(QObject *parent) const
{
    return servedBy(m_journal, new MyPartModel(m_journal.myPart(), m_journal.goals(), parent));
}

ContactListModel *JournalModels::contacts(QObject *parent) const
{
    return servedBy(m_journal, new ContactListModel(m_journal.space(), parent));
}

UnsentMessageModel *JournalModels::unsentMessages(QObject *parent) const
{
    return servedBy(
        m_journal, new UnsentMessageModel(m_journal.unsentMessages(), m_journal.clock(), parent));
}

GoalListModel *JournalModels::goals(
    bool archived, Qt::DayOfWeek firstDayOfWeek, QObject *parent) const
{
    return servedBy(m_journal,
        new GoalListModel(m_journal.goals(), m_journal.myPart(), m_journal.clock(), archived,
            firstDayOfWeek, parent));
}

SmallWinModel *JournalModels::smallWins(QObject *parent) const
{
    return servedBy(m_journal, new SmallWinModel(m_journal.smallWins(), parent));
}

Result<qint64> JournalModels::goalOfCheckIn(qint64 checkInId) const
{
    return m_journal.goals().goalOfCheckIn(checkInId);
}

ReconnectOverview *JournalModels::reconnectOverview(QObject *parent) const
{
    return new ReconnectOverview(m_journal, parent);
}

MeetupModel *JournalModels::meetups(QObject *parent) const
{
    return servedBy(m_journal, new MeetupModel(m_journal.reconnect(), parent));
}

MessageChecker *JournalModels::messageChecker(const QString &language, QObject *parent) const
{
    return new MessageChecker(m_journal, language, parent);
}

TrustOverview *JournalModels::trustOverview(QObject *parent) const
{
    return new TrustOverview(m_journal, parent);
}

CommitmentModel *JournalModels::commitments(QObject *parent) const
{
    return servedBy(m_journal, new CommitmentModel(m_journal.trust(), m_journal.clock(), parent));
}

FeelingModel *JournalModels::feelings(QObject *parent) const
{
    return servedBy(m_journal, new FeelingModel(m_journal.trust(), m_journal.clock(), parent));
}

IssueModel *JournalModels::issues(QObject *parent) const
{
    return servedBy(m_journal, new IssueModel(m_journal.trust(), m_journal.clock(), parent));
}

MilestoneModel *JournalModels::milestones(QObject *parent) const
{
    return servedBy(
        m_journal, new MilestoneModel(m_journal.milestones(), m_journal.clock(), parent));
}

JournalPrivacy *JournalModels::privacy(QObject *parent) const
{
    return new JournalPrivacy(m_journal, m_journal.encryption(), parent);
}

} // namespace Rekindle
