// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandingSection.h"

#include "models/SpaceOverview.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

StandingSection::StandingSection(SpaceOverview &overview, QWidget *parent)
    : QWidget(parent)
    , m_overview(overview)
    , m_breakupDate(new QDateEdit(this))
    , m_saveDate(new QPushButton(tr("&Save Date"), this))
    , m_daysSince(new QLabel(this))
    , m_accept(new QCheckBox(tr("I &accept that the relationship is over"), this))
    , m_acceptedNote(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"standingSection"_s);
    m_breakupDate->setObjectName(u"breakupDate"_s);
    m_breakupDate->setCalendarPopup(true);
    m_breakupDate->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_saveDate->setObjectName(u"saveBreakupDate"_s);
    m_daysSince->setObjectName(u"daysSinceBreakup"_s);
    m_daysSince->setWordWrap(true);
    QFont big = m_daysSince->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_daysSince->setFont(big);
    m_accept->setObjectName(u"acceptRelationshipOver"_s);
    m_acceptedNote->setObjectName(u"acceptedNote"_s);
    m_acceptedNote->setWordWrap(true);
    m_message->setObjectName(u"standingMessage"_s);

    auto *dateGroup = new QGroupBox(tr("When it ended"), this);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_breakupDate);
    dateRow->addWidget(m_saveDate);
    dateRow->addStretch();
    auto *form = new QFormLayout;
    auto *dateLabel = new QLabel(tr("&Day of the breakup:"), dateGroup);
    dateLabel->setBuddy(m_breakupDate);
    form->addRow(dateLabel, dateRow);
    auto *dateLayout = new QVBoxLayout(dateGroup);
    dateLayout->addLayout(form);
    dateLayout->addWidget(m_daysSince);

    auto *acceptGroup = new QGroupBox(tr("Accepting it"), this);
    auto *explain = new QLabel(tr("Accepting that it is over is not giving up. It lets you stop "
                                  "waiting and look after yourself, whatever comes next."),
        acceptGroup);
    explain->setWordWrap(true);
    auto *acceptLayout = new QVBoxLayout(acceptGroup);
    acceptLayout->addWidget(explain);
    acceptLayout->addWidget(m_accept);
    acceptLayout->addWidget(m_acceptedNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(dateGroup);
    layout->addWidget(acceptGroup);
    layout->addStretch();

    connect(m_saveDate, &QPushButton::clicked, this, &StandingSection::saveBreakupDate);
    connect(m_accept, &QCheckBox::toggled, this, &StandingSection::onAcceptanceToggled);
    connect(&m_overview, &SpaceOverview::changed, this, &StandingSection::updateFromOverview);
    updateFromOverview();
}

void StandingSection::saveBreakupDate()
{
    if (Status status = m_overview.setBreakupDate(m_breakupDate->date()); !status) {
        m_message->showMessage(status.error().message);
        return;
    }
    m_message->clearMessage();
}

void StandingSection::onAcceptanceToggled(bool accepted)
{
    if (Status status = m_overview.setAccepted(accepted); !status) {
        m_message->showMessage(status.error().message);
        const QSignalBlocker blocker(m_accept);
        m_accept->setChecked(!accepted);
        return;
    }
    m_message->clearMessage();
}

void StandingSection::updateFromOverview()
{
    const QDate today = m_overview.today();
    m_breakupDate->setMaximumDate(today);
    const QDate breakup = m_overview.breakupDate();
    if (breakup.isValid()) {
        m_breakupDate->setDate(breakup);
        const qint64 days = *m_overview.daysSinceBreakup();
        m_daysSince->setText(days == 0 ? tr("It ended today. Be gentle with yourself.")
                : days == 1            ? tr("1 day since the breakup.")
                                       : tr("%n days since the breakup.", nullptr, days));
    } else {
        m_breakupDate->setDate(today);
        m_daysSince->setText(tr("Choose the day it ended and press Save Date, to see how far "
                                "you have come."));
    }
    const QDate accepted = m_overview.acceptedOn();
    {
        const QSignalBlocker blocker(m_accept);
        m_accept->setChecked(accepted.isValid());
    }
    m_acceptedNote->setText(accepted.isValid()
            ? tr("Marked on %1. Feelings move; you can untick this whenever you need to.")
                  .arg(QLocale().toString(accepted, QLocale::LongFormat))
            : tr("Tick this when you are ready. There is no hurry."));
}

} // namespace Rekindle
