// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepProgressModel.h"

#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/ReflectionStore.h"
#include "storage/TrendStore.h"

namespace Rekindle {

StepProgressModel::StepProgressModel(Journal &journal, QObject *parent)
    : QAbstractListModel(parent), m_journal(journal)
{
    for (const Step step : Steps::all()) {
        auto counts = m_journal.trends().stepCounts(step);
        m_reports << StepProgress::evaluate(step, counts ? *counts : QHash<QString, int>());
    }
    const auto refreshStep = [this](qint64, Step step) { refresh(step); };
    connect(&m_journal.entries(), &EntryStore::entryCreated, this, refreshStep);
    connect(&m_journal.entries(), &EntryStore::entryRemoved, this, refreshStep);
    connect(&m_journal.reflections(), &ReflectionStore::reflectionCreated, this, refreshStep);
    connect(&m_journal.reflections(), &ReflectionStore::reflectionUpdated, this, refreshStep);
    connect(&m_journal.reflections(), &ReflectionStore::reflectionRemoved, this, refreshStep);
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
        return tr("%1: %2%").arg(Steps::title(r.step)).arg(r.percent);
    case Qt::ToolTipRole:
    case ExplanationRole:
        return r.explanation();
    case Qt::AccessibleTextRole:
        return tr("%1, %2 percent").arg(Steps::title(r.step)).arg(r.percent);
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
    auto counts = m_journal.trends().stepCounts(step);
    if (!counts)
        return;
    StepProgress::Report report = StepProgress::evaluate(step, *counts);
    if (report.percent == m_reports.at(row).percent
        && report.explanation() == m_reports.at(row).explanation())
        return;
    m_reports[row] = std::move(report);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

} // namespace Rekindle
