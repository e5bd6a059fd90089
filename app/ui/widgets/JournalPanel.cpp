// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalPanel.h"

#include "EntryEditor.h"
#include "EntryItemDelegate.h"
#include "models/EntryListModel.h"
#include "models/PendingDeleteFilter.h"
#include "models/PendingDeletes.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

JournalPanel::JournalPanel(
    EntryListModel *model, PendingDeletes &pending, const QString &emptyHint, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_pending(pending)
    , m_visible(new PendingDeleteFilter(pending, EntryListModel::IdRole, model, this))
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
    // Connected before the list's own handlers: a list moves its current row off a row that
    // leaves while the filter is removing it, and saving the entry then would change the model
    // under a filter half way through its removal (QSortFilterProxyModel then drops a second
    // row). Such a move is taken up once the rows are settled (followCurrent()).
    connect(m_visible, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { ++m_rowsMoving; });
    connect(
        m_visible, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { ++m_rowsMoving; });
    m_list->setModel(m_visible);
    for (auto settled : { &QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted })
        connect(m_visible, settled, this, [this] { --m_rowsMoving; });
    connect(m_visible, &PendingDeleteFilter::restored, this, &JournalPanel::onRestored);
    m_list->setItemDelegate(new EntryItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 24);

    m_newButton->setObjectName(u"newEntryButton"_s);
    m_newButton->setToolTip(
        tr("Start a new entry (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
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
    connect(&m_autosave, &QTimer::timeout, this, &JournalPanel::autosave);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &JournalPanel::autosave);
    connect(m_model, &EntryListModel::entrySaved, this, &JournalPanel::onBackgroundSaved);
    connect(m_model, &EntryListModel::entrySaveFailed, this, &JournalPanel::onBackgroundFailed);
    connect(m_editor, &EntryEditor::edited, this, &JournalPanel::onEdited);
    connect(m_newButton, &QPushButton::clicked, this, &JournalPanel::newEntry);
    connect(emptyButton, &QPushButton::clicked, this, &JournalPanel::newEntry);
    connect(m_deleteButton, &QPushButton::clicked, this, &JournalPanel::deleteCurrentEntry);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &JournalPanel::onCurrentChanged);
    connect(m_visible, &QAbstractItemModel::rowsInserted, this, &JournalPanel::updateEmptyState);
    connect(m_visible, &QAbstractItemModel::rowsRemoved, this, &JournalPanel::updateEmptyState);
    connect(m_visible, &QAbstractItemModel::modelReset, this, &JournalPanel::updateEmptyState);
    connect(m_model, &EntryListModel::errorOccurred, this, &JournalPanel::updateEmptyState);

    // The first page is cheap (titles and previews only); the rest follows as the list scrolls.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateEmptyState();
    if (m_visible->rowCount() > 0)
        selectRow(0);
}

void JournalPanel::setEmptyHint(const QString &hint)
{
    m_emptyHint = hint;
    updateEmptyState();
}

void JournalPanel::updateEmptyState()
{
    const bool empty = m_visible->rowCount() == 0;
    // A journal that could not be read is not an empty one: say what went wrong instead.
    const QString error = m_model->readError();
    m_emptyLabel->setText(error.isEmpty()
            ? m_emptyHint
            : tr("Your entries could not be read from the journal: %1").arg(error));
    m_stack->setCurrentIndex(empty && !m_draft ? 0 : 1);
    m_deleteButton->setEnabled(m_currentId != 0);
}

int JournalPanel::visibleRow(int modelRow) const
{
    return modelRow < 0 ? -1 : m_visible->filterRow(modelRow);
}

