// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryListModel.h"

#include "RecordFollow.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    /// True when `a` comes before `b` in the list: newer first, then higher id first.
    bool before(const EntrySummary &a, const EntrySummary &b)
    {
        if (a.created != b.created)
            return a.created > b.created;
        return a.id > b.id;
    }

} // namespace

EntryListModel::EntryListModel(EntryStore &store, Step step, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_step(step)
{
    RecordFollow::records(m_store.journal(), this, QStringLiteral("entries"),
        &EntryListModel::onCreated, &EntryListModel::onUpdated, &EntryListModel::onRemoved);
}

int EntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntrySummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.displayTitle();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString when = QLocale().toString(row.created.toLocalTime(), QLocale::LongFormat);
        return tr("%1, written %2").arg(row.displayTitle(), when);
    }
    case IdRole:
        return row.id;
    case TitleRole:
        return row.title;
    case PreviewRole:
        return row.preview;
    case MoodRole:
        return row.mood ? QVariant(*row.mood) : QVariant();
    case CreatedRole:
        return row.created;
    case UpdatedRole:
        return row.updated;
    default:
        return {};
    }
}

QHash<int, QByteArray> EntryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(TitleRole, "title");
    names.insert(PreviewRole, "preview");
    names.insert(MoodRole, "mood");
    names.insert(CreatedRole, "created");
    names.insert(UpdatedRole, "updated");
    return names;
}

bool EntryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void EntryListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::optional<EntryCursor> after;
    if (!m_rows.isEmpty())
        after = EntryCursor { m_rows.constLast().created, m_rows.constLast().id };
    auto page = m_store.page(m_step, after, PageSize);
    if (!page) {
        // Stop asking: a view would otherwise call fetchMore again at once, forever.
        m_atEnd = true;
        m_fetchError = page.error().message;
        Q_EMIT fetchFailed(m_fetchError);
        return;
    }
    m_fetchError.clear();
    if (page->size() < PageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page).value());
    endInsertRows();
}

int EntryListModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [id](const EntrySummary &row) { return row.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int EntryListModel::fetchTo(qint64 id)
{
    if (const int row = rowOf(id); row >= 0)
        return row;
    auto summary = m_store.summary(id);
    if (!summary || summary->step != m_step)
        return -1;
    auto position = m_store.position(m_step, EntryCursor { summary->created, id });
    if (!position)
        return -1;
    while (m_rows.size() <= *position && canFetchMore({}))
        fetchMore({});
    return rowOf(id);
}

qint64 EntryListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

Result<qint64> EntryListModel::createEntry(const EntryContent &content)
{
    return m_store.create(m_step, content);
}

Status EntryListModel::saveEntry(qint64 id, const EntryContent &content)
{
    return m_store.update(id, content);
}

Status EntryListModel::removeEntry(qint64 id)
{
    return m_store.remove(id);
}

Result<JournalEntry> EntryListModel::loadEntry(qint64 id) const
{
    return m_store.entry(id);
}

int EntryListModel::insertionRow(const EntrySummary &summary) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), summary, before);
    return int(it - m_rows.cbegin());
}

void EntryListModel::onCreated(qint64 id)
{
    auto summary = m_store.summary(id);
    if (!summary || summary->step != m_step)
        return;
    const int row = insertionRow(*summary);
    // Past the fetched rows the entry will arrive with a later page.
    if (row == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, row, row);
    m_rows.insert(row, std::move(summary).value());
    endInsertRows();
}

void EntryListModel::onUpdated(qint64 id)
{
    // Only this step's entries have a row here.
    const int row = rowOf(id);
    if (row < 0)
        return;
    auto summary = m_store.summary(id);
    if (!summary)
        return;
    m_rows[row] = std::move(summary).value();
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void EntryListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace Rekindle
