// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryListModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Rekindle {

EntryListModel::EntryListModel(EntryStore &store, Step step, QObject *parent)
    : RecordListModel(parent)
    , m_store(store)
    , m_step(step)
    , m_saver(store)
{
    setPageSize(PageSize);
    follow(m_store.journal(), QStringLiteral("entries"));
    connect(&m_saver, &EntrySaver::saved, this, &EntryListModel::entrySaved);
    connect(&m_saver, &EntrySaver::failed, this, &EntryListModel::entrySaveFailed);
}

EntryListModel::~EntryListModel()
{
    // While this model is whole: the last saves' announcements still reach it.
    m_saver.waitForIdle(-1);
}

bool EntryListModel::lessThan(const EntrySummary &a, const EntrySummary &b) const
{
    if (a.created != b.created)
        return a.created > b.created;
    return a.id > b.id;
}

Result<QList<EntrySummary>> EntryListModel::readPage(const EntrySummary *after, int size) const
{
    std::optional<EntryCursor> cursor;
    if (after)
        cursor = EntryCursor { after->created, after->id };
    return m_store.page(m_step, cursor, size);
}

Result<EntrySummary> EntryListModel::readOne(qint64 id) const
{
    return m_store.summary(id);
}

QVariant EntryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntrySummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.displayTitle();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        // The date in full, the time short: a long date-time adds seconds and a time zone.
        const QDateTime local = row.created.toLocalTime();
        const QString when = tr("%1 at %2")
                                 .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                                     QLocale().toString(local.time(), QLocale::ShortFormat));
        return tr("%1, written %2").arg(row.displayTitle(), when);
    }
    case IdRole:
        return row.id;
    case TitleRole:
        return row.title;
    case PreviewRole:
        return row.preview;
    case MoodRole:
        return row.mood ? QVariant(*row.mood) : QVariant();
    case CreatedRole:
        return row.created;
    case UpdatedRole:
        return row.updated;
    default:
        return {};
    }
}

QHash<int, QByteArray> EntryListModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordListModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(TitleRole, "title");
    names.insert(PreviewRole, "preview");
    names.insert(MoodRole, "mood");
    names.insert(CreatedRole, "created");
    names.insert(UpdatedRole, "updated");
    return names;
}

std::optional<qint64> EntryListModel::positionOf(qint64 id) const
{
    const auto summary = m_store.summary(id);
    if (!summary || summary->step != m_step)
        return std::nullopt;
    const auto position = m_store.position(m_step, EntryCursor { summary->created, id });
    return position ? std::optional(*position) : std::nullopt;
}

Result<qint64> EntryListModel::createEntry(const EntryContent &content)
{
    return m_store.create(m_step, content);
}

Status EntryListModel::saveEntry(qint64 id, const EntryContent &content)
{
    return m_store.update(id, content);
}

Status EntryListModel::saveEntryInBackground(qint64 id, const EntryContent &content)
{
    return m_saver.save(id, content);
}

Status EntryListModel::removeEntry(qint64 id)
{
    return m_store.remove(id);
}

Result<JournalEntry> EntryListModel::loadEntry(qint64 id) const
{
    return m_store.entry(id);
}

} // namespace Rekindle
