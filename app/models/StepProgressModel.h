// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/StepProgress.h"
#include "storage/ChartStore.h"

namespace Rekindle {

class Journal;

/// The progress of the five steps, one row each in plan order: a percentage and its
/// explanation (see StepProgress). Recomputed, one step at a time, when entries or reflections
/// of a step are added or removed, and for steps 1 and 2 when their settings, my-part items,
/// contacts, goals, check-ins or small wins change; steps 3 to 5 also when the journey's path
/// (JourneyMode) may have changed.
class StepProgressModel final : public RecordListModel<StepProgress::Report> {
    Q_OBJECT

public:
    enum Role {
        StepRole = Qt::UserRole + 1, ///< int
        PercentRole, ///< int 0–100
        ExplanationRole, ///< multi-line text
        TitleRole, ///< the step's title on the journey's path it was measured on
    };
    Q_ENUM(Role)

    explicit StepProgressModel(Journal &journal, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    StepProgress::Report report(Step step) const;
    /// Recomputes one step now (other data sources call this when they change).
    void refresh(Step step);

private:
    /// One row per step, in the steps' order.
    bool lessThan(const StepProgress::Report &a, const StepProgress::Report &b) const override
    {
        return a.step < b.step;
    }
    QHash<QString, int> counts(Step step) const;
    /// The journey's path now: what steps 3 to 5 measure follows it.
    JourneyMode mode() const;

    Journal &m_journal;
    ChartStore m_charts;
};

} // namespace Rekindle
