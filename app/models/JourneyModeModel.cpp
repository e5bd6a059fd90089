// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyModeModel.h"

#include "RecordFollow.h"
#include "storage/Journal.h"
#include "storage/ReconnectStore.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"

namespace Rekindle {

JourneyModeModel::JourneyModeModel(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    const auto update = [this] { refresh(); };
    connect(&journal.settings(), &SettingsStore::changed, this, update);
    RecordFollow::any(
        journal, this, { QStringLiteral("contact_events"), QStringLiteral("meetups") }, update);
    refresh();
}

void JourneyModeModel::refresh()
{
    m_error.clear();
    m_facts.safety = m_journal.settings().safetyCheck();
    if (auto no = m_journal.reconnect().noRecorded())
        m_facts.noRecorded = *no;
    else
        m_error = no.error().message; // keep the last known answer: never drop out of safety
    const JourneyMode previous = m_mode;
    m_mode = JourneyRules::mode(m_facts);
    if (m_mode != previous)
        Q_EMIT modeChanged(m_mode, previous);
}

} // namespace Rekindle
