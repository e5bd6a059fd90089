// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetySection.h"

#include "core/JourneyMode.h"
#include "models/JourneyModel.h"
#include "models/ReconnectOverview.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

SafetySection::SafetySection(ReconnectOverview &overview, JourneyModel &journey, QWidget *parent)
    : QWidget(parent)
    , m_overview(overview)
    , m_journey(journey)
    , m_abuse(new QCheckBox(
          tr("Someone in this relationship has been &abusive, threatening or intimidating."), this))
    , m_noContact(new QCheckBox(tr("They have clearly asked me for &no contact."), this))
    , m_legalOrder(new QCheckBox(tr("There is a &legal no-contact order."), this))
    , m_save(new QPushButton(tr("&Save My Answers"), this))
    , m_status(new QLabel(this))
    , m_concern(new QWidget(this))
    , m_reasons(new QLabel(m_concern))
    , m_movedOn(new QPushButton(tr("I Have &Moved On"), m_concern))
    , m_pathNote(new QLabel(this))
    , m_review(new QPushButton(tr("&Review What I Recorded"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"safetySection"_s);
    m_abuse->setObjectName(u"safetyAbuse"_s);
    m_noContact->setObjectName(u"safetyNoContact"_s);
    m_legalOrder->setObjectName(u"safetyLegalOrder"_s);
    m_save->setObjectName(u"saveSafety"_s);
    m_status->setObjectName(u"safetyStatus"_s);
    m_status->setWordWrap(true);
    m_concern->setObjectName(u"safetyConcern"_s);
    m_reasons->setObjectName(u"safetyReasons"_s);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_movedOn->setObjectName(u"safetyMovedOn"_s);
    m_message->setObjectName(u"safetyMessage"_s);
    m_pathNote->setObjectName(u"pathNote"_s);
    m_pathNote->setWordWrap(true);
    m_pathNote->setTextFormat(Qt::PlainText);
    m_pathNote->setFrameShape(QFrame::StyledPanel);
    m_pathNote->setMargin(6);
    m_review->setObjectName(u"reviewRecorded"_s);
    m_review->setToolTip(tr("Open the contact log and meet-ups to change a reply or a meet-up "
                            "recorded by mistake"));

    auto *intro = new QLabel(tr("Before anything else, a short check. Reaching out is only "
                                "right when it is safe and welcome. Tick what is true; leave "
                                "the rest. Your answers stay in your journal and you can change "
                                "them at any time."),
        this);
    intro->setWordWrap(true);
    auto *questions = new QGroupBox(tr("Safety check"), this);
    auto *q = new QVBoxLayout(questions);
    q->addWidget(m_abuse);
    q->addWidget(m_noContact);
    q->addWidget(m_legalOrder);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch();
    q->addLayout(saveRow);

    auto *concernTitle = new QLabel(tr("Reaching out is not advised"), m_concern);
    QFont bold = concernTitle->font();
    bold.setBold(true);
    concernTitle->setFont(bold);
    auto *care = new QLabel(tr("This is not a judgement of you. Steps 1 and 2, giving space and "
                               "working on yourself, are still yours, and they matter. Moving "
                               "on is a full and respected outcome: your journal stays as it "
                               "is."),
        m_concern);
    care->setWordWrap(true);
    auto *concernLayout = new QVBoxLayout(m_concern);
    concernLayout->setContentsMargins(0, 0, 0, 0);
    concernLayout->addWidget(concernTitle);
    concernLayout->addWidget(m_reasons);
    concernLayout->addWidget(care);
    auto *movedRow = new QHBoxLayout;
    movedRow->addWidget(m_movedOn);
    movedRow->addStretch();
    concernLayout->addLayout(movedRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(questions);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_concern);
    layout->addWidget(m_pathNote);
    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_review);
    reviewRow->addStretch();
    layout->addLayout(reviewRow);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, &SafetySection::save);
    connect(m_movedOn, &QPushButton::clicked, this, &SafetySection::markMovedOn);
    connect(m_review, &QPushButton::clicked, this, &SafetySection::reviewRequested);
    connect(&m_overview, &ReconnectOverview::changed, this, &SafetySection::updateFromOverview);
    updateFromOverview();
}

