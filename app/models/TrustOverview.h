// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pace.h"
#include "core/Result.h"
#include "core/Trust.h"

#include <QObject>

namespace Rekindle {

class Journal;

/// The trust summary of step 4 and the foundation and pace of step 5, recomputed whenever a
/// commitment, issue, contact, milestone or setting changes.
class TrustOverview final : public QObject {
    Q_OBJECT

public:
    /// Foundation indicators look at this many recent days.
    static constexpr int FoundationWindowDays = 90;

    explicit TrustOverview(Journal &journal, QObject *parent = nullptr);

    const TrustSummary &summary() const { return m_summary; }
    const Foundation &foundation() const { return m_foundation; }
    const QList<PaceWarning> &paceWarnings() const { return m_warnings; }
    int minGapDays() const { return m_minGap; }
    Status setMinGapDays(int days);
    QString error() const { return m_error; }

    void refresh();

Q_SIGNALS:
    void changed();

private:
    Journal &m_journal;
    TrustSummary m_summary;
    Foundation m_foundation;
    QList<PaceWarning> m_warnings;
    int m_minGap = PaceRules::DefaultMinGapDays;
    QString m_error;
};

} // namespace Rekindle
