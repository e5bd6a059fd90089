// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/SelfCareNotes.h"

namespace Rekindle {

class UnsentMessageStore;

/// Unsent messages, newest first, with their date, state and whether they have cooled off.
class UnsentMessageModel final : public RecordListModel<UnsentMessage> {
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    UnsentMessage messageAt(int row) const { return m_rows.value(row); }

    Result<qint64> write(const QString &body);
    Status setState(int row, UnsentState state);
    Status updateBody(int row, const QString &body);
    Status remove(int row);
    Status removeRow(int row) override { return remove(row); }

private:
    Result<QList<UnsentMessage>> readAll() const override;
    Result<UnsentMessage> readOne(qint64 id) const override;
    bool lessThan(const UnsentMessage &a, const UnsentMessage &b) const override;

    UnsentMessageStore &m_store;
    const Clock &m_clock;
};

} // namespace Rekindle
