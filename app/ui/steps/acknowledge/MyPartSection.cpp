// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyPartSection.h"

#include "MyPartStatusDelegate.h"
#include "models/MyPartModel.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RevealRow.h"
#include "ui/widgets/RowHeightFitter.h"
#include "ui/widgets/UndoableDelete.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

MyPartSection::MyPartSection(MyPartModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_what(new QLineEdit(this))
    , m_part(new QLineEdit(this))
    , m_instead(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add to My Part"), this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_toGoal(new QPushButton(tr("Turn into a &Goal"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"myPartSection"_s);
    m_what->setObjectName(u"myPartWhat"_s);
    m_what->setPlaceholderText(tr("For example: arguments about my long hours"));
    m_part->setObjectName(u"myPartPart"_s);
    m_part->setPlaceholderText(tr("What I did or did not do"));
    m_instead->setObjectName(u"myPartInstead"_s);
    m_instead->setPlaceholderText(tr("What I will do differently"));
    m_add->setObjectName(u"addMyPart"_s);
    m_add->setDefault(false);
    m_message->setObjectName(u"myPartMessage"_s);

    auto *intro = new QLabel(tr("Look at your own part honestly and kindly: everyone makes "
                                "mistakes, and seeing them is how you change them."),
        this);
    intro->setWordWrap(true);

    auto *addGroup = new QGroupBox(tr("Something I see now"), this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [&](const QString &text, QLineEdit *field) {
        auto *label = new QLabel(text, addGroup);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&What happened:"), m_what);
    addRow(tr("My &part in it:"), m_part);
    addRow(tr("What I will do &instead:"), m_instead);
    auto *addLayout = new QVBoxLayout(addGroup);
    addLayout->addLayout(form);
    addLayout->addWidget(m_add, 0, Qt::AlignRight);

    m_table->setObjectName(u"myPartTable"_s);
    m_table->setAccessibleName(tr("My part"));
    m_shown = UndoableDelete::show(m_table, m_model, MyPartModel::IdRole);
    m_table->setItemDelegate(new MyPartStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Rows fit their wrapped text once the columns have their final widths, as they come
    // into view: never all of them at once.
    RowHeightFitter::limitMeasuring(m_table);
    m_rowFitter = new RowHeightFitter(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        MyPartModel::StatusColumn, QHeaderView::ResizeToContents);
    auto *deleteAction = new QAction(tr("Delete Item"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &MyPartSection::deleteSelected);

    m_empty->setObjectName(u"myPartEmptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setMargin(24);
    m_empty->setText(tr("Nothing here yet. Write one thing you would do differently above and "
                        "press Add to My Part. Double-click any cell later to change it."));

    m_toGoal->setObjectName(u"myPartToGoal"_s);
    m_toGoal->setToolTip(tr("Make a goal in Work on Yourself from the selected item"));
    m_delete->setObjectName(u"myPartDelete"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_toGoal);
    buttons->addStretch();
    buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(addGroup);
    layout->addWidget(m_message);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    setTabOrder(m_what, m_part);
    setTabOrder(m_part, m_instead);
    setTabOrder(m_instead, m_add);
    setTabOrder(m_add, m_table);
    setTabOrder(m_table, m_toGoal);
    setTabOrder(m_toGoal, m_delete);

    connect(m_add, &QPushButton::clicked, this, &MyPartSection::addItem);
    for (QLineEdit *field : { m_what, m_part, m_instead })
        connect(field, &QLineEdit::returnPressed, this, &MyPartSection::addItem);
    connect(m_toGoal, &QPushButton::clicked, this, &MyPartSection::turnSelectedIntoGoal);
    connect(m_delete, &QPushButton::clicked, this, &MyPartSection::deleteSelected);
    connect(m_model, &MyPartModel::errorOccurred, m_message,
        [this](const QString &text) { m_message->showMessage(text); });
    connect(m_shown, &QAbstractItemModel::rowsInserted, this, &MyPartSection::updateState);
    connect(m_shown, &QAbstractItemModel::rowsRemoved, this, &MyPartSection::updateState);
    connect(m_shown, &QAbstractItemModel::modelReset, this, &MyPartSection::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MyPartSection::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MyPartSection::updateState);
    updateState();
}

int MyPartSection::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_shown->sourceRow(rows.constFirst().row());
}

void MyPartSection::updateState()
{
    const bool empty = m_shown->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    const int row = selectedRow();
    m_delete->setEnabled(row >= 0);
    m_delete->setVisible(!empty);
    m_toGoal->setVisible(!empty);
    const bool hasGoal = row >= 0 && m_model->itemAt(row).goalId.has_value();
    m_toGoal->setEnabled(row >= 0 && !hasGoal);
    m_toGoal->setToolTip(hasGoal ? tr("This item already has a goal in Work on Yourself")
                                 : tr("Make a goal in Work on Yourself from the selected item"));
    m_rowFitter->schedule();
}

void MyPartSection::addItem()
{
    MyPartItem item;
    item.whatHappened = m_what->text();
    item.myPart = m_part->text();
    item.instead = m_instead->text();
    auto id = m_model->addItem(item);
    if (!id) {
        m_message->showMessage(id.error().message);
        m_what->setFocus();
        return;
    }
    m_message->clearMessage();
    m_what->clear();
    m_part->clear();
    m_instead->clear();
    m_what->setFocus();
    const int row = m_shown->filterRow(m_model->rowOf(*id));
    if (row >= 0)
        m_table->selectRow(row);
}

void MyPartSection::turnSelectedIntoGoal()
{
    const int row = selectedRow();
    auto goal = m_model->turnIntoGoal(row);
    if (!goal) {
        m_message->showMessage(goal.error().message);
        return;
    }
    m_message->showMessage(tr("A goal was added to Work on Yourself: \"%1\". Tick it there as "
                              "you go.")
                               .arg(m_model->itemAt(row).goalTitle),
        InlineMessage::Kind::Note);
    Q_EMIT goalCreated(*goal);
}

void MyPartSection::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    // No question first: the window offers to undo it (see PendingDeletes). A goal made from
    // the item stays either way.
    if (Status status = UndoableDelete::remove(m_table, m_shown, m_model->itemAt(row).id); !status)
        m_message->showMessage(status.error().message);
    else
        m_message->clearMessage();
}

bool MyPartSection::selectItem(qint64 id)
{
    return revealRow(m_table, m_model, id);
}

} // namespace Rekindle
