// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReconnectPage.h"

#include "core/DayChange.h"
#include "models/ContactListModel.h"
#include "models/JourneyModeModel.h"
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
    auto *safety = new SafetySection(*m_overview, *m_journey, this);
    m_safetySection = safety;
    addSection(m_safetySection, tr("Safety Check"));
    m_readiness = new ReadinessSection(*m_overview, this);
    addSection(m_readiness, tr("Readiness"));

    auto *contacts = models().contacts(this);
    auto *log = new ContactLogSection(journal, contacts, this);
    m_messageCheck = log->findChild<QWidget *>(u"openMessageCheck"_s);
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

    connect(safety, &SafetySection::reviewRequested, this, [this] {
        for (SafetyGate *gate : std::as_const(m_gates))
            gate->review();
        followPath();
        if (!m_gates.isEmpty() && m_gates.constFirst()->reviewing())
            showSection(m_gates.constFirst());
    });
    connect(m_overview, &ReconnectOverview::changed, this, &ReconnectPage::followPath);
    connect(modeModel(), &JourneyModeModel::modeChanged, this, &ReconnectPage::followPath);
    followPath();

    connect(dayChange(), &DayChange::dayChanged, this, [this] { m_overview->refresh(); });
}

void ReconnectPage::followPath()
{
    // Off the normal path the tools for reaching out are gone, not just captioned: readiness,
    // the contact log with its message check, and meet-ups. Records made earlier stay in the
    // journal (search opens them read-only); after a "no" the person can still review them.
    const bool reconnecting = JourneyRules::reconnectionToolsOffered(modeModel()->mode());
    setSectionVisible(m_readiness, reconnecting);
    for (SafetyGate *gate : std::as_const(m_gates))
        setSectionVisible(gate, reconnecting || gate->reviewing());
    if (m_messageCheck)
        m_messageCheck->setVisible(reconnecting);
}

bool ReconnectPage::contactToolsShown() const
{
    return std::all_of(m_gates.cbegin(), m_gates.cend(),
        [](const SafetyGate *gate) { return gate->toolsShown(); });
}

} // namespace Rekindle
