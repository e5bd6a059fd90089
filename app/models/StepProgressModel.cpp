// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepProgressModel.h"

#include "PendingDeletes.h"
#include "RecordFollow.h"
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
    : RecordListModel(parent)
    , m_journal(journal)
    , m_charts(journal)
{
    const JourneyMode path = mode();
    for (const Step step : Steps::all())
        m_rows << StepProgress::evaluate(step, counts(step), path);
    // Entries and reflections count towards their own step; one that is gone no longer says
    // which, so then every step is measured again (only a changed measure is announced).
    const auto refreshAll = [this] {
        for (const Step step : Steps::all())
            refresh(step);
    };
    RecordFollow::each(m_journal, this, QStringLiteral("entries"),
        [this, refreshAll](qint64 id, RecordChange change) {
            if (change == RecordChange::Removed)
                return refreshAll();
            if (change == RecordChange::Created)
                if (auto entry = m_journal.entries().summary(id))
                    refresh(entry->step);
        });
    // A delete that waits (or is undone) changes what counts, before the journal does.
    connect(&PendingDeletes::of(m_journal), &PendingDeletes::pendingChanged, this,
        [refreshAll](const QString &kind) {
            if (kind == QLatin1String("entries") || kind == QLatin1String("reflections"))
                refreshAll();
        });
    RecordFollow::each(m_journal, this, QStringLiteral("reflections"),
        [this, refreshAll](qint64 id, RecordChange change) {
            if (change == RecordChange::Removed)
                return refreshAll();
            if (auto reflection = m_journal.reflections().summary(id))
                refresh(reflection->step);
        });

    const auto refreshAcknowledge = [this] { refresh(Step::Acknowledge); };
    const auto refreshWorkOnYourself = [this] { refresh(Step::WorkOnYourself); };
    connect(&m_journal.settings(), &SettingsStore::changed, this, refreshAcknowledge);
    RecordFollow::each(m_journal, this, QStringLiteral("my_part"),
        [refreshAcknowledge](qint64, RecordChange change) {
            if (change != RecordChange::Updated)
                refreshAcknowledge();
        });
    RecordFollow::any(m_journal, this, { QStringLiteral("contact_events") }, refreshAcknowledge);
    RecordFollow::each(m_journal, this, QStringLiteral("goals"),
        [refreshWorkOnYourself](qint64, RecordChange change) {
            if (change != RecordChange::Removed)
                refreshWorkOnYourself();
        });
    RecordFollow::any(m_journal, this,
        { QStringLiteral("goal_checkins"), QStringLiteral("small_wins") }, refreshWorkOnYourself);

    // Steps 3 to 5: the safety check and replies, commitments and issues, milestones and the
    // outcome.
    const auto refreshReconnect = [this] { refresh(Step::Reconnect); };
    const auto refreshTrust = [this] { refresh(Step::RebuildTrust); };
    const auto refreshSlow = [this] { refresh(Step::TakeThingsSlow); };
    connect(&m_journal.settings(), &SettingsStore::changed, this, refreshReconnect);
    connect(&m_journal.settings(), &SettingsStore::changed, this, refreshSlow);
    RecordFollow::any(m_journal, this, { QStringLiteral("contact_events") }, refreshReconnect);
    RecordFollow::any(m_journal, this,
        { QStringLiteral("feelings_shared"), QStringLiteral("commitments"),
            QStringLiteral("issues") },
        refreshTrust);
    RecordFollow::each(m_journal, this, QStringLiteral("milestones"),
        [refreshSlow](qint64, RecordChange) { refreshSlow(); });

    // The journey's path (a safety answer, a "no" as a reply or a meet-up) decides what steps 3
    // to 5 measure.
    const auto refreshPath = [this] {
        for (const Step step : { Step::Reconnect, Step::RebuildTrust, Step::TakeThingsSlow })
            refresh(step);
    };
    RecordFollow::any(m_journal, this,
        { QStringLiteral("contact_events"), QStringLiteral("meetups") }, refreshPath);
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
    // An entry or reflection whose delete waits for its undo no longer counts.
    const PendingDeletes &pending = PendingDeletes::of(m_journal);
    const auto uncount = [&](const char *key, const auto &summary) {
        if (summary && summary->step == step && counts->value(QLatin1String(key)) > 0)
            (*counts)[QString::fromLatin1(key)] -= 1;
    };
    if (pending.pendingKind() == QLatin1String("entries")) {
        uncount(StepProgress::Count::Entries, m_journal.entries().summary(pending.pendingId()));
    } else if (pending.pendingKind() == QLatin1String("reflections")) {
        auto reflection = m_journal.reflections().summary(pending.pendingId());
        // Only finished reflections count.
        if (reflection && reflection->complete)
            uncount(StepProgress::Count::Reflections, reflection);
    }
    return *counts;
}

QVariant StepProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StepProgress::Report &r = m_rows.at(index.row());
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
    QHash<int, QByteArray> names = RecordListModel::roleNames();
    names.insert(StepRole, "step");
    names.insert(PercentRole, "percent");
    names.insert(ExplanationRole, "explanation");
    names.insert(TitleRole, "title");
    return names;
}

StepProgress::Report StepProgressModel::report(Step step) const
{
    return m_rows.value(static_cast<int>(step) - 1);
}

void StepProgressModel::refresh(Step step)
{
    const int row = static_cast<int>(step) - 1;
    if (row < 0 || row >= m_rows.size())
        return;
    StepProgress::Report report = StepProgress::evaluate(step, counts(step), mode());
    if (report.mode == m_rows.at(row).mode && report.percent == m_rows.at(row).percent
        && report.explanation() == m_rows.at(row).explanation())
        return;
    replaceRecord(row, std::move(report));
}

} // namespace Rekindle
