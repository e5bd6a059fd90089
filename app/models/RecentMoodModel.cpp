// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentMoodModel.h"

#include "core/Emotions.h"

#include <QLocale>
#include <algorithm>

namespace Rekindle {

RecentMoodModel::RecentMoodModel(MoodStore &store, int limit, QObject *parent)
    : RecordListModel(parent)
    , m_store(store)
    , m_limit(std::max(1, limit))
{
    setLimit(m_limit);
    follow(m_store.journal(), QStringLiteral("mood_checkins"));
    reload();
}

Result<QList<MoodCheckIn>> RecentMoodModel::readAll() const
{
    return m_store.latest(m_limit);
}

Result<MoodCheckIn> RecentMoodModel::readOne(qint64 id) const
{
    return m_store.checkIn(id);
}

bool RecentMoodModel::lessThan(const MoodCheckIn &a, const MoodCheckIn &b) const
{
    if (a.at != b.at)
        return a.at > b.at;
    return a.id > b.id;
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
    QHash<int, QByteArray> names = RecordListModel::roleNames();
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

} // namespace Rekindle
