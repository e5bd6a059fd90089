// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Rekindle {

/// Turns SIGTERM, SIGINT and SIGHUP (logout, `kill`, Ctrl+C in a terminal) into an orderly
/// close of every window, so that pending text is saved instead of lost. Unix only; elsewhere
/// it does nothing. One instance per process.
class TerminationHandler final : public QObject {
    Q_OBJECT

public:
    explicit TerminationHandler(QObject *parent = nullptr);
    ~TerminationHandler() override;

private:
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Rekindle
