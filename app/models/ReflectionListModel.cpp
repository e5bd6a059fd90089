// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReflectionListModel.h"

#include "RecordFollow.h"

#include <QLocale>
#include <algorithm>

namespace Rekindle {
namespace {

    bool before(const ReflectionSummary &a, const ReflectionSummary &b)
    {
        if (a.created != b.created)
            return a.created > b.created;
        return a.id > b.id;
    }

} // namespace

ReflectionListModel::ReflectionListModel(ReflectionStore &store, Step step, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_step(step)
{
    RecordFollow::records(m_store.journal(), this, QStringLiteral("reflections"),
        &ReflectionListModel::onCreated, &ReflectionListModel::onUpdated,
        &ReflectionListModel::onRemoved);
    reload();
}

void ReflectionListModel::reload()
{
    auto rows = m_store.list(m_step);
    beginResetModel();
    if (rows) {
        m_rows = std::move(rows).value();
        m_loadError.clear();
    } else {
        m_rows.clear();
        m_loadError = rows.error().message;
    }
    endResetModel();
}

int ReflectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReflectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReflectionSummary &row = m_rows.at(index.row());
    const QString when = QLocale().toString(row.created.toLocalTime(), QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
        return row.complete ? tr("%1 — %2").arg(when, row.displayTitle())
                            : tr("%1 — %2 (draft, %n answered)", nullptr, row.answered)
                                  .arg(when, row.displayTitle());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return row.complete ? tr("%1, written %2").arg(row.displayTitle(), when)
            // One text per kind: a lowered kind name breaks German nouns.
            : row.kind == ReflectionKind::ThoughtRecord
            ? tr("Unfinished thought record, started %1: open it to carry on").arg(when)
            : tr("Unfinished reflection, started %1: open it to carry on").arg(when);
    case IdRole:
        return row.id;
    case KindRole:
        return static_cast<int>(row.kind);
    case CompleteRole:
        return row.complete;
    case AnsweredRole:
        return row.answered;
    case CreatedRole:
        return row.created;
    case UpdatedRole:
        return row.updated;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReflectionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "reflectionId");
    names.insert(KindRole, "kind");
    names.insert(CompleteRole, "complete");
    names.insert(AnsweredRole, "answered");
    names.insert(CreatedRole, "created");
    names.insert(UpdatedRole, "updated");
    return names;
}

int ReflectionListModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [id](const ReflectionSummary &r) { return r.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

qint64 ReflectionListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

Status ReflectionListModel::removeReflection(qint64 id)
{
    return m_store.remove(id);
}

Result<qint64> ReflectionListModel::createReflection(
    ReflectionKind kind, const QList<ReflectionAnswer> &answers, bool complete)
{
    return m_store.create(m_step, kind, answers, complete);
}

Status ReflectionListModel::saveReflection(
    qint64 id, const QList<ReflectionAnswer> &answers, bool complete)
{
    return m_store.save(id, answers, complete);
}

Result<Reflection> ReflectionListModel::loadReflection(qint64 id) const
{
    return m_store.reflection(id);
}

qint64 ReflectionListModel::latestDraft(ReflectionKind kind) const
{
    const auto draft = m_store.latestDraft(m_step, kind);
    return draft && draft->has_value() ? **draft : 0;
}

void ReflectionListModel::onCreated(qint64 id)
{
    if (rowOf(id) >= 0)
        return;
    auto summary = m_store.summary(id);
    if (!summary || summary->step != m_step)
        return;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), *summary, before);
    const int row = int(it - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, std::move(summary).value());
    endInsertRows();
}

void ReflectionListModel::onUpdated(qint64 id)
{
    // Only this step's reflections have a row here.
    const int row = rowOf(id);
    if (row < 0)
        return;
    auto summary = m_store.summary(id);
    if (!summary)
        return;
    m_rows[row] = std::move(summary).value();
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void ReflectionListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace Rekindle
