// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeSection.h"

#include "models/JourneyModel.h"
#include "ui/widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

OutcomeSection::OutcomeSection(JourneyModel &journey, QWidget *parent)
    : QWidget(parent)
    , m_journey(journey)
    , m_choices(new QButtonGroup(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_text(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"outcomeSection"_s);
    m_save->setObjectName(u"saveOutcome"_s);
    m_text->setObjectName(u"outcomeText"_s);
    m_text->setWordWrap(true);
    m_message->setObjectName(u"outcomeMessage"_s);
    auto *box = new QGroupBox(tr("Where my journey stands"), this);
    auto *boxLayout = new QVBoxLayout(box);
    const QStringList labels { tr("Still &in progress"), tr("We are &back together"),
        tr("I have &moved on") };
    const QStringList names { u"outcomeInProgress"_s, u"outcomeBackTogether"_s,
        u"outcomeMovedOn"_s };
    for (JourneyOutcome o : PaceRules::outcomes()) {
        auto *radio = new QRadioButton(labels.at(int(o)), box);
        radio->setObjectName(names.at(int(o)));
        m_choices->addButton(radio, int(o));
        boxLayout->addWidget(radio);
    }
    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addStretch();
    boxLayout->addLayout(row);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_text);
    layout->addWidget(m_message);
    layout->addStretch();
    // Save after the choices it saves (it was made before them).
    const QList<QAbstractButton *> choices = m_choices->buttons();
    if (!choices.isEmpty())
        setTabOrder(choices.last(), m_save);
    connect(m_save, &QPushButton::clicked, this, &OutcomeSection::save);
    connect(&m_journey, &JourneyModel::outcomeChanged, this, &OutcomeSection::updateFromModel);
    updateFromModel();
}

void OutcomeSection::save()
{
    const auto outcome = PaceRules::outcomeFromInt(m_choices->checkedId());
    if (!outcome)
        return;
    if (Status status = m_journey.setOutcome(*outcome); !status) {
        m_message->showMessage(status.error().message);
        return;
    }
    m_message->showMessage(
        tr("Saved. You can change this at any time."), InlineMessage::Kind::Note);
}

void OutcomeSection::updateFromModel()
{
    if (QAbstractButton *b = m_choices->button(int(m_journey.outcome())))
        b->setChecked(true);
    m_text->setText(PaceRules::outcomeMessage(m_journey.outcome()));
}

} // namespace Rekindle
