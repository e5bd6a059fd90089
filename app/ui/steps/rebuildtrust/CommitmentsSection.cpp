// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitmentsSection.h"

#include "core/Clock.h"
#include "models/CommitmentModel.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RecordListPanel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

CommitmentsSection::CommitmentsSection(CommitmentModel *model, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_promise(new QLineEdit(this))
    , m_made(new QDateEdit(clock.today(), this))
    , m_hasDue(new QCheckBox(tr("D&ue by:"), this))
    , m_due(new QDateEdit(clock.today().addDays(7), this))
    , m_add(new QPushButton(tr("&Add Commitment"), this))
    , m_message(new InlineMessage(this))
    , m_panel(new RecordListPanel(
          model, u"commitment"_s, tr("&Commitments"), CommitmentModel::PromiseColumn, this))
{
    setObjectName(u"commitmentsSection"_s);
    m_promise->setObjectName(u"commitmentPromise"_s);
    m_promise->setPlaceholderText(tr("Something small you can keep"));
    m_made->setObjectName(u"commitmentMade"_s);
    m_made->setCalendarPopup(true);
    m_made->setMaximumDate(clock.today());
    m_hasDue->setObjectName(u"commitmentHasDue"_s);
    m_due->setObjectName(u"commitmentDue"_s);
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date"));
    m_due->setEnabled(false);
    m_add->setObjectName(u"addCommitment"_s);
    m_message->setObjectName(u"commitmentFormMessage"_s);

    auto *form = new QGroupBox(tr("A promise I made"), this);
    auto *grid = new QGridLayout(form);
    auto *promiseLabel = new QLabel(tr("&Promise:"), form);
    promiseLabel->setBuddy(m_promise);
    auto *madeLabel = new QLabel(tr("&Made on:"), form);
    madeLabel->setBuddy(m_made);
    grid->addWidget(promiseLabel, 0, 0);
    grid->addWidget(m_promise, 0, 1, 1, 4);
    grid->addWidget(madeLabel, 1, 0);
    grid->addWidget(m_made, 1, 1);
    grid->addWidget(m_hasDue, 1, 2);
    grid->addWidget(m_due, 1, 3);
    grid->addWidget(m_add, 1, 4, Qt::AlignRight);
    grid->setColumnStretch(4, 1);

    auto *note = new QLabel(tr("Set Status to Kept or Broken when the time comes; overdue "
                               "promises are shown in bold. Keeping small promises builds more "
                               "trust than making big ones."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_message);
    layout->addWidget(note);
    layout->addWidget(m_panel, 1);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_add, &QPushButton::clicked, this, &CommitmentsSection::add);
    connect(m_promise, &QLineEdit::returnPressed, this, &CommitmentsSection::add);
}

void CommitmentsSection::add()
{
    auto id = m_model->add(
        m_promise->text(), m_made->date(), m_hasDue->isChecked() ? m_due->date() : QDate());
    if (!id) {
        m_message->showMessage(id.error().message);
        return;
    }
    m_promise->clear();
    m_message->clearMessage();
}

} // namespace Rekindle
