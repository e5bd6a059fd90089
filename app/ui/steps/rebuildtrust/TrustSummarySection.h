// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Rekindle {

class InlineMessage;
class TrustOverview;

/// Promises kept over the last 30 and 90 days, open issues and overdue commitments.
class TrustSummarySection final : public QWidget {
    Q_OBJECT

public:
    explicit TrustSummarySection(TrustOverview &overview, QWidget *parent = nullptr);

private:
    void updateFromOverview();

    TrustOverview &m_overview;
    /// What went wrong reading the overview (its figures are then not to be trusted).
    InlineMessage *m_message;
    QLabel *m_kept30;
    QLabel *m_kept90;
    QLabel *m_openIssues;
    QLabel *m_overdue;
};

} // namespace Rekindle
