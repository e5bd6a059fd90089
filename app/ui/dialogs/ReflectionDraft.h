// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reflection.h"
#include "core/Result.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace Rekindle {

class ReflectionListModel;

/// Keeps a reflection being written safe: saves it as a draft shortly after each change (the
/// first save creates it), and finally as complete. Shared by the reflection dialogs.
class ReflectionDraft final : public QObject {
    Q_OBJECT

public:
    static constexpr int AutosaveDelayMs = 700;

    /// `answers` is asked for the current answers whenever a save is due.
    ReflectionDraft(ReflectionListModel *model, ReflectionKind kind,
        std::function<QList<ReflectionAnswer>()> answers, QObject *parent = nullptr);

    /// Continues reflection `id` (a draft, or a finished one being edited).
    void attach(qint64 id, bool complete);
    qint64 id() const { return m_id; }
    bool isComplete() const { return m_complete; }
    bool isDirty() const { return m_dirty; }

    /// Notes a change; saves after a short pause.
    void touch();
    /// Saves now, as a draft (or keeps a finished reflection finished). Nothing to save is fine.
    Status flush();
    /// Saves as finished.
    Status finish();

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);

private:
    Status write(bool complete);

    ReflectionListModel *m_model;
    ReflectionKind m_kind;
    std::function<QList<ReflectionAnswer>()> m_answers;
    QTimer m_timer;
    qint64 m_id = 0;
    bool m_complete = false;
    bool m_dirty = false;
};

} // namespace Rekindle
