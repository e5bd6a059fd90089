// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyModel.h"

#include "storage/SettingsStore.h"

namespace Rekindle {

JourneyModel::JourneyModel(SettingsStore &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_outcome(settings.outcome())
{
    connect(&m_settings, &SettingsStore::changed, this, &JourneyModel::onSettingChanged);
}

Status JourneyModel::setOutcome(JourneyOutcome outcome)
{
    return m_settings.setOutcome(outcome);
}

void JourneyModel::onSettingChanged(const QString &key)
{
    if (key != SettingsStore::OutcomeKey)
        return;
    const JourneyOutcome outcome = m_settings.outcome();
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    Q_EMIT outcomeChanged(outcome);
}

} // namespace Rekindle
