// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentMoodModel.h"

#include "RecordFollow.h"
#include "core/Emotions.h"

#include <QLocale>
#include <algorithm>

namespace Rekindle {

RecentMoodModel::RecentMoodModel(MoodStore &store, int limit, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_limit(std::max(1, limit))
{
    RecordFollow::records(m_store.journal(), this, QStringLiteral("mood_checkins"),
        &RecentMoodModel::onAdded, nullptr, &RecentMoodModel::onRemoved);
    if (auto rows = m_store.latest(m_limit))
        m_rows = std::move(rows).value();
}

int RecentMoodModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecentMoodModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MoodCheckIn &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(row.mood);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList feelings;
        for (const QString &e : row.emotions)
            feelings << Emotions::displayName(e);
        QString text = tr("Mood %1 of 10, %2")
                           .arg(row.mood)
                           .arg(QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat));
        if (!feelings.isEmpty())
            text += u'\n' + feelings.join(tr(", "));
        if (!row.note.isEmpty())
            text += u'\n' + row.note;
        return text;
    }
    case IdRole:
        return row.id;
    case MoodRole:
        return row.mood;
    case EmotionsRole:
        return row.emotions;
    case NoteRole:
        return row.note;
    case AtRole:
        return row.at;
    case DayRole:
        return row.day;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentMoodModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "checkInId");
    names.insert(MoodRole, "mood");
    names.insert(EmotionsRole, "emotions");
    names.insert(NoteRole, "note");
    names.insert(AtRole, "at");
    names.insert(DayRole, "day");
    return names;
}

Result<qint64> RecentMoodModel::checkIn(int mood, const QStringList &emotions, const QString &note)
{
    return m_store.add(mood, emotions, note);
}

Status RecentMoodModel::removeCheckIn(qint64 id)
{
    return m_store.remove(id);
}

void RecentMoodModel::onAdded(qint64 id)
{
    auto checkIn = m_store.checkIn(id);
    if (!checkIn)
        return;
    // New check-ins are "now": they go first. Keep at most m_limit rows.
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&checkIn](const MoodCheckIn &m) {
        return m.at < checkIn->at || (m.at == checkIn->at && m.id < checkIn->id);
    });
    const int row = int(it - m_rows.cbegin());
    if (row >= m_limit)
        return;
    beginInsertRows({}, row, row);
    m_rows.insert(row, std::move(checkIn).value());
    endInsertRows();
    if (m_rows.size() > m_limit) {
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows({}, last, last);
        m_rows.removeLast();
        endRemoveRows();
    }
}

void RecentMoodModel::onRemoved(qint64 id)
{
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [id](const MoodCheckIn &m) { return m.id == id; });
    if (it == m_rows.cend())
        return;
    const int row = int(it - m_rows.cbegin());
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    // An older check-in may now fit in the list.
    if (m_rows.size() == m_limit - 1) {
        auto rows = m_store.latest(m_limit);
        if (rows && rows->size() == m_limit) {
            const int last = int(m_rows.size());
            beginInsertRows({}, last, last);
            m_rows << rows->constLast();
            endInsertRows();
        }
    }
}

} // namespace Rekindle
