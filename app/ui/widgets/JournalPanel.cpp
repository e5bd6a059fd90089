// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalPanel.h"

#include "EntryEditor.h"
#include "EntryItemDelegate.h"
#include "models/EntryListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

JournalPanel::JournalPanel(EntryListModel *model, const QString &emptyHint, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_newButton(new QPushButton(tr("&New Entry"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_editor(new EntryEditor(this))
    , m_emptyLabel(new QLabel(emptyHint, this))
    , m_emptyHint(emptyHint)
{
    m_list->setObjectName(u"entryList"_s);
    m_list->setAccessibleName(tr("Journal entries, newest first"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new EntryItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 24);

    m_newButton->setObjectName(u"newEntryButton"_s);
    m_newButton->setToolTip(tr("Start a new entry (Ctrl+N)"));
    m_deleteButton->setObjectName(u"deleteEntryButton"_s);
    m_deleteButton->setToolTip(tr("Delete the selected entry"));

    // Delete works on the list itself, so that it never competes with deleting text.
    auto *deleteAction = new QAction(tr("Delete Entry"), m_list);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &JournalPanel::deleteCurrentEntry);

    m_editor->setObjectName(u"entryEditor"_s);

    // Left: the entries and their buttons. Right: the editor.
    auto *listSide = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"journalSplitter"_s);
    splitter->addWidget(listSide);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 300, 600 });
    splitter->setChildrenCollapsible(false);

    // Empty state: says what to do first, with the button to do it.
    auto *emptyPage = new QWidget(this);
    emptyPage->setObjectName(u"journalEmptyState"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setObjectName(u"emptyHint"_s);
    auto *emptyButton = new QPushButton(tr("Write the First Entry"), emptyPage);
    emptyButton->setObjectName(u"firstEntryButton"_s);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_list, m_newButton);
    setTabOrder(m_newButton, m_deleteButton);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &JournalPanel::flush);
    connect(m_editor, &EntryEditor::edited, this, &JournalPanel::onEdited);
    connect(m_newButton, &QPushButton::clicked, this, &JournalPanel::newEntry);
    connect(emptyButton, &QPushButton::clicked, this, &JournalPanel::newEntry);
    connect(m_deleteButton, &QPushButton::clicked, this, &JournalPanel::deleteCurrentEntry);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &JournalPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JournalPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JournalPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalPanel::updateEmptyState);
    connect(m_model, &EntryListModel::fetchFailed, this, &JournalPanel::updateEmptyState);

    // The first page is cheap (titles and previews only); the rest follows as the list scrolls.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateEmptyState();
    if (m_model->rowCount() > 0)
        selectRow(0);
}

void JournalPanel::setEmptyHint(const QString &hint)
{
    m_emptyHint = hint;
    updateEmptyState();
}

void JournalPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    // A journal that could not be read is not an empty one: say what went wrong instead.
    const QString error = m_model->fetchError();
    m_emptyLabel->setText(error.isEmpty()
            ? m_emptyHint
            : tr("Your entries could not be read from the journal: %1").arg(error));
    m_stack->setCurrentIndex(empty ? 0 : 1);
    m_deleteButton->setEnabled(m_currentId != 0);
}

void JournalPanel::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void JournalPanel::newEntry()
{
    if (!flush())
        return;
    dropIfUntouched();
    auto created = m_model->createEntry();
    if (!created) {
        QMessageBox::warning(this, tr("New Entry"), created.error().message);
        return;
    }
    while (m_model->rowOf(*created) < 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_freshId = *created;
    selectRow(m_model->rowOf(*created));
    m_editor->focusBody();
}

bool JournalPanel::selectEntry(qint64 id)
{
    if (id == m_currentId && id != 0)
        return true;
    if (!flush())
        return false;
    while (m_model->rowOf(id) < 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    selectRow(row);
    m_list->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    return m_currentId == id;
}

void JournalPanel::deleteCurrentEntry()
{
    if (m_currentId == 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Entry"),
        tr("Delete this entry? Its text will be removed from the journal for good."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const qint64 id = m_currentId;
    const int row = m_model->rowOf(id);
    m_autosave.stop();
    m_dirty = false;
    if (Status status = m_model->removeEntry(id); !status) {
        QMessageBox::warning(this, tr("Delete Entry"), status.error().message);
        return;
    }
    if (m_freshId == id)
        m_freshId = 0;
    if (m_model->rowCount() > 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
    else
        showEntry(0);
}

bool JournalPanel::flush()
{
    m_autosave.stop();
    if (!m_dirty || m_currentId == 0)
        return true;
    const Status status = m_model->saveEntry(m_currentId, m_editor->content());
    if (!status) {
        // The text stays in the editor, still marked unsaved; the next edit tries again.
        m_editor->setStatus(tr("Not saved"), true);
        if (!m_failureShown) {
            // Non-blocking, and once until a save succeeds again: typing must stay possible.
            m_failureShown = true;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Saved"),
                status.error().message, QMessageBox::Ok, this);
            box->setObjectName(u"saveFailedMessage"_s);
            box->setInformativeText(tr("Your text is still here in the editor. Rekindle will "
                                       "try again as you keep writing."));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        Q_EMIT saveFailed(status.error().message);
        return false;
    }
    m_dirty = false;
    m_failureShown = false;
    m_dirtySince.invalidate();
    if (m_freshId == m_currentId && !m_editor->content().isEmpty())
        m_freshId = 0;
    m_editor->setStatus(tr("Saved"));
    Q_EMIT saved();
    return true;
}

bool JournalPanel::leave()
{
    const bool ok = flush();
    if (ok)
        dropIfUntouched();
    return ok;
}

void JournalPanel::dropIfUntouched()
{
    if (m_freshId == 0)
        return;
    const qint64 id = m_freshId;
    m_freshId = 0;
    auto entry = m_model->loadEntry(id);
    if (entry && entry->title.trimmed().isEmpty() && entry->body.trimmed().isEmpty()
        && !entry->mood)
        (void)m_model->removeEntry(id);
}

void JournalPanel::onEdited()
{
    if (m_currentId == 0)
        return;
    m_dirty = true;
    m_editor->setStatus(tr("Editing…"));
    if (!m_dirtySince.isValid())
        m_dirtySince.start();
    if (m_dirtySince.elapsed() >= AutosaveMaxDelayMs)
        flush();
    else
        m_autosave.start();
}

void JournalPanel::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_switching)
        return;
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id == m_currentId)
        return;
    if (!flush()) {
        // Stay on the entry whose text could not be saved.
        m_switching = true;
        m_list->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect);
        m_switching = false;
        return;
    }
    const qint64 leaving = m_currentId;
    showEntry(id);
    if (m_freshId == leaving && leaving != 0) {
        m_switching = true;
        dropIfUntouched();
        m_switching = false;
    }
}

void JournalPanel::showEntry(qint64 id)
{
    m_currentId = 0;
    m_dirty = false;
    m_dirtySince.invalidate();
    if (id != 0) {
        auto entry = m_model->loadEntry(id);
        if (!entry) {
            QMessageBox::warning(this, tr("Open Entry"), entry.error().message);
        } else {
            m_editor->setEntry(*entry);
            m_currentId = id;
        }
    }
    m_editor->setEnabled(m_currentId != 0);
    updateEmptyState();
}

} // namespace Rekindle
