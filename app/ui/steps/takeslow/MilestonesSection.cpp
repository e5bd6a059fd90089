// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MilestonesSection.h"

#include "core/Clock.h"
#include "models/MilestoneModel.h"
#include "models/TrustOverview.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RecordListPanel.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

MilestonesSection::MilestonesSection(
    MilestoneModel *model, TrustOverview &overview, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_overview(overview)
    , m_clock(clock)
    , m_title(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Milestone"), this))
    , m_planDay(new QDateEdit(clock.today().addDays(14), this))
    , m_plan(new QPushButton(tr("&Plan for"), this))
    , m_reached(new QPushButton(tr("&Reached Today"), this))
    , m_clear(new QPushButton(tr("Clear &Dates"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_warning(new InlineMessage(this))
    , m_message(new InlineMessage(this))
    , m_panel(new RecordListPanel(
          model, u"milestone"_s, tr("M&ilestones, in order"), MilestoneModel::TitleColumn, this))
{
    setObjectName(u"milestonesSection"_s);
    m_title->setObjectName(u"milestoneTitle"_s);
    m_title->setPlaceholderText(tr("A milestone of your own"));
    m_title->setAccessibleName(tr("New milestone"));
    m_add->setObjectName(u"addMilestone"_s);
    m_planDay->setObjectName(u"milestonePlanDay"_s);
    m_planDay->setCalendarPopup(true);
    m_planDay->setAccessibleName(tr("Planned day"));
    m_plan->setObjectName(u"planMilestone"_s);
    m_reached->setObjectName(u"milestoneReached"_s);
    m_clear->setObjectName(u"clearMilestoneDates"_s);
    m_up->setObjectName(u"milestoneUp"_s);
    m_down->setObjectName(u"milestoneDown"_s);
    m_warning->setObjectName(u"slowDownWarning"_s);
    m_message->setObjectName(u"milestoneFormMessage"_s);

    auto *intro = new QLabel(tr("There is no rush. Reorder, rename or remove these to fit your "
                                "story; mark each one when it happens."),
        this);
    intro->setWordWrap(true);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_title, 1);
    addRow->addWidget(m_add);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_up);
    actions->addWidget(m_down);
    actions->addSpacing(12);
    actions->addWidget(m_plan);
    actions->addWidget(m_planDay);
    actions->addWidget(m_reached);
    actions->addWidget(m_clear);
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_warning);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(m_panel, 1);

    for (QPushButton *b : { m_plan, m_reached, m_clear, m_up, m_down })
        b->setEnabled(false);
    connect(
        m_panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            const bool selected = m_panel->currentRow() >= 0;
            for (QPushButton *b : { m_plan, m_reached, m_clear, m_up, m_down })
                b->setEnabled(selected);
        });
    connect(m_add, &QPushButton::clicked, this, &MilestonesSection::add);
    connect(m_title, &QLineEdit::returnPressed, this, &MilestonesSection::add);
    connect(m_plan, &QPushButton::clicked, this,
        [this] { act([this](int row) { return m_model->setPlanned(row, m_planDay->date()); }); });
    connect(m_reached, &QPushButton::clicked, this,
        [this] { act([this](int row) { return m_model->setReached(row, m_clock.today()); }); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        act([this](int row) {
            if (Status s = m_model->setReached(row, {}); !s)
                return s;
            return m_model->setPlanned(row, {});
        });
    });
    connect(m_up, &QPushButton::clicked, this,
        [this] { act([this](int row) { return m_model->move(row, -1); }); });
    connect(m_down, &QPushButton::clicked, this,
        [this] { act([this](int row) { return m_model->move(row, 1); }); });
    connect(&m_overview, &TrustOverview::changed, this, &MilestonesSection::updateWarnings);
    updateWarnings();
}

void MilestonesSection::add()
{
    auto id = m_model->add(m_title->text());
    if (!id) {
        m_message->showMessage(id.error().message);
        return;
    }
    m_title->clear();
    m_message->clearMessage();
}

void MilestonesSection::act(const std::function<Status(int)> &action)
{
    const int row = m_panel->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_model->idAt(row);
    if (Status status = action(row); !status) {
        m_message->showMessage(status.error().message);
        return;
    }
    m_message->clearMessage();
    // Keep the same milestone selected after a move.
    const int now = m_model->rowOf(id);
    if (now >= 0)
        m_panel->selectModelRow(now);
}

void MilestonesSection::updateWarnings()
{
    QStringList lines;
    for (const PaceWarning &w : m_overview.paceWarnings())
        lines << w.message;
    if (lines.isEmpty())
        m_warning->clearMessage();
    else
        m_warning->showMessage(
            tr("Slow down a little.") + u"\n"_s + lines.join(u"\n"_s), InlineMessage::Kind::Note);
}

} // namespace Rekindle
