// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace Rekindle {

class Journal;
struct CommandLineOptions;

/// The journal one run of Rekindle works on, for the window and the console commands alike:
/// the one in the folder the options name (or the standard folder), or with --demo a sample
/// journal generated in a temporary folder that disappears with the session.
class JournalSession final {
public:
    static Result<std::unique_ptr<JournalSession>> open(const CommandLineOptions &options);
    ~JournalSession();

    /// The computer named in the journal's lock, when open() was refused because another
    /// computer holds it (never for a sample journal). The window offers to take it over.
    static std::optional<QString> lockingComputer(const CommandLineOptions &options);
    /// Clears another computer's lock so that the next open() succeeds.
    static Status takeOverLock(const CommandLineOptions &options);
    /// The folder open() works on for these options (a sample journal's is made by open()).
    static QString directoryFor(const CommandLineOptions &options);

    /// Whether a -wal that held saves was lost since the journal was last used (a crash, then
    /// the file deleted): the last saves before it may be missing. Never for a sample.
    bool lostWal() const { return m_lostWal; }
    /// The person was told of the lost WAL: it is not reported again.
    void acknowledgeLostWal();

    /// Why the journal is open read-only (translated); empty when it may be written.
    QString readOnlyReason() const;
    /// Whether allowChanges() can help: the journal is read-only by its modes, not its disk.
    bool canAllowChanges() const;
    /// At the person's request only: gives the owner write permission on the folder and file
    /// that lack it. The journal stays read-only until it is opened again.
    Status allowChanges() const;

    /// The open journal, as a handle for the models layer.
    Journal &journal() const { return *m_journal; }
    bool isSample() const { return m_sampleFolder != nullptr; }

private:
    JournalSession() = default;

    // Declared first, destroyed last: the sample's folder outlives its journal.
    std::unique_ptr<QTemporaryDir> m_sampleFolder;
    std::unique_ptr<Journal> m_journal;
    bool m_lostWal = false;
};

} // namespace Rekindle
