// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReflectionPrompts.h"
#include "core/Result.h"
#include "core/Step.h"

#include <QList>
#include <QObject>

namespace Rekindle {

class Journal;
namespace RecordWrite {
    class Save;
}

/// The reflection prompts of each step as the person arranged them: order, wording, hidden
/// ones and their own. Only changes are stored; a step never edited follows the built-in list
/// (and its translations).
class PromptStore final : public QObject {
    Q_OBJECT

public:
    explicit PromptStore(Journal &journal);

    /// The prompts of `step`, hidden ones included (flagged), in the person's order.
    Result<QList<ReflectionPrompt>> prompts(Step step) const;
    /// Stores `prompts` as the list of `step`, in one transaction.
    Status setPrompts(Step step, const QList<ReflectionPrompt> &prompts);
    /// Forgets every change to the prompts of `step`: the built-in list comes back.
    Status restoreDefaults(Step step);
    /// Whether `step` uses its own arrangement rather than the built-in list.
    Result<bool> isCustomized(Step step) const;

    /// A new stable key for one of the person's own prompts.
    static QString newCustomKey();

private:
    Status removeStep(RecordWrite::Save &save, Step step);

    Journal &m_journal;
};

} // namespace Rekindle
