// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeelingsSection.h"

#include "core/Clock.h"
#include "models/FeelingModel.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RecordListPanel.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

FeelingsSection::FeelingsSection(FeelingModel *model, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_day(new QDateEdit(clock.today(), this))
    , m_what(new QLineEdit(this))
    , m_received(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"feelingsSection"_s);
    m_day->setObjectName(u"feelingDay"_s);
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(clock.today());
    m_what->setObjectName(u"feelingWhat"_s);
    m_what->setPlaceholderText(tr("What I shared, honestly"));
    m_received->setObjectName(u"feelingReceived"_s);
    m_received->setPlaceholderText(tr("How they took it"));
    m_add->setObjectName(u"addFeeling"_s);
    m_message->setObjectName(u"feelingMessage"_s);

    auto *form = new QGroupBox(tr("A feeling I shared"), this);
    auto *grid = new QGridLayout(form);
    const auto field = [&](int row, const QString &text, QWidget *w) {
        auto *label = new QLabel(text, form);
        label->setBuddy(w);
        grid->addWidget(label, row, 0);
        grid->addWidget(w, row, 1);
    };
    field(0, tr("&When:"), m_day);
    field(1, tr("W&hat I shared:"), m_what);
    field(2, tr("How it was &received:"), m_received);
    grid->addWidget(m_add, 2, 2);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_message);
    layout->addWidget(new RecordListPanel(model, u"feeling"_s, tr("&Feelings shared"),
                          FeelingModel::WhatColumn, this),
        1);
    connect(m_add, &QPushButton::clicked, this, &FeelingsSection::add);
    connect(m_received, &QLineEdit::returnPressed, this, &FeelingsSection::add);
}

void FeelingsSection::add()
{
    auto id = m_model->add(m_day->date(), m_what->text(), m_received->text());
    if (!id) {
        m_message->showMessage(id.error().message);
        return;
    }
    m_what->clear();
    m_received->clear();
    m_message->showMessage(
        tr("Saved. Saying how you feel takes courage."), InlineMessage::Kind::Note);
}

} // namespace Rekindle
