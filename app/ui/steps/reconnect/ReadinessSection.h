// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace Rekindle {

class InlineMessage;
class ReconnectOverview;

/// "Ready" or "not yet, because…", with each criterion and its value. It informs; nothing is
/// blocked by it.
class ReadinessSection final : public QWidget {
    Q_OBJECT

public:
    explicit ReadinessSection(ReconnectOverview &overview, QWidget *parent = nullptr);

private:
    void updateFromOverview();

    struct Row {
        QLabel *name;
        QLabel *state;
        QLabel *value;
        QLabel *explanation;
    };

    ReconnectOverview &m_overview;
    QLabel *m_headline;
    /// What went wrong reading the overview (its figures are then not to be trusted).
    InlineMessage *m_message;
    QList<Row> m_rows;
};

} // namespace Rekindle
