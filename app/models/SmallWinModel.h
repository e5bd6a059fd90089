// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/Result.h"
#include "core/SelfCareNotes.h"

namespace Rekindle {

class SmallWinStore;

/// Small wins, newest day first, fetched page by page. Follows the journal's changes.
class SmallWinModel final : public RecordListModel<SmallWin> {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, WhatRole, DayRole };
    static constexpr int PageSize = 100;

    explicit SmallWinModel(SmallWinStore &store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Result<qint64> addWin(const QString &what, QDate day);
    Status remove(int row);
    Status removeRow(int row) override { return remove(row); }

private:
    Result<QList<SmallWin>> readPage(const SmallWin *after, int size) const override;
    Result<SmallWin> readOne(qint64 id) const override;
    bool lessThan(const SmallWin &a, const SmallWin &b) const override;

    SmallWinStore &m_store;
};

} // namespace Rekindle
