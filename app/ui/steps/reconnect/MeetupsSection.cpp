// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetupsSection.h"

#include "core/Clock.h"
#include "models/MeetupModel.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RecordListPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

MeetupsSection::MeetupsSection(MeetupModel *model, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_day(new QDateEdit(clock.today(), this))
    , m_kind(new QComboBox(this))
    , m_place(new QLineEdit(this))
    , m_plan(new QPushButton(tr("&Plan Meet-up"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"meetupsSection"_s);
    m_day->setObjectName(u"meetupDay"_s);
    m_day->setCalendarPopup(true);
    m_kind->setObjectName(u"meetupKind"_s);
    for (MeetupKind k : Meetups::kinds())
        m_kind->addItem(Meetups::kindName(k), int(k));
    m_place->setObjectName(u"meetupPlace"_s);
    m_place->setPlaceholderText(tr("Somewhere easy and public"));
    m_plan->setObjectName(u"planMeetup"_s);
    m_message->setObjectName(u"meetupMessage"_s);

    auto *intro = new QLabel(tr("Keep it casual and short: a coffee or a walk is plenty. "
                                "Afterwards, note how it went."),
        this);
    intro->setWordWrap(true);
    auto *form = new QGroupBox(tr("Plan a meet-up"), this);
    auto *row = new QHBoxLayout(form);
    const auto field = [&](const QString &text, QWidget *w, int stretch) {
        auto *label = new QLabel(text, form);
        label->setBuddy(w);
        row->addWidget(label);
        row->addWidget(w, stretch);
    };
    field(tr("&Day:"), m_day, 0);
    field(tr("&What:"), m_kind, 0);
    field(tr("W&here:"), m_place, 1);
    row->addWidget(m_plan);

    auto *panel
        = new RecordListPanel(model, u"meetup"_s, tr("&Meet-ups"), MeetupModel::HowColumn, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(form);
    layout->addWidget(m_message);
    layout->addWidget(panel, 1);
    connect(m_plan, &QPushButton::clicked, this, &MeetupsSection::plan);
    connect(m_place, &QLineEdit::returnPressed, this, &MeetupsSection::plan);
}

void MeetupsSection::plan()
{
    auto id
        = m_model->plan(m_day->date(), MeetupKind(m_kind->currentData().toInt()), m_place->text());
    if (!id) {
        m_message->showMessage(id.error().message);
        return;
    }
    m_place->clear();
    m_message->showMessage(tr("Planned. Afterwards, double-click \"How it went\" to note it."),
        InlineMessage::Kind::Note);
}

} // namespace Rekindle
