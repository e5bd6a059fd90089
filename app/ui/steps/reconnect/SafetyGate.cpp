// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetyGate.h"

#include "models/ReconnectOverview.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

SafetyGate::SafetyGate(ReconnectOverview &overview, QWidget *tools, QWidget *parent)
    : QStackedWidget(parent)
    , m_overview(overview)
    , m_notice(new QWidget(this))
    , m_text(new QLabel(m_notice))
    , m_tools(tools)
{
    m_notice->setObjectName(u"safetyNotice"_s);
    m_text->setObjectName(u"safetyNoticeText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *open = new QPushButton(tr("Open the Safety &Check"), m_notice);
    open->setObjectName(u"openSafetyCheck"_s);
    auto *layout = new QVBoxLayout(m_notice);
    layout->addWidget(m_text);
    auto *row = new QHBoxLayout;
    row->addWidget(open);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    addWidget(m_notice);
    addWidget(m_tools);
    connect(open, &QPushButton::clicked, this, &SafetyGate::showSafetyCheck);
    connect(&m_overview, &ReconnectOverview::changed, this, &SafetyGate::update);
    update();
}

void SafetyGate::review()
{
    m_reviewing = m_overview.noRecorded();
    update();
}

void SafetyGate::update()
{
    const SafetyCheck check = m_overview.safety();
    const bool checkClear = ReconnectRules::contactAdvised(check);
    if (!m_overview.noRecorded())
        m_reviewing = false;
    if (m_overview.contactAdvised() || (checkClear && m_reviewing)) {
        setCurrentWidget(m_tools);
        return;
    }
    if (checkClear) {
        m_text->setText(tr("They have said no, or did not want to meet, and that deserves to be "
                           "respected fully. The tools for reaching out are put away.\n\n"
                           "If you recorded a reply by mistake, you can review it in the "
                           "safety check and change it; only you can."));
    } else if (!check.answered()) {
        m_text->setText(tr("Please answer the short safety check first. It takes a moment, "
                           "and it makes sure that reaching out is safe and welcome."));
    } else {
        m_text->setText(tr("Reaching out is not advised, because of what you said in the "
                           "safety check:\n\n%1\n\nSteps 1 and 2 are still here for you, and "
                           "moving on is a full, respected outcome. Support services are "
                           "listed under Help ▸ Support and Safety. Only you can change your "
                           "answers, at any time.")
                            .arg(ReconnectRules::safetyReasons(check).join(u"\n\n"_s)));
    }
    setCurrentWidget(m_notice);
}

} // namespace Rekindle
