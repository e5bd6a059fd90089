// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/SelfCareNotes.h"

#include <QAbstractListModel>
#include <QList>

namespace Rekindle {

class SmallWinStore;

/// Small wins, newest day first, fetched page by page. Follows the store's signals.
class SmallWinModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, WhatRole, DayRole };
    static constexpr int PageSize = 100;

    explicit SmallWinModel(SmallWinStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(qint64 id) const;
    Result<qint64> addWin(const QString &what, QDate day);
    Status remove(int row);

private:
    void onAdded(qint64 id);
    void onRemoved(qint64 id);

    SmallWinStore &m_store;
    QList<SmallWin> m_rows;
    bool m_atEnd = false;
};

} // namespace Rekindle
