// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pace.h"
#include "core/Result.h"

#include <QObject>

namespace Rekindle {

class SettingsStore;

/// Where the whole journey stands (in progress, back together, moved on): a journal setting
/// that pages observe. When the person has moved on, steps 1 and 2 speak of self-care.
class JourneyModel final : public QObject {
    Q_OBJECT

public:
    explicit JourneyModel(SettingsStore &settings, QObject *parent = nullptr);

    JourneyOutcome outcome() const { return m_outcome; }
    bool movedOn() const { return m_outcome == JourneyOutcome::MovedOn; }
    Status setOutcome(JourneyOutcome outcome);

Q_SIGNALS:
    void outcomeChanged(Rekindle::JourneyOutcome outcome);

private:
    void onSettingChanged(const QString &key);

    SettingsStore &m_settings;
    JourneyOutcome m_outcome;
};

} // namespace Rekindle
