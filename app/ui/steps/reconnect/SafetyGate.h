// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;

namespace Rekindle {

class ReconnectOverview;

/// Shows the tools for reaching out only when the safety check was answered without concern;
/// otherwise a plain explanation in their place (never the tools).
class SafetyGate final : public QStackedWidget {
    Q_OBJECT

public:
    SafetyGate(ReconnectOverview &overview, QWidget *tools, QWidget *parent = nullptr);

    bool toolsShown() const { return currentWidget() == m_tools; }

Q_SIGNALS:
    /// The person asked to see the safety check.
    void showSafetyCheck();

private:
    void update();

    ReconnectOverview &m_overview;
    QWidget *m_notice;
    QLabel *m_text;
    QWidget *m_tools;
};

} // namespace Rekindle
