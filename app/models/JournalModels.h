// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/Step.h"

#include <QDate>
#include <QString>
#include <functional>

class QAbstractItemModel;
class QObject;

namespace Rekindle {

class CommitmentModel;
class ContactListModel;
class DayChange;
class EntryListModel;
class FeelingModel;
class GoalListModel;
class IssueModel;
class Journal;
class JourneyModel;
class JournalPrivacy;
class MeetupModel;
class MessageChecker;
class MilestoneModel;
class MyPartModel;
class PendingDeleteFilter;
class PendingDeletes;
class PromptListModel;
class RecentMoodModel;
class ReconnectOverview;
class ReflectionListModel;
class SearchResultModel;
class SmallWinModel;
class SpaceOverview;
class StepProgressModel;
class TrustOverview;
class UnsentMessageModel;
class WritingCalendar;

/// The models layer's door to one open journal for the widgets, which see `Journal` only as a
/// handle and never include storage: builds the item models and overviews a page needs over
/// the journal's stores, and answers the few questions a page asks the journal directly.
///
/// A cheap value over a reference: make one where needed. Each model it builds is owned by
/// `parent`.
class JournalModels final {
public:
    explicit JournalModels(Journal &journal);

    const Clock &clock() const;
    /// The journal's folder (for About and messages).
    QString directory() const;
    /// Calls `slot` on `receiver` when many records changed at once (an import, a restore),
    /// after which views should rebuild everything.
    void onContentReplaced(QObject *receiver, std::function<void()> slot) const;

    /// Deletes that can still be undone (one per journal).
    PendingDeletes &pendingDeletes() const;
    /// Carries out a delete still waiting, before something that must see the journal whole
    /// (an export). Its failure is reported by PendingDeletes::failed() and brings it back.
    Status commitPendingDelete() const;
    /// `source` (a model that follows one kind, ids in `idRole`) without the pending delete.
    PendingDeleteFilter *withoutPending(
        QAbstractItemModel *source, int idRole, QObject *parent) const;

    EntryListModel *entries(Step step, QObject *parent) const;
    /// The days with entries of `step`, for a calendar.
    WritingCalendar writingCalendar(Step step) const;
    ReflectionListModel *reflections(Step step, QObject *parent) const;
    PromptListModel *prompts(Step step, QObject *parent) const;
    RecentMoodModel *recentMoods(int limit, QObject *parent) const;
    StepProgressModel *stepProgress(QObject *parent) const;
    /// The day change of the journal's clock, for a window (one timer for all its pages).
    DayChange *dayChange(QObject *parent) const;
    SearchResultModel *searchResults(QObject *parent) const;

    JourneyModel *journey(QObject *parent) const;
    SpaceOverview *spaceOverview(Qt::DayOfWeek firstDayOfWeek, QObject *parent) const;
    MyPartModel *myPart(QObject *parent) const;
    ContactListModel *contacts(QObject *parent) const;
    UnsentMessageModel *unsentMessages(QObject *parent) const;

    GoalListModel *goals(bool archived, Qt::DayOfWeek firstDayOfWeek, QObject *parent) const;
    SmallWinModel *smallWins(QObject *parent) const;
    /// The goal a check-in belongs to (a search result names the check-in).
    Result<qint64> goalOfCheckIn(qint64 checkInId) const;

    ReconnectOverview *reconnectOverview(QObject *parent) const;
    MeetupModel *meetups(QObject *parent) const;
    MessageChecker *messageChecker(const QString &language, QObject *parent) const;

    TrustOverview *trustOverview(QObject *parent) const;
    CommitmentModel *commitments(QObject *parent) const;
    FeelingModel *feelings(QObject *parent) const;
    IssueModel *issues(QObject *parent) const;
    MilestoneModel *milestones(QObject *parent) const;
    /// The journal's encryption at rest: unlock, lock, turning it on and off.
    JournalPrivacy *privacy(QObject *parent) const;

private:
    Journal &m_journal;
};

} // namespace Rekindle
