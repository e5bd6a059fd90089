// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;

namespace Rekindle {

class ReconnectOverview;

/// Shows the tools for reaching out only when the safety check was answered without concern
/// and no "no" is on record; otherwise a plain explanation in their place. Off the normal path
/// the page hides the gate's tab altogether; after a recorded "no" the person may still open
/// the tools (review()) to change what they recorded.
class SafetyGate final : public QStackedWidget {
    Q_OBJECT

public:
    SafetyGate(ReconnectOverview &overview, QWidget *tools, QWidget *parent = nullptr);

    bool toolsShown() const { return currentWidget() == m_tools; }
    /// Whether the person is reviewing what they recorded after a "no".
    bool reviewing() const { return m_reviewing; }
    /// Opens the tools to review or change a "no" recorded by mistake (only while the safety
    /// check itself raises no concern).
    void review();

Q_SIGNALS:
    /// The person asked to see the safety check.
    void showSafetyCheck();

private:
    void update();

    ReconnectOverview &m_overview;
    QWidget *m_notice;
    QLabel *m_text;
    /// The person asked to look at the log again (to change a reply recorded by mistake).
    bool m_reviewing = false;
    QWidget *m_tools;
};

} // namespace Rekindle
