// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReconnectPage.h"

#include "core/DayChange.h"
#include "models/ContactListModel.h"
#include "models/JourneyModel.h"
#include "models/MeetupModel.h"
#include "models/ReconnectOverview.h"
#include "reconnect/ContactLogSection.h"
#include "reconnect/MeetupsSection.h"
#include "reconnect/ReadinessSection.h"
#include "reconnect/SafetyGate.h"
#include "reconnect/SafetySection.h"

using namespace Qt::StringLiterals;

namespace Rekindle {

ReconnectPage::ReconnectPage(Journal &journal, QWidget *parent, const Shared &shared)
    : StepPage(Step::Reconnect, journal, parent, shared)
    , m_overview(models().reconnectOverview(this))
    , m_journey(models().journey(this))
{
    m_safetySection = new SafetySection(*m_overview, *m_journey, this);
    addSection(m_safetySection, tr("Safety Check"));
    addSection(new ReadinessSection(*m_overview, this), tr("Readiness"));

    auto *contacts = models().contacts(this);
    auto *log = new ContactLogSection(journal, contacts, this);
    auto *meetups = new MeetupsSection(models().meetups(this), models().clock(), this);
    for (const auto &[tools, title, name] :
        { std::tuple { static_cast<QWidget *>(log), tr("Contact Log"), u"contactLogGate"_s },
            std::tuple { static_cast<QWidget *>(meetups), tr("Meet-ups"), u"meetupsGate"_s } }) {
        auto *gate = new SafetyGate(*m_overview, tools, this);
        gate->setObjectName(name);
        connect(gate, &SafetyGate::showSafetyCheck, this, [this] { showSection(m_safetySection); });
        m_gates << gate;
        addSection(gate, title, tools == meetups ? u"meetups"_s : QString());
    }

    connect(dayChange(), &DayChange::dayChanged, this, [this] { m_overview->refresh(); });
}

bool ReconnectPage::contactToolsShown() const
{
    return std::all_of(m_gates.cbegin(), m_gates.cend(),
        [](const SafetyGate *gate) { return gate->toolsShown(); });
}

} // namespace Rekindle
