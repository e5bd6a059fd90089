// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnsentMessageModel.h"

#include "RecordFollow.h"
#include "storage/UnsentMessageStore.h"

#include <QLocale>
#include <algorithm>

namespace Rekindle {

UnsentMessageModel::UnsentMessageModel(
    UnsentMessageStore &store, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    RecordFollow::records(m_store.journal(), this, QStringLiteral("unsent_messages"),
        &UnsentMessageModel::onCreated, &UnsentMessageModel::onUpdated,
        &UnsentMessageModel::onRemoved);
    if (auto all = m_store.all())
        m_rows = std::move(all).value();
}

int UnsentMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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

int UnsentMessageModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [id](const UnsentMessage &m) { return m.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
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

void UnsentMessageModel::onCreated(qint64 id)
{
    auto m = m_store.message(id);
    if (!m || rowOf(id) >= 0)
        return;
    beginInsertRows({}, 0, 0); // newest first
    m_rows.prepend(std::move(m).value());
    endInsertRows();
}

void UnsentMessageModel::onUpdated(qint64 id)
{
    const int row = rowOf(id);
    auto m = m_store.message(id);
    if (row < 0 || !m)
        return;
    m_rows[row] = std::move(m).value();
    Q_EMIT dataChanged(index(row), index(row));
}

void UnsentMessageModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace Rekindle
