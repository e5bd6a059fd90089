// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReflectionListModel.h"

#include <QLocale>

namespace Rekindle {

ReflectionListModel::ReflectionListModel(ReflectionStore &store, Step step, QObject *parent)
    : RecordListModel(parent)
    , m_store(store)
    , m_step(step)
{
    setPageSize(PageSize);
    follow(m_store.journal(), QStringLiteral("reflections"));
    reload();
}

Result<QList<ReflectionSummary>> ReflectionListModel::readPage(
    const ReflectionSummary *after, int size) const
{
    return m_store.page(m_step, after, size);
}

std::optional<qint64> ReflectionListModel::positionOf(qint64 id) const
{
    const auto summary = m_store.summary(id);
    if (!summary || summary->step != m_step)
        return std::nullopt;
    const auto position = m_store.position(m_step, *summary);
    return position ? std::optional(*position) : std::nullopt;
}

Result<ReflectionSummary> ReflectionListModel::readOne(qint64 id) const
{
    return m_store.summary(id);
}

bool ReflectionListModel::lessThan(const ReflectionSummary &a, const ReflectionSummary &b) const
{
    if (a.created != b.created)
        return a.created > b.created;
    return a.id > b.id;
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
    QHash<int, QByteArray> names = RecordListModel::roleNames();
    names.insert(IdRole, "reflectionId");
    names.insert(KindRole, "kind");
    names.insert(CompleteRole, "complete");
    names.insert(AnsweredRole, "answered");
    names.insert(CreatedRole, "created");
    names.insert(UpdatedRole, "updated");
    return names;
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

} // namespace Rekindle
