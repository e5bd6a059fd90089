// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reflection.h"
#include "core/Result.h"
#include "core/Step.h"

#include <QList>
#include <QObject>
#include <optional>

namespace Rekindle {

class Journal;

/// What a list of reflections shows: not the answers themselves.
struct ReflectionSummary {
    qint64 id = 0;
    Step step = Step::Acknowledge;
    ReflectionKind kind = ReflectionKind::Guided;
    bool complete = false;
    QString firstAnswer; ///< the start of the first non-empty answer
    int answered = 0; ///< how many answers are not empty
    QDateTime created;
    QDateTime updated;

    QString displayTitle() const { return Reflection::displayTitle(kind, firstAnswer); }
};

/// Reads and writes reflections with their answers. A draft is saved like any reflection
/// (complete = false), so that an interrupted one is never lost and can be resumed. Every write
/// is one transaction and is announced by a signal.
class ReflectionStore final : public QObject {
    Q_OBJECT

public:
    static constexpr int PreviewLength = 120;

    explicit ReflectionStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    Result<qint64> create(
        Step step, ReflectionKind kind, const QList<ReflectionAnswer> &answers, bool complete);
    /// Replaces the answers of reflection `id` and marks it complete or draft.
    Status save(qint64 id, const QList<ReflectionAnswer> &answers, bool complete);
    Status remove(qint64 id);

    Result<Reflection> reflection(qint64 id) const;
    Result<ReflectionSummary> summary(qint64 id) const;
    /// Every reflection of `step`, newest first.
    Result<QList<ReflectionSummary>> list(Step step) const;
    /// Up to `limit` reflections of `step` (every one when negative), newest first, then higher
    /// id first; only those older than `after` when given (where the previous page ended).
    Result<QList<ReflectionSummary>> page(
        Step step, const ReflectionSummary *after, int limit) const;
    /// How many reflections of `step` come before `reflection` in that order: its row once
    /// that many have been read.
    Result<qint64> position(Step step, const ReflectionSummary &reflection) const;
    /// The most recently touched draft of `kind` in `step`, if any.
    Result<std::optional<qint64>> latestDraft(Step step, ReflectionKind kind) const;
    /// Finished reflections, of one kind or all.
    Result<qint64> countComplete(std::optional<Step> step = std::nullopt,
        std::optional<ReflectionKind> kind = std::nullopt) const;

private:
    Status writeAnswers(qint64 id, const QList<ReflectionAnswer> &answers, const QString &what);

    Journal &m_journal;
};

} // namespace Rekindle
