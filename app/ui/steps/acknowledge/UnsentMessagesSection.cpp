// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnsentMessagesSection.h"

#include "models/UnsentMessageModel.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RevealRow.h"
#include "ui/widgets/UndoableDelete.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

UnsentMessagesSection::UnsentMessagesSection(UnsentMessageModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_editor(new QPlainTextEdit(this))
    , m_keep(new QPushButton(tr("&Keep It Here"), this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_reader(new QTextBrowser(this))
    , m_hint(new QLabel(this))
    , m_letGo(new QPushButton(tr("&Let It Go"), this))
    , m_keepLater(new QPushButton(tr("Keep for &Later"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"unsentSection"_s);
    m_editor->setObjectName(u"unsentEditor"_s);
    m_editor->setAccessibleName(tr("What I want to tell them"));
    m_editor->setPlaceholderText(tr("Write what you want to tell them. It stays in your "
                                    "journal: Rekindle never sends anything."));
    m_keep->setObjectName(u"keepUnsent"_s);
    m_message->setObjectName(u"unsentMessage"_s);
    m_list->setObjectName(u"unsentList"_s);
    m_list->setAccessibleName(tr("Unsent messages, newest first"));
    m_shown = UndoableDelete::show(m_list, m_model, UnsentMessageModel::IdRole);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_empty->setObjectName(u"unsentEmptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setMargin(24);
    m_empty->setText(tr("No unsent messages yet. When you feel the pull to write to them, "
                        "write it above instead and press Keep It Here."));
    m_reader->setObjectName(u"unsentReader"_s);
    m_reader->setAccessibleName(tr("The selected message"));
    m_hint->setObjectName(u"coolingOffHint"_s);
    m_hint->setWordWrap(true);
    m_letGo->setObjectName(u"letGoUnsent"_s);
    m_keepLater->setObjectName(u"keepForLaterUnsent"_s);
    m_delete->setObjectName(u"deleteUnsent"_s);

    auto *writeGroup = new QGroupBox(tr("Write it, don't send it"), this);
    auto *writeLayout = new QVBoxLayout(writeGroup);
    writeLayout->addWidget(m_editor, 1);
    writeLayout->addWidget(m_keep, 0, Qt::AlignRight);

    auto *readSide = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_letGo);
    buttons->addWidget(m_keepLater);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto *readLayout = new QVBoxLayout(readSide);
    readLayout->setContentsMargins(0, 0, 0, 0);
    readLayout->addWidget(m_hint);
    readLayout->addWidget(m_reader, 1);
    readLayout->addLayout(buttons);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_empty, 1);
    listLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"unsentSplitter"_s);
    splitter->addWidget(listSide);
    splitter->addWidget(readSide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(writeGroup, 2);
    layout->addWidget(splitter, 3);

    setTabOrder(m_editor, m_keep);
    setTabOrder(m_keep, m_list);
    setTabOrder(m_list, m_reader);
    setTabOrder(m_reader, m_letGo);
    setTabOrder(m_letGo, m_keepLater);
    setTabOrder(m_keepLater, m_delete);
    m_editor->setTabChangesFocus(true);

    connect(m_keep, &QPushButton::clicked, this, &UnsentMessagesSection::keepMessage);
    connect(m_letGo, &QPushButton::clicked, this,
        [this] { setSelectedState(int(UnsentState::LetGo)); });
    connect(m_keepLater, &QPushButton::clicked, this,
        [this] { setSelectedState(int(UnsentState::KeptForLater)); });
    connect(m_delete, &QPushButton::clicked, this, &UnsentMessagesSection::deleteSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &UnsentMessagesSection::showSelected);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_shown, signal, this, &UnsentMessagesSection::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UnsentMessagesSection::showSelected);
    // Open on the newest message, so that there is something to read again.
    if (m_shown->rowCount() > 0)
        m_list->setCurrentIndex(m_shown->index(0, 0));
    showSelected();
}

int UnsentMessagesSection::selectedRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_shown->sourceRow(current.row()) : -1;
}

void UnsentMessagesSection::keepMessage()
{
    auto id = m_model->write(m_editor->toPlainText());
    if (!id) {
        m_message->showMessage(id.error().message);
        m_editor->setFocus();
        return;
    }
    m_editor->clear();
    m_message->showMessage(tr("Kept, not sent. Read it again tomorrow, with fresh eyes, before "
                              "deciding anything."),
        InlineMessage::Kind::Note);
    m_list->setCurrentIndex(m_shown->index(m_shown->filterRow(m_model->rowOf(*id)), 0));
}

void UnsentMessagesSection::showSelected()
{
    const bool empty = m_shown->rowCount() == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    const int row = selectedRow();
    const bool has = row >= 0;
    m_letGo->setEnabled(has);
    m_keepLater->setEnabled(has);
    m_delete->setEnabled(has);
    m_reader->setVisible(has);
    if (!has) {
        m_hint->setText(empty ? QString() : tr("Choose a message to read it again."));
        m_reader->clear();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_reader->setPlainText(index.data(UnsentMessageModel::BodyRole).toString());
    const auto state = UnsentState(index.data(UnsentMessageModel::StateRole).toInt());
    const QString when = index.data(UnsentMessageModel::WrittenTextRole).toString();
    QString hint;
    if (state != UnsentState::Open)
        hint = tr("Written %1. %2.").arg(when, UnsentMessage::stateName(state));
    else if (index.data(UnsentMessageModel::CooledOffRole).toBool())
        hint = tr("Written %1. A day has passed: read it again. Does it still feel true? Let it "
                  "go, or keep it for later.")
                   .arg(when);
    else
        hint = tr("Written %1. Give it a day before you decide anything about it.").arg(when);
    m_hint->setText(hint);
    m_letGo->setEnabled(state != UnsentState::LetGo);
    m_keepLater->setEnabled(state != UnsentState::KeptForLater);
}

void UnsentMessagesSection::setSelectedState(int state)
{
    if (Status status = m_model->setState(selectedRow(), UnsentState(state)); !status)
        m_message->showMessage(status.error().message);
    else
        m_message->clearMessage();
}

void UnsentMessagesSection::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    // No question first: the window offers to undo it (see PendingDeletes).
    const qint64 id = m_model->index(row).data(UnsentMessageModel::IdRole).toLongLong();
    if (Status status = UndoableDelete::remove(m_list, m_shown, id); !status)
        m_message->showMessage(status.error().message);
}

bool UnsentMessagesSection::selectMessage(qint64 id)
{
    return revealRow(m_list, m_model, id);
}

} // namespace Rekindle
