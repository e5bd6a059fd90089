// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/SelfCareNotes.h"

#include <QAbstractListModel>
#include <QList>

namespace Rekindle {

class UnsentMessageStore;

/// Unsent messages, newest first, with their date, state and whether they have cooled off.
class UnsentMessageModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        BodyRole,
        WrittenRole, ///< QDateTime, UTC
        WrittenTextRole, ///< when it was written, in the person's time zone, for display
        StateRole,
        CooledOffRole,
    };

    UnsentMessageModel(UnsentMessageStore &store, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    UnsentMessage messageAt(int row) const { return m_rows.value(row); }
    int rowOf(qint64 id) const;

    Result<qint64> write(const QString &body);
    Status setState(int row, UnsentState state);
    Status updateBody(int row, const QString &body);
    Status remove(int row);

private:
    void onCreated(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);

    UnsentMessageStore &m_store;
    const Clock &m_clock;
    QList<UnsentMessage> m_rows;
};

} // namespace Rekindle
