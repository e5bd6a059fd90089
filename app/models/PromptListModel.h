// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/ReflectionPrompts.h"
#include "core/Result.h"
#include "core/Step.h"
#include "storage/PromptStore.h"

namespace Rekindle {

/// The reflection prompts of one step for editing: reword (EditRole), show or hide (check
/// box), add, remove the person's own, move up and down. Changes stay in the model until
/// save(), so that an editor dialog can be cancelled.
class PromptListModel final : public RecordListModel<ReflectionPrompt> {
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        BuiltinRole, ///< bool
        ActionRole, ///< bool: a forward-looking question
        HiddenRole, ///< bool
        BuiltinTextRole, ///< the original wording of a built-in prompt
    };
    Q_ENUM(Role)

    PromptListModel(PromptStore &store, Step step, QObject *parent = nullptr);

    Step step() const { return m_step; }
    QList<ReflectionPrompt> prompts() const { return m_rows; }
    bool isModified() const { return m_modified; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Adds one of the person's own prompts at the end; returns its row, or an error when the
    /// wording is empty or too long.
    Result<int> addPrompt(const QString &text);
    /// Removes the person's own prompt at `row` (built-in ones are hidden instead).
    bool removePrompt(int row);
    /// removeRows() of views: removes the person's own prompt, refuses a built-in one.
    Status removeRow(int row) override;
    /// Moves the prompt at `row` by `delta` places; false when it cannot move.
    bool movePrompt(int row, int delta);
    /// Puts back the built-in list in the model (saved with save()).
    void resetToBuiltins();

    /// Reads the stored list again, dropping unsaved changes.
    Status load();
    /// Writes the list to the journal in one transaction.
    Status save();

private:
    /// The person's own order: a new prompt goes last, moves are theirs.
    bool lessThan(const ReflectionPrompt &, const ReflectionPrompt &) const override
    {
        return false;
    }

    PromptStore &m_store;
    Step m_step;
    bool m_modified = false;
    bool m_restore = false; ///< save() restores the built-ins rather than storing a list
};

} // namespace Rekindle
