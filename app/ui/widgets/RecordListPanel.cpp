// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordListPanel.h"

#include "ChoiceDelegate.h"
#include "InlineMessage.h"
#include "RowHeightFitter.h"
#include "UndoableDelete.h"
#include "models/RecordModel.h"
#include "ui/Mnemonic.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

RecordListPanel::RecordListPanel(RecordModel *model, const QString &name, const QString &title,
    int stretchColumn, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(name + u"Panel"_s);
    m_view->setObjectName(name + u"Table"_s);
    m_view->setAccessibleName(withoutMnemonic(title));
    m_visible = UndoableDelete::show(m_view, model, RecordModel::IdRole);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    // Columns sized to their contents look at the rows on screen, not at every row.
    RowHeightFitter::limitMeasuring(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    m_delete->setObjectName(name + u"Delete"_s);
    m_message->setObjectName(name + u"Message"_s);

    auto *label = new QLabel(title, this);
    label->setBuddy(m_view);
    auto *hint = new QLabel(tr("Double-click a cell to change it."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->addWidget(label);
    m_buttons->addStretch();
    m_buttons->addWidget(hint);
    m_buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_model, &RecordModel::errorOccurred, this,
        [this](const QString &message) { m_message->showMessage(message); });
    connect(m_model, &QAbstractItemModel::dataChanged, m_message, &InlineMessage::clearMessage);
    connect(m_delete, &QPushButton::clicked, this, &RecordListPanel::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RecordListPanel::updateButtons);
    connect(m_visible, &QAbstractItemModel::rowsRemoved, this, &RecordListPanel::updateButtons);
    connect(m_visible, &QAbstractItemModel::modelReset, this, &RecordListPanel::updateButtons);
    updateButtons();
}

int RecordListPanel::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_visible->sourceRow(rows.first().row());
}

bool RecordListPanel::selectModelRow(int row)
{
    const int shown = row < 0 ? -1 : m_visible->filterRow(row);
    if (shown < 0)
        return false;
    const QModelIndex index = m_visible->index(shown, 0);
    m_view->setCurrentIndex(index);
    m_view->selectRow(shown);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void RecordListPanel::addButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->indexOf(m_delete), button);
    m_rowButtons << button;
    updateButtons();
}

void RecordListPanel::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    // No question first: the window offers to undo it, and the record stays in the journal
    // until that offer has passed.
    if (Status status = UndoableDelete::remove(m_view, m_visible, m_model->idAt(row)); !status)
        m_message->showMessage(status.error().message);
    else
        m_message->clearMessage();
}

void RecordListPanel::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_delete->setEnabled(selected);
    for (QPushButton *button : std::as_const(m_rowButtons))
        button->setEnabled(selected);
}

} // namespace Rekindle
