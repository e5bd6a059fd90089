// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallWinModel.h"

#include "RecordFollow.h"
#include "storage/SmallWinStore.h"

#include <QLocale>

namespace Rekindle {

SmallWinModel::SmallWinModel(SmallWinStore &store, QObject *parent)
    : RecordListModel(parent)
    , m_store(store)
{
    setPageSize(PageSize);
    follow(m_store.journal(), QStringLiteral("small_wins"));
}

bool SmallWinModel::lessThan(const SmallWin &a, const SmallWin &b) const
{
    if (a.day != b.day)
        return a.day > b.day;
    return a.id > b.id;
}

Result<QList<SmallWin>> SmallWinModel::readPage(const SmallWin *after, int size) const
{
    return m_store.page(after ? std::optional<SmallWin>(*after) : std::nullopt, size);
}

Result<SmallWin> SmallWinModel::readOne(qint64 id) const
{
    return m_store.win(id);
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

} // namespace Rekindle
