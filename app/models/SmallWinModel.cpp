// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallWinModel.h"

#include "RecordFollow.h"
#include "storage/SmallWinStore.h"

#include <QLocale>
#include <algorithm>

namespace Rekindle {
namespace {

    bool before(const SmallWin &a, const SmallWin &b)
    {
        if (a.day != b.day)
            return a.day > b.day;
        return a.id > b.id;
    }

} // namespace

SmallWinModel::SmallWinModel(SmallWinStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    RecordFollow::records(m_store.journal(), this, QStringLiteral("small_wins"),
        &SmallWinModel::onAdded, nullptr, &SmallWinModel::onRemoved);
}

int SmallWinModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SmallWinModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SmallWin &w = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return w.id;
    case WhatRole:
        return w.what;
    case DayRole:
        return w.day;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 — %2").arg(QLocale().toString(w.day, QLocale::ShortFormat), w.what);
    case Qt::ToolTipRole:
        return w.what;
    default:
        return {};
    }
}

bool SmallWinModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void SmallWinModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::optional<SmallWin> after;
    if (!m_rows.isEmpty())
        after = m_rows.constLast();
    auto page = m_store.page(after, PageSize);
    if (!page || page->size() < PageSize)
        m_atEnd = true;
    if (!page || page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page).value());
    endInsertRows();
}

int SmallWinModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [id](const SmallWin &w) { return w.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

Result<qint64> SmallWinModel::addWin(const QString &what, QDate day)
{
    return m_store.add({ 0, what, day, {} });
}

Status SmallWinModel::remove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a win first.") };
    return m_store.remove(m_rows.at(row).id);
}

void SmallWinModel::onAdded(qint64 id)
{
    auto w = m_store.win(id);
    if (!w)
        return;
    const int row
        = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), *w, before) - m_rows.cbegin());
    if (row == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, row, row);
    m_rows.insert(row, std::move(w).value());
    endInsertRows();
}

void SmallWinModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace Rekindle
