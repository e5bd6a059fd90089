// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnsentMessageModel.h"

#include "RecordFollow.h"
#include "storage/UnsentMessageStore.h"

#include <QLocale>

namespace Rekindle {

UnsentMessageModel::UnsentMessageModel(
    UnsentMessageStore &store, const Clock &clock, QObject *parent)
    : RecordListModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    follow(m_store.journal(), QStringLiteral("unsent_messages"));
    reload();
}

Result<QList<UnsentMessage>> UnsentMessageModel::readAll() const
{
    return m_store.all();
}

Result<UnsentMessage> UnsentMessageModel::readOne(qint64 id) const
{
    return m_store.message(id);
}

bool UnsentMessageModel::lessThan(const UnsentMessage &a, const UnsentMessage &b) const
{
    // Newest first, as the store reads them.
    if (a.written != b.written)
        return a.written > b.written;
    return a.id > b.id;
}

QVariant UnsentMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnsentMessage &m = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return m.id;
    case BodyRole:
        return m.body;
    case WrittenRole:
        return m.written;
    case WrittenTextRole: {
        const QDateTime local = m.written.toTimeZone(m_clock.timeZone());
        return tr("%1 at %2")
            .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                QLocale().toString(local.time(), QLocale::ShortFormat));
    }
    case StateRole:
        return int(m.state);
    case CooledOffRole:
        return m.cooledOff(m_clock.now());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString firstLine = m.body.simplified();
        if (firstLine.size() > 80)
            firstLine = firstLine.left(79) + u'…';
        const QString when = QLocale().toString(m_clock.localDate(m.written), QLocale::ShortFormat);
        return tr("%1 — %2 (%3)").arg(when, firstLine, UnsentMessage::stateName(m.state));
    }
    case Qt::ToolTipRole:
        return m.body;
    default:
        return {};
    }
}

Result<qint64> UnsentMessageModel::write(const QString &body)
{
    return m_store.create(body);
}

Status UnsentMessageModel::setState(int row, UnsentState state)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a message first.") };
    return m_store.setState(m_rows.at(row).id, state);
}

Status UnsentMessageModel::updateBody(int row, const QString &body)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a message first.") };
    return m_store.updateBody(m_rows.at(row).id, body);
}

Status UnsentMessageModel::remove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a message first.") };
    return m_store.remove(m_rows.at(row).id);
}

} // namespace Rekindle
