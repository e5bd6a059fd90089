// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace Rekindle {

class Journal;

/// A delete that can still be undone. Deleting a record hides it at once (PendingDeleteFilter
/// drops its row from every view that shows the kind) but leaves it in the journal for
/// UndoWindowMs; only then is it removed. At most one delete waits at a time: the removal
/// happens on expiry, on the next delete, and whenever the journal must be complete on disk
/// (closing, locking, before export, backup, import or restore: see commitPending()), so a
/// pending delete never leaks into an export and is never lost when the app quits.
///
/// Quitting carries the delete out: the person asked for it, and the undo window is a grace
/// period, not a question. A removal that fails brings the record back and says why.
///
/// One per journal (of()), owned by the journal object. Expiry is measured on the journal's
/// clock, so tests move a fake clock and call expireIfDue() instead of waiting.
class PendingDeletes final : public QObject {
    Q_OBJECT

public:
    static constexpr int UndoWindowMs = 8000;
    /// Removes the record from the journal (through its model or store).
    using Removal = std::function<Status()>;

    explicit PendingDeletes(Journal &journal, QObject *parent = nullptr);
    ~PendingDeletes() override;

    /// The journal's one instance, made on first use.
    static PendingDeletes &of(Journal &journal);
    /// The instance serving `model`: JournalModels marks each model it builds with its
    /// journal's, so that a view given only a model can offer undo. Null for a model made
    /// elsewhere (a unit test's).
    static PendingDeletes *serving(const QObject *model);
    /// Marks `model` as served by this instance (see serving()).
    void serve(QObject *model);

    /// Removes the journal's pending record now, if there is one (no-op without an instance).
    static Status commitPending(Journal &journal);

    /// Whether records of `kind` (a RecordKind name) can be deleted through remove().
    static bool canRemove(const QString &kind);

    /// Hides record `id` of `kind` (a RecordKind name) and removes it from its store once the
    /// undo window has passed. A record already waiting is removed first; when that fails it
    /// comes back, the error is returned and the new delete is not started.
    Status remove(const QString &kind, qint64 id);
    /// The same with the removal given (for tests, and records with no store removal).
    Status schedule(const QString &kind, qint64 id, Removal removal);
    /// Brings the waiting record back. False when nothing waits.
    bool undo();
    /// Removes the waiting record now (no-op when nothing waits). On failure the record comes
    /// back, failed() is emitted and the error is returned.
    Status commit();
    /// Commits when the clock says the undo window has passed; otherwise waits on.
    void expireIfDue();

    bool hasPending() const { return m_id != 0; }
    bool isPending(const QString &kind, qint64 id) const
    {
        return id != 0 && id == m_id && kind == m_kind;
    }
    QString pendingKind() const { return m_kind; }
    qint64 pendingId() const { return m_id; }
    /// When the waiting record will be removed (invalid when nothing waits).
    QDateTime deadline() const { return m_deadline; }

Q_SIGNALS:
    /// Record `id` of `kind` is hidden (true) or shown again (false): filters follow this.
    void pendingChanged(const QString &kind, qint64 id, bool pending);
    /// A delete began waiting: a notice offers to undo it.
    void started();
    /// Nothing waits any more (undone, removed or failed): the notice goes.
    void ended();
    /// The removal failed and the record is back.
    void failed(const QString &message);
    /// Record `id` of `kind` is shown again, after pendingChanged(): `undone` when the person
    /// undid the delete, false when its removal failed. Views select it again.
    void restored(const QString &kind, qint64 id, bool undone);

private:
    void clear();
    void startTimer();

    Journal &m_journal;
    QTimer m_timer;
    QString m_kind;
    qint64 m_id = 0;
    Removal m_removal;
    QDateTime m_deadline;
};

} // namespace Rekindle