void SafetySection::save()
{
    const SafetyCheck before = m_overview.safety();
    SafetyCheck check;
    check.abuse = m_abuse->isChecked();
    check.askedNoContact = m_noContact->isChecked();
    check.legalOrder = m_legalOrder->isChecked();
    if (Status status = m_overview.setSafety(check); !status) {
        m_message->showMessage(status.error().message);
        return;
    }
    JourneySignals was;
    was.safety = before;
    JourneySignals now;
    now.safety = check;
    const JourneyMode from = JourneyRules::mode(was);
    const JourneyMode to = JourneyRules::mode(now);
    if (to != JourneyMode::Normal && to != from) {
        m_message->showMessage(JourneyRules::modeNote(to), InlineMessage::Kind::Note);
    } else if (before.answered() && before.anyConcern() && !check.anyConcern()) {
        // Only the person takes a concern back, and the app says plainly what that changes.
        m_message->showMessage(tr("Saved. You have changed your answers, and that is yours to "
                                  "decide. Steps 3 to 5 follow your new answers. If anything "
                                  "ever feels unsafe or unwelcome again, tick it here: the "
                                  "journey changes with it at once."),
            InlineMessage::Kind::Note);
    } else {
        m_message->showMessage(tr("Saved."), InlineMessage::Kind::Note);
    }
}

void SafetySection::markMovedOn()
{
    if (Status status = m_journey.setOutcome(JourneyOutcome::MovedOn); !status) {
        m_message->showMessage(status.error().message);
        return;
    }
    m_message->showMessage(
        PaceRules::outcomeMessage(JourneyOutcome::MovedOn), InlineMessage::Kind::Note);
}

void SafetySection::updatePath()
{
    const SafetyCheck check = m_overview.safety();
    const JourneyMode mode = JourneyRules::mode({ check, m_overview.noRecorded() });
    const bool noOnly = m_overview.noRecorded() && ReconnectRules::contactAdvised(check);
    QString note = JourneyRules::modeNote(mode);
    if (noOnly)
        note += u"\n\n"_s
            + tr("If you recorded a reply or a meet-up by mistake, you can review it and change "
                 "it; only you can. Steps 1 and 2 are still here for you, and moving on is a "
                 "full, respected outcome.");
    m_pathNote->setText(note);
    m_pathNote->setVisible(mode != JourneyMode::Normal);
    m_review->setVisible(noOnly);
}

void SafetySection::updateFromOverview()
{
    updatePath();
    const SafetyCheck check = m_overview.safety();
    const bool same = m_shown && m_shown->answeredOn == check.answeredOn
        && m_shown->abuse == check.abuse && m_shown->askedNoContact == check.askedNoContact
        && m_shown->legalOrder == check.legalOrder;
    if (!same) {
        m_shown = check;
        m_abuse->setChecked(check.abuse);
        m_noContact->setChecked(check.askedNoContact);
        m_legalOrder->setChecked(check.legalOrder);
    }
    const QString answeredOn = QLocale().toString(check.answeredOn, QLocale::LongFormat);
    if (!check.answered())
        m_status->setText(tr("Not answered yet. Once you have saved your answers, step 3 "
                             "follows them."));
    else if (check.anyConcern() || m_overview.noRecorded())
        m_status->setText(tr("Answered on %1.").arg(answeredOn));
    else
        m_status->setText(tr("Answered on %1. Nothing in your answers stands against a light, "
                             "friendly message, if and when you choose one.")
                              .arg(answeredOn));
    m_concern->setVisible(check.answered() && check.anyConcern());
    m_reasons->setText(ReconnectRules::safetyReasons(check).join(u"\n\n"_s));
}

} // namespace Rekindle
