// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepProgressModel.h"

#include "storage/EntryStore.h"
#include "storage/GoalStore.h"
#include "storage/Journal.h"
#include "storage/MilestoneStore.h"
#include "storage/MyPartStore.h"
#include "storage/ReconnectStore.h"
#include "storage/ReflectionStore.h"
#include "storage/SettingsStore.h"
#include "storage/SmallWinStore.h"
#include "storage/SpaceStore.h"
#include "storage/TrendStore.h"
#include "storage/TrustStore.h"

namespace Rekindle {

StepProgressModel::StepProgressModel(Journal &journal, QObject *parent)
    : QAbstractListModel(parent)
    , m_journal(journal)
    , m_charts(journal)
{
    for (const Step step : Steps::all())
        m_reports << StepProgress::evaluate(step, counts(step), mode());
    const auto refreshStep = [this](qint64, Step step) { refresh(step); };
    connect(&m_journal.entries(), &EntryStore::entryCreated, this, refreshStep);
    connect(&m_journal.entries(), &EntryStore::entryRemoved, this, refreshStep);
    connect(&m_journal.reflections(), &ReflectionStore::reflectionCreated, this, refreshStep);
    connect(&m_journal.reflections(), &ReflectionStore::reflectionUpdated, this, refreshStep);
    connect(&m_journal.reflections(), &ReflectionStore::reflectionRemoved, this, refreshStep);

    const auto refreshAcknowledge = [this] { refresh(Step::Acknowledge); };
    const auto refreshWorkOnYourself = [this] { refresh(Step::WorkOnYourself); };
    connect(&m_journal.settings(), &SettingsStore::changed, this, refreshAcknowledge);
    connect(&m_journal.myPart(), &MyPartStore::itemCreated, this, refreshAcknowledge);
    connect(&m_journal.myPart(), &MyPartStore::itemRemoved, this, refreshAcknowledge);
    connect(&m_journal.space(), &SpaceStore::contactCreated, this, refreshAcknowledge);
    connect(&m_journal.space(), &SpaceStore::contactUpdated, this, refreshAcknowledge);
    connect(&m_journal.space(), &SpaceStore::contactRemoved, this, refreshAcknowledge);
    connect(&m_journal.goals(), &GoalStore::goalCreated, this, refreshWorkOnYourself);
    connect(&m_journal.goals(), &GoalStore::goalUpdated, this, refreshWorkOnYourself);
    connect(&m_journal.goals(), &GoalStore::checkInsChanged, this, refreshWorkOnYourself);
    connect(&m_journal.smallWins(), &SmallWinStore::winAdded, this, refreshWorkOnYourself);
    connect(&m_journal.smallWins(), &SmallWinStore::winRemoved, this, refreshWorkOnYourself);

    // Steps 3 to 5: the safety check and replies, commitments and issues, milestones and the
    // outcome.
    const auto refreshReconnect = [this] { refresh(Step::Reconnect); };
    const auto refreshTrust = [this] { refresh(Step::RebuildTrust); };
    const auto refreshSlow = [this] { refresh(Step::TakeThingsSlow); };
    connect(&m_journal.settings(), &SettingsStore::changed, this, refreshReconnect);
    connect(&m_journal.settings(), &SettingsStore::changed, this, refreshSlow);
    connect(&m_journal.space(), &SpaceStore::contactCreated, this, refreshReconnect);
    connect(&m_journal.space(), &SpaceStore::contactUpdated, this, refreshReconnect);
    connect(&m_journal.space(), &SpaceStore::contactRemoved, this, refreshReconnect);
    connect(&m_journal.trust(), &TrustStore::created, this, refreshTrust);
    connect(&m_journal.trust(), &TrustStore::updated, this, refreshTrust);
    connect(&m_journal.trust(), &TrustStore::removed, this, refreshTrust);
    connect(&m_journal.milestones(), &MilestoneStore::created, this, refreshSlow);
    connect(&m_journal.milestones(), &MilestoneStore::updated, this, refreshSlow);
    connect(&m_journal.milestones(), &MilestoneStore::removed, this, refreshSlow);

    // The journey's path (a safety answer, a "no" as a reply or a meet-up) decides what steps 3
    // to 5 measure.
    const auto refreshPath = [this] {
        for (const Step step : { Step::Reconnect, Step::RebuildTrust, Step::TakeThingsSlow })
            refresh(step);
    };
    connect(&m_journal.space(), &SpaceStore::contactCreated, this, refreshPath);
    connect(&m_journal.space(), &SpaceStore::contactUpdated, this, refreshPath);
    connect(&m_journal.space(), &SpaceStore::contactRemoved, this, refreshPath);
    connect(&m_journal.reconnect(), &ReconnectStore::meetupCreated, this, refreshPath);
    connect(&m_journal.reconnect(), &ReconnectStore::meetupUpdated, this, refreshPath);
    connect(&m_journal.reconnect(), &ReconnectStore::meetupRemoved, this, refreshPath);
    connect(&m_journal.settings(), &SettingsStore::changed, this, refreshPath);
}

JourneyMode StepProgressModel::mode() const
{
    JourneySignals facts;
    facts.safety = m_journal.settings().safetyCheck();
    const auto no = m_journal.reconnect().noRecorded();
    facts.noRecorded = no && *no;
    return JourneyRules::mode(facts);
}

QHash<QString, int> StepProgressModel::counts(Step step) const
{
    auto counts = m_journal.trends().stepCounts(step);
    if (!counts)
        return {};
    auto more = m_charts.stepCounts(step, m_journal.clock().today());
    if (more)
        counts->insert(*more);
    return *counts;
}

int StepProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

QVariant StepProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StepProgress::Report &r = m_reports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2%").arg(JourneyRules::stepTitle(r.step, r.mode)).arg(r.percent);
    case Qt::ToolTipRole:
    case ExplanationRole:
        return r.explanation();
    case Qt::AccessibleTextRole:
        return tr("%1, %2 percent").arg(JourneyRules::stepTitle(r.step, r.mode)).arg(r.percent);
    case TitleRole:
        return JourneyRules::stepTitle(r.step, r.mode);
    case StepRole:
        return static_cast<int>(r.step);
    case PercentRole:
        return r.percent;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepProgressModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StepRole, "step");
    names.insert(PercentRole, "percent");
    names.insert(ExplanationRole, "explanation");
    names.insert(TitleRole, "title");
    return names;
}

StepProgress::Report StepProgressModel::report(Step step) const
{
    return m_reports.value(static_cast<int>(step) - 1);
}

void StepProgressModel::refresh(Step step)
{
    const int row = static_cast<int>(step) - 1;
    if (row < 0 || row >= m_reports.size())
        return;
    StepProgress::Report report = StepProgress::evaluate(step, counts(step), mode());
    if (report.mode == m_reports.at(row).mode && report.percent == m_reports.at(row).percent
        && report.explanation() == m_reports.at(row).explanation())
        return;
    m_reports[row] = std::move(report);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

} // namespace Rekindle
