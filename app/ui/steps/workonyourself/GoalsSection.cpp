// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalsSection.h"

#include "core/Clock.h"
#include "models/GoalListModel.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RowHeightFitter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

GoalsSection::GoalsSection(
    GoalListModel *active, GoalListModel *archived, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_active(active)
    , m_archivedModel(archived)
    , m_clock(clock)
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_cadence(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_add(new QPushButton(tr("&Add Goal"), this))
    , m_showArchived(new QCheckBox(tr("Show a&rchived goals"), this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_checkInDay(new QDateEdit(this))
    , m_checkInNote(new QLineEdit(this))
    , m_checkIn(new QPushButton(tr("&Check In"), this))
    , m_archive(new QPushButton(tr("Arc&hive"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"goalsSection"_s);
    m_title->setObjectName(u"goalTitle"_s);
    m_title->setPlaceholderText(tr("For example: a 20-minute walk"));
    m_category->setObjectName(u"goalCategory"_s);
    for (const GoalCategory category : Goals::categories())
        m_category->addItem(Goals::categoryName(category), int(category));
    m_cadence->setObjectName(u"goalCadence"_s);
    m_cadence->addItem(tr("Every day"), Goal::Daily);
    m_cadence->addItem(tr("Once a week"), 1);
    for (int n = 2; n < Goal::Daily; ++n)
        m_cadence->addItem(tr("%n times a week", nullptr, n), n);
    m_start->setObjectName(u"goalStart"_s);
    m_start->setCalendarPopup(true);
    m_start->setDate(m_clock.today());
    m_add->setObjectName(u"addGoal"_s);
    m_showArchived->setObjectName(u"showArchivedGoals"_s);
    m_message->setObjectName(u"goalsMessage"_s);

    auto *newGroup = new QGroupBox(tr("A new goal, for yourself"), this);
    auto *grid = new QFormLayout;
    grid->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, newGroup);
        label->setBuddy(field);
        grid->addRow(label, field);
    };
    addRow(tr("&Goal:"), m_title);
    // The goal's details in one row in a wide window, on more rows in a narrow one.
    auto *details = new FlowLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), newGroup);
    kindLabel->setBuddy(m_category);
    auto *cadenceLabel = new QLabel(tr("How &often:"), newGroup);
    cadenceLabel->setBuddy(m_cadence);
    auto *startLabel = new QLabel(tr("&Starts:"), newGroup);
    startLabel->setBuddy(m_start);
    details->addField(kindLabel, m_category);
    details->addField(cadenceLabel, m_cadence);
    details->addField(startLabel, m_start);
    details->addWidget(m_add);
    auto *newLayout = new QVBoxLayout(newGroup);
    newLayout->addLayout(grid);
    newLayout->addLayout(details);

    m_table->setObjectName(u"goalTable"_s);
    m_table->setAccessibleName(tr("Goals"));
    m_table->setModel(m_active);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Columns sized to their contents look at the rows on screen, not at every row.
    RowHeightFitter::limitMeasuring(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        GoalListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);

    m_empty->setObjectName(u"goalsEmptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setMargin(24);

    m_checkInDay->setObjectName(u"checkInDay"_s);
    m_checkInDay->setCalendarPopup(true);
    m_checkInDay->setDate(m_clock.today());
    m_checkInNote->setObjectName(u"checkInNote"_s);
    m_checkInNote->setPlaceholderText(tr("Optional note"));
    m_checkIn->setObjectName(u"checkInGoal"_s);
    m_archive->setObjectName(u"archiveGoal"_s);
    auto *checkRow = new FlowLayout;
    auto *dayLabel = new QLabel(tr("Check in the selected goal for &day:"), this);
    dayLabel->setBuddy(m_checkInDay);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_checkInNote);
    checkRow->addField(dayLabel, m_checkInDay);
    checkRow->addField(noteLabel, m_checkInNote);
    checkRow->addWidget(m_checkIn);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_showArchived);
    listRow->addStretch();
    listRow->addWidget(m_archive);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(newGroup);
    layout->addWidget(m_message);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 1);
    layout->addLayout(checkRow);
    layout->addLayout(listRow);

    setTabOrder(m_title, m_category);
    setTabOrder(m_category, m_cadence);
    setTabOrder(m_cadence, m_start);
    setTabOrder(m_start, m_add);
    setTabOrder(m_add, m_table);
    setTabOrder(m_table, m_checkInDay);
    setTabOrder(m_checkInDay, m_checkInNote);
    setTabOrder(m_checkInNote, m_checkIn);
    setTabOrder(m_checkIn, m_showArchived);
    setTabOrder(m_showArchived, m_archive);

    connect(m_add, &QPushButton::clicked, this, &GoalsSection::addGoal);
    connect(m_title, &QLineEdit::returnPressed, this, &GoalsSection::addGoal);
    connect(m_checkIn, &QPushButton::clicked, this, &GoalsSection::checkIn);
    connect(m_checkInNote, &QLineEdit::returnPressed, this, &GoalsSection::checkIn);
    connect(m_archive, &QPushButton::clicked, this, &GoalsSection::toggleArchived);
    connect(m_showArchived, &QCheckBox::toggled, this, &GoalsSection::showArchived);
    for (GoalListModel *model : { m_active, m_archivedModel }) {
        connect(model, &GoalListModel::errorOccurred, m_message,
            [this](const QString &text) { m_message->showMessage(text); });
        connect(model, &QAbstractItemModel::rowsInserted, this, &GoalsSection::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &GoalsSection::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &GoalsSection::updateState);
    }
    showArchived(false);
}

