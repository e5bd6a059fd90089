// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/Reflection.h"
#include "core/Step.h"
#include "storage/ReflectionStore.h"

namespace Rekindle {

/// The reflections of one step, newest first, drafts included (flagged), read page by page as
/// the view scrolls (years of reflections are thousands); the journal's changes keep the list in
/// step without resets.
class ReflectionListModel final : public RecordListModel<ReflectionSummary> {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, ///< int (ReflectionKind)
        CompleteRole, ///< bool: false for a draft
        AnsweredRole, ///< int: answers that are not empty
        CreatedRole, ///< QDateTime, UTC
        UpdatedRole,
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;

    ReflectionListModel(ReflectionStore &store, Step step, QObject *parent = nullptr);

    Step step() const { return m_step; }
    ReflectionStore &store() const { return m_store; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Status removeReflection(qint64 id);
    Status removeRow(int row) override { return removeReflection(idAt(row)); }
    /// Writes a new reflection of this step (a draft when not `complete`).
    Result<qint64> createReflection(
        ReflectionKind kind, const QList<ReflectionAnswer> &answers, bool complete);
    Status saveReflection(qint64 id, const QList<ReflectionAnswer> &answers, bool complete);
    /// The whole reflection, answers included, for reading or editing.
    Result<Reflection> loadReflection(qint64 id) const;
    /// The draft of `kind` in this step touched last, to resume; 0 when there is none.
    qint64 latestDraft(ReflectionKind kind) const;

private:
    Result<QList<ReflectionSummary>> readPage(
        const ReflectionSummary *after, int size) const override;
    Result<ReflectionSummary> readOne(qint64 id) const override;
    std::optional<qint64> positionOf(qint64 id) const override;
    /// Newer first, then higher id first.
    bool lessThan(const ReflectionSummary &a, const ReflectionSummary &b) const override;
    /// Only this step's reflections have a row here.
    bool belongs(const ReflectionSummary &summary) const override { return summary.step == m_step; }

    ReflectionStore &m_store;
    Step m_step;
};

} // namespace Rekindle
