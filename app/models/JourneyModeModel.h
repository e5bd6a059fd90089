// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JourneyMode.h"
#include "core/Result.h"

#include <QObject>

namespace Rekindle {

class Journal;

/// The journey's path (JourneyRules::mode), read from the safety check and from any "no"
/// recorded as a contact reply or a meet-up, and followed as either changes: the moment a "no"
/// is saved, every page that observes this turns to respecting it.
class JourneyModeModel final : public QObject {
    Q_OBJECT

public:
    explicit JourneyModeModel(Journal &journal, QObject *parent = nullptr);

    JourneyMode mode() const { return m_mode; }
    const JourneySignals &facts() const { return m_facts; }
    /// An error reading the journal, in the person's words; empty when all was read.
    QString error() const { return m_error; }

    /// Reads the journal again (called on every change it observes).
    void refresh();

Q_SIGNALS:
    /// The path changed; `previous` tells where it came from (a kind note is shown on entering
    /// another path).
    void modeChanged(Rekindle::JourneyMode mode, Rekindle::JourneyMode previous);

private:
    Journal &m_journal;
    JourneySignals m_facts;
    JourneyMode m_mode = JourneyMode::Normal;
    QString m_error;
};

} // namespace Rekindle
