// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

namespace Rekindle {

class Journal;

/// Free texts and yes/no choices kept in the journal's settings (closure notes, the safety
/// plan, the person's own support contacts, discretion and reminder choices): the way the UI
/// reads and writes them without touching storage.
class JournalNotes final : public QObject {
    Q_OBJECT

public:
    explicit JournalNotes(Journal &journal, QObject *parent = nullptr);

    QString text(const QString &key) const;
    Status setText(const QString &key, const QString &text);
    bool flag(const QString &key, bool fallback) const;
    Status setFlag(const QString &key, bool on);

Q_SIGNALS:
    /// A note or choice changed (also by another part of the app).
    void changed(const QString &key);

private:
    Journal &m_journal;
};

} // namespace Rekindle
