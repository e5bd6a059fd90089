// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace Rekindle {

class InlineMessage;
class TrustOverview;

/// Trust, connection and open issues as indicators, each with a plain explanation.
class FoundationSection final : public QWidget {
    Q_OBJECT

public:
    explicit FoundationSection(TrustOverview &overview, QWidget *parent = nullptr);

private:
    void updateFromOverview();

    TrustOverview &m_overview;
    QLabel *m_headline;
    /// What went wrong reading the overview (its figures are then not to be trusted).
    InlineMessage *m_message;
    QList<QLabel *> m_levels;
    QList<QLabel *> m_values;
    QList<QLabel *> m_explanations;
};

} // namespace Rekindle
