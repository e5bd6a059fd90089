// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallWinsSection.h"

#include "core/Clock.h"
#include "models/SmallWinModel.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RevealRow.h"
#include "ui/widgets/UndoableDelete.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

SmallWinsSection::SmallWinsSection(SmallWinModel *model, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_clock(clock)
    , m_what(new QLineEdit(this))
    , m_day(new QDateEdit(this))
    , m_add(new QPushButton(tr("&Add Win"), this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"smallWinsSection"_s);
    m_what->setObjectName(u"winWhat"_s);
    m_what->setPlaceholderText(tr("For example: cooked a proper dinner"));
    m_day->setObjectName(u"winDay"_s);
    m_day->setCalendarPopup(true);
    m_day->setDate(m_clock.today());
    m_day->setMaximumDate(m_clock.today());
    m_add->setObjectName(u"addWin"_s);
    m_list->setObjectName(u"winList"_s);
    m_list->setAccessibleName(tr("Small wins, newest first"));
    m_shown = UndoableDelete::show(m_list, m_model, SmallWinModel::IdRole);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_empty->setObjectName(u"winsEmptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setMargin(24);
    m_empty->setText(tr("No wins yet. Anything counts: a walk, a meal, a call to a friend. "
                        "Write it above and press Add Win."));
    m_remove->setObjectName(u"removeWin"_s);
    m_message->setObjectName(u"winsMessage"_s);

    auto *intro = new QLabel(tr("Notice what you did well. Small steps add up."), this);
    intro->setWordWrap(true);
    auto *row = new QHBoxLayout;
    auto *whatLabel = new QLabel(tr("&What I did:"), this);
    whatLabel->setBuddy(m_what);
    auto *dayLabel = new QLabel(tr("&On:"), this);
    dayLabel->setBuddy(m_day);
    row->addWidget(whatLabel);
    row->addWidget(m_what, 1);
    row->addWidget(dayLabel);
    row->addWidget(m_day);
    row->addWidget(m_add);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);

    connect(m_add, &QPushButton::clicked, this, &SmallWinsSection::addWin);
    connect(m_what, &QLineEdit::returnPressed, this, &SmallWinsSection::addWin);
    connect(m_remove, &QPushButton::clicked, this, &SmallWinsSection::removeSelected);
    connect(m_shown, &QAbstractItemModel::rowsInserted, this, &SmallWinsSection::updateState);
    connect(m_shown, &QAbstractItemModel::rowsRemoved, this, &SmallWinsSection::updateState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &SmallWinsSection::updateState);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateState();
}

void SmallWinsSection::updateState()
{
    const bool empty = m_shown->rowCount() == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    m_remove->setVisible(!empty);
    m_remove->setEnabled(m_list->currentIndex().isValid());
    m_day->setMaximumDate(m_clock.today());
}

void SmallWinsSection::addWin()
{
    auto id = m_model->addWin(m_what->text(), m_day->date());
    if (!id) {
        m_message->showMessage(id.error().message);
        m_what->setFocus();
        return;
    }
    m_message->clearMessage();
    m_what->clear();
    m_day->setDate(m_clock.today());
    m_what->setFocus();
}

void SmallWinsSection::removeSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    // No question, as before: the window offers to undo it (see PendingDeletes).
    const qint64 id = current.data(SmallWinModel::IdRole).toLongLong();
    if (Status status = UndoableDelete::remove(m_list, m_shown, id); !status)
        m_message->showMessage(status.error().message);
}

bool SmallWinsSection::selectWin(qint64 id)
{
    return revealRow(m_list, m_model, id);
}

} // namespace Rekindle
