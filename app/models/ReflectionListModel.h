// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reflection.h"
#include "core/Step.h"
#include "storage/ReflectionStore.h"

#include <QAbstractListModel>

namespace Rekindle {

/// The reflections of one step, newest first, drafts included (flagged). A step holds tens of
/// reflections, so they are read at once; store signals keep the list in step without resets.
class ReflectionListModel final : public QAbstractListModel {
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

    ReflectionListModel(ReflectionStore &store, Step step, QObject *parent = nullptr);

    Step step() const { return m_step; }
    ReflectionStore &store() const { return m_store; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    Status removeReflection(qint64 id);
    /// Writes a new reflection of this step (a draft when not `complete`).
    Result<qint64> createReflection(
        ReflectionKind kind, const QList<ReflectionAnswer> &answers, bool complete);
    Status saveReflection(qint64 id, const QList<ReflectionAnswer> &answers, bool complete);
    /// The whole reflection, answers included, for reading or editing.
    Result<Reflection> loadReflection(qint64 id) const;
    /// The draft of `kind` in this step touched last, to resume; 0 when there is none.
    qint64 latestDraft(ReflectionKind kind) const;
    /// The last error met while reading, or empty.
    QString loadError() const { return m_loadError; }

private:
    void reload();
    void onCreated(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);

    ReflectionStore &m_store;
    Step m_step;
    QList<ReflectionSummary> m_rows;
    QString m_loadError;
};

} // namespace Rekindle