void JournalPanel::selectRow(int row)
{
    const QModelIndex index = m_visible->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void JournalPanel::newEntry()
{
    if (!flush())
        return;
    // Nothing is written until the entry has text: a crash right after "New Entry" leaves no
    // empty "Untitled" behind. The draft has no row in the list until its first save.
    m_switching = true;
    m_list->selectionModel()->clearSelection();
    m_list->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    m_switching = false;
    showEntry(0);
    m_draft = true;
    JournalEntry draft;
    draft.created = QDateTime::currentDateTimeUtc();
    draft.updated = draft.created;
    m_editor->setEntry(draft);
    m_editor->setEnabled(true);
    updateEmptyState();
    m_editor->focusBody();
}

bool JournalPanel::writeDraft()
{
    const EntryContent content = m_editor->content();
    if (content.isEmpty() && !content.mood) {
        m_dirty = false;
        return true;
    }
    auto created = m_model->createEntry(content);
    if (!created)
        return failed(created.error().message);
    m_draft = false;
    m_dirty = false;
    m_currentId = *created;
    // Selecting the new row must not load it into the editor again: the cursor stays put.
    m_switching = true;
    selectRow(visibleRow(m_model->fetchTo(*created)));
    m_switching = false;
    return succeeded();
}

bool JournalPanel::selectEntry(qint64 id)
{
    if (id == m_currentId && id != 0)
        return true;
    if (!flush())
        return false;
    // An entry whose delete waits is not there to select.
    const int row = visibleRow(m_model->fetchTo(id));
    if (row < 0)
        return false;
    selectRow(row);
    m_list->scrollTo(m_visible->index(row, 0), QAbstractItemView::PositionAtCenter);
    return m_currentId == id;
}

void JournalPanel::deleteCurrentEntry()
{
    if (m_currentId == 0)
        return;
    // No question first: the delete can be undone for a while (the window's notice), and
    // nothing leaves the journal until then.
    const qint64 id = m_currentId;
    const int row = visibleRow(m_model->rowOf(id));
    // Undo brings back what was typed. When that cannot be saved, the delete goes ahead anyway
    // (it was asked for) and the retry stops: there is nothing left to save to.
    if (!flush()) {
        m_retry.stop();
        m_failures = 0;
    }
    m_autosave.stop();
    m_dirty = false;
    // The row leaves the list at once; the entry after it (or before, at the end) is shown.
    m_switching = true;
    const Status status = m_pending.remove(m_visible->kind(), id);
    const int left = m_visible->rowCount();
    const QModelIndex next
        = left > 0 ? m_visible->index(std::min(std::max(row, 0), left - 1), 0) : QModelIndex();
    if (status) {
        m_list->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(next);
    }
    m_switching = false;
    if (!status) {
        QMessageBox::warning(this, tr("Delete Entry"), status.error().message);
        return;
    }
    showEntry(next.isValid() ? next.data(EntryListModel::IdRole).toLongLong() : 0);
}

bool JournalPanel::flush()
{
    m_autosave.stop();
    // A save in the background ends first: leaving must not outrun it, and when it failed its
    // text is marked unsaved again, to be saved here.
    if (m_model->isSaving() && !m_model->waitForSaves(SaveWaitMs))
        return failed(tr("Your changes are still being saved. Try again in a moment."));
    if (m_draft && m_dirty)
        return writeDraft();
    if (!m_dirty || m_currentId == 0)
        return true;
    return saveNow(m_editor->content());
}

bool JournalPanel::saveNow(const EntryContent &content)
{
    const Status status = m_model->saveEntry(m_currentId, content);
    if (!status)
        return failed(status.error().message);
    return succeeded();
}

void JournalPanel::autosave()
{
    m_autosave.stop();
    if (m_draft || m_currentId == 0 || !m_dirty) {
        flush();
        return;
    }
    const EntryContent content = m_editor->content();
    // While a save runs in the background a short one goes there too, after it, so that an
    // older text never lands last.
    if (content.body.size() + content.title.size() < BackgroundSaveChars && !m_model->isSaving()) {
        saveNow(content);
        return;
    }
    if (Status started = m_model->saveEntryInBackground(m_currentId, content); !started) {
        failed(started.error().message);
        return;
    }
    // Typing from now on is a new change; the text handed over counts once it is confirmed.
    m_dirty = false;
    m_dirtySince.invalidate();
    m_editor->setStatus(tr("Saving…"));
}

void JournalPanel::onBackgroundSaved(qint64 id)
{
    // Typed meanwhile: not saved yet. (A newer text of the entry on its way comes with its
    // own confirmation; the saver confirms only the latest.)
    if (id != m_currentId || m_draft || m_dirty)
        return;
    succeeded();
}

void JournalPanel::onBackgroundFailed(qint64 id, const QString &message)
{
    if (id == m_currentId && !m_draft) {
        // The text is still in the editor (leaving waits for the save): unsaved again.
        m_dirty = true;
        if (!m_dirtySince.isValid())
            m_dirtySince.start();
    }
    failed(message);
}

bool JournalPanel::failed(const QString &message)
{
    // The text stays in the editor, still marked unsaved. No box: a box takes the focus and
    // eats the next keystrokes. The window shows the message in a banner, and saving tries
    // again by itself, less often the longer it fails (the disk may need a while).
    m_editor->setStatus(tr("Not saved"), true);
    // Typing meanwhile does not bring the next try closer (nor push it further away).
    if (!m_retry.isActive())
        m_retry.start(std::min(RetryFirstMs << std::min(m_failures++, 5), RetryMaxMs));
    Q_EMIT saveFailed(message);
    return false;
}

bool JournalPanel::succeeded()
{
    m_dirty = false;
    m_failures = 0;
    m_retry.stop();
    m_dirtySince.invalidate();
    m_editor->setStatus(tr("Saved"));
    Q_EMIT saved();
    return true;
}

void JournalPanel::setSpelling(JournalSpelling *spelling)
{
    m_editor->setSpelling(spelling);
}

bool JournalPanel::leave()
{
    return flush();
}

void JournalPanel::onEdited()
{
    if (m_currentId == 0 && !m_draft)
        return;
    m_dirty = true;
    m_editor->setStatus(tr("Editing…"));
    if (!m_dirtySince.isValid())
        m_dirtySince.start();
    // While saving fails, the retry timer alone tries again: a failing save on every
    // keystroke would only slow the typing down.
    if (m_failures > 0)
        return;
    if (m_dirtySince.elapsed() >= AutosaveMaxDelayMs)
        autosave();
    else
        m_autosave.start();
}

void JournalPanel::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_switching)
        return;
    if (m_rowsMoving > 0) {
        QMetaObject::invokeMethod(this, &JournalPanel::followCurrent, Qt::QueuedConnection);
        return;
    }
    const qint64 id = current.isValid() ? current.data(EntryListModel::IdRole).toLongLong() : 0;
    if (id == m_currentId && !m_draft)
        return;
    if (!flush()) {
        // Stay on the entry whose text could not be saved.
        m_switching = true;
        m_list->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect);
        m_switching = false;
        return;
    }
    showEntry(id);
}

void JournalPanel::followCurrent()
{
    if (m_rowsMoving > 0 || m_switching)
        return;
    const int shown = visibleRow(m_model->rowOf(m_currentId));
    onCurrentChanged(
        m_list->currentIndex(), shown >= 0 ? m_visible->index(shown, 0) : QModelIndex());
}

void JournalPanel::onRestored(int row, bool undone)
{
    // The panel's own delete chooses what is shown while it runs (a failed earlier delete
    // coming back must not replace the entry being deleted).
    if (m_switching)
        return;
    selectRow(row);
    if (undone && m_list->isVisible())
        m_list->setFocus(Qt::OtherFocusReason);
}

void JournalPanel::showEntry(qint64 id)
{
    m_draft = false;
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