GoalListModel *GoalsSection::currentModel() const
{
    return m_showArchived->isChecked() ? m_archivedModel : m_active;
}

int GoalsSection::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void GoalsSection::showArchived(bool archived)
{
    m_table->setModel(archived ? m_archivedModel : m_active);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &GoalsSection::updateState, Qt::UniqueConnection);
    m_table->setColumnHidden(GoalListModel::TodayColumn, archived);
    updateState();
}

void GoalsSection::updateState()
{
    GoalListModel *model = currentModel();
    const bool archived = model == m_archivedModel;
    const bool empty = model->rowCount() == 0;
    m_empty->setText(archived ? tr("No archived goals. Archive a goal you have finished or put "
                                   "aside; you can restore it any time.")
                              : tr("No goals yet. Add one above: something for your body, a new "
                                   "hobby, or a first talk with a professional. Then tick it "
                                   "in the Today column each time you do it."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    const int row = selectedRow();
    m_archive->setText(archived ? tr("&Restore") : tr("Arc&hive"));
    m_archive->setEnabled(row >= 0);
    m_checkIn->setEnabled(row >= 0 && !archived);
    m_checkInDay->setEnabled(!archived);
    m_checkInNote->setEnabled(!archived);
    const QDate today = m_clock.today();
    m_checkInDay->setMaximumDate(today);
    if (m_checkInDay->date() > today)
        m_checkInDay->setDate(today);
}

void GoalsSection::addGoal()
{
    Goal goal;
    goal.title = m_title->text();
    goal.category = GoalCategory(m_category->currentData().toInt());
    goal.timesPerWeek = m_cadence->currentData().toInt();
    goal.startDay = m_start->date();
    auto id = m_active->addGoal(goal);
    if (!id) {
        m_message->showMessage(id.error().message);
        m_title->setFocus();
        return;
    }
    m_message->clearMessage();
    m_title->clear();
    m_showArchived->setChecked(false);
    selectGoal(*id);
}

void GoalsSection::checkIn()
{
    const int row = selectedRow();
    const QDate day = m_checkInDay->date();
    if (Status status = currentModel()->checkIn(row, day, m_checkInNote->text()); !status) {
        m_message->showMessage(status.error().message);
        return;
    }
    m_checkInNote->clear();
    m_message->showMessage(
        tr("Checked in \"%1\" for %2.")
            .arg(currentModel()->goalAt(row).title, QLocale().toString(day, QLocale::LongFormat)),
        InlineMessage::Kind::Note);
}

void GoalsSection::toggleArchived()
{
    GoalListModel *model = currentModel();
    const bool archived = model == m_archivedModel;
    if (Status status = model->setArchived(selectedRow(), !archived); !status)
        m_message->showMessage(status.error().message);
    else
        m_message->clearMessage();
    updateState();
}

bool GoalsSection::selectGoal(qint64 goalId)
{
    if (m_active->rowOf(goalId) < 0 && m_archivedModel->rowOf(goalId) >= 0)
        m_showArchived->setChecked(true);
    const int row = currentModel()->rowOf(goalId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(currentModel()->index(row, 0));
    }
    updateState();
    return row >= 0;
}

} // namespace Rekindle
