// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReconnectPage.h"

#include "models/ContactListModel.h"
#include "models/JourneyModel.h"
#include "models/MeetupModel.h"
#include "models/ReconnectOverview.h"
#include "reconnect/ContactLogSection.h"
#include "reconnect/MeetupsSection.h"
#include "reconnect/ReadinessSection.h"
#include "reconnect/SafetyGate.h"
#include "reconnect/SafetySection.h"
#include "storage/Journal.h"
#include "storage/ReconnectStore.h"
#include "storage/SpaceStore.h"

#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Rekindle {

ReconnectPage::ReconnectPage(Journal &journal, QWidget *parent)
    : StepPage(Step::Reconnect, journal, parent)
    , m_overview(new ReconnectOverview(journal, this))
    , m_journey(new JourneyModel(journal.settings(), this))
{
    m_safetySection = new SafetySection(*m_overview, *m_journey, this);
    addSection(m_safetySection, tr("Safety Check"));
    addSection(new ReadinessSection(*m_overview, this), tr("Readiness"));

    auto *contacts = new ContactListModel(journal.space(), this);
    auto *log = new ContactLogSection(journal, contacts, this);
    auto *meetups
        = new MeetupsSection(new MeetupModel(journal.reconnect(), this), journal.clock(), this);
    for (const auto &[tools, title, name] :
        { std::tuple { static_cast<QWidget *>(log), tr("Contact Log"), u"contactLogGate"_s },
            std::tuple { static_cast<QWidget *>(meetups), tr("Meet-ups"), u"meetupsGate"_s } }) {
        auto *gate = new SafetyGate(*m_overview, tools, this);
        gate->setObjectName(name);
        connect(gate, &SafetyGate::showSafetyCheck, this, [this] {
            if (auto *sections = findChild<QTabWidget *>(u"stepSections"_s))
                sections->setCurrentWidget(m_safetySection);
        });
        m_gates << gate;
        addSection(gate, title);
    }

    m_today = journal.clock().today();
    m_dayTimer.setInterval(60 * 1000);
    connect(&m_dayTimer, &QTimer::timeout, this, &ReconnectPage::checkDayChange);
    m_dayTimer.start();
}

bool ReconnectPage::contactToolsShown() const
{
    return std::all_of(m_gates.cbegin(), m_gates.cend(),
        [](const SafetyGate *gate) { return gate->toolsShown(); });
}

void ReconnectPage::checkDayChange()
{
    const QDate today = journal().clock().today();
    if (today == m_today)
        return;
    m_today = today;
    m_overview->refresh();
}

bool ReconnectPage::reveal(const QString &kind, qint64 itemId)
{
    if (kind == u"meetups"_s)
        return revealTableRow(u"meetupsGate"_s, u"meetupTable"_s, itemId);
    return StepPage::reveal(kind, itemId);
}

} // namespace Rekindle
