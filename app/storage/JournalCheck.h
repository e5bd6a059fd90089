// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Rekindle {

class Journal;

/// What `rekindle --check` found.
struct CheckReport {
    QStringList findings; ///< one line each, for people
    QStringList problems; ///< empty when the journal is healthy

    bool healthy() const { return problems.isEmpty(); }
    QString text() const;

    // The context lupdate files texts of this class under, which its tr() now reads too.
    Q_DECLARE_TR_FUNCTIONS(Rekindle::CheckReport)
};

/// Checks a journal without changing it: SQLite's integrity and foreign-key checks, the
/// full-text index against the text it indexes, and that every table is known to the
/// RecordKinds registry (so that export and restore lose nothing). Also counts the records.
namespace JournalCheck {
    CheckReport run(const Journal &journal);
}

} // namespace Rekindle
