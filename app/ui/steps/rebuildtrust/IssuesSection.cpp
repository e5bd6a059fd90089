// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuesSection.h"

#include "core/Clock.h"
#include "models/IssueModel.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RecordListPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

IssuesSection::IssuesSection(IssueModel *model, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_by(new QComboBox(this))
    , m_raised(new QDateEdit(clock.today(), this))
    , m_what(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Issue"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"issuesSection"_s);
    m_by->setObjectName(u"issueBy"_s);
    for (RaisedBy by : TrustRules::raisedByValues())
        m_by->addItem(TrustRules::raisedByName(by), int(by));
    m_raised->setObjectName(u"issueRaised"_s);
    m_raised->setCalendarPopup(true);
    m_raised->setMaximumDate(clock.today());
    m_what->setObjectName(u"issueWhat"_s);
    m_what->setPlaceholderText(tr("What it is about, in a few words"));
    m_add->setObjectName(u"addIssue"_s);
    m_message->setObjectName(u"issueFormMessage"_s);

    auto *form = new QGroupBox(tr("Something that came up"), this);
    auto *grid = new QGridLayout(form);
    const auto field = [&](int row, int col, const QString &text, QWidget *w) {
        auto *label = new QLabel(text, form);
        label->setBuddy(w);
        grid->addWidget(label, row, col);
        grid->addWidget(w, row, col + 1);
    };
    field(0, 0, tr("Raised &by:"), m_by);
    auto *raisedLabel = new QLabel(tr("&On:"), form);
    raisedLabel->setBuddy(m_raised);
    grid->addWidget(raisedLabel, 0, 2);
    grid->addWidget(m_raised, 0, 3, Qt::AlignLeft);
    auto *whatLabel = new QLabel(tr("Wh&at:"), form);
    whatLabel->setBuddy(m_what);
    grid->addWidget(whatLabel, 1, 0);
    grid->addWidget(m_what, 1, 1, 1, 3);
    grid->addWidget(m_add, 1, 4);
    grid->setColumnStretch(3, 1);

    auto *note = new QLabel(tr("Face issues together, not around each other. When you agree "
                               "on something, write it down under \"What we agreed\"."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_message);
    layout->addWidget(note);
    layout->addWidget(
        new RecordListPanel(model, u"issue"_s, tr("&Issues"), IssueModel::AgreementColumn, this),
        1);
    connect(m_add, &QPushButton::clicked, this, &IssuesSection::add);
    connect(m_what, &QLineEdit::returnPressed, this, &IssuesSection::add);
}

void IssuesSection::add()
{
    auto id = m_model->add(RaisedBy(m_by->currentData().toInt()), m_raised->date(), m_what->text());
    if (!id) {
        m_message->showMessage(id.error().message);
        return;
    }
    m_what->clear();
    m_message->clearMessage();
}

} // namespace Rekindle
