// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalSession.h"

#include "core/CommandLine.h"
#include "models/PendingDeletes.h"
#include "storage/DemoJournal.h"
#include "storage/Journal.h"
#include "storage/JournalAccess.h"
#include "storage/JournalLock.h"
#include "storage/JournalRecovery.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace Rekindle {
namespace {

    QString journalDirectory(const CommandLineOptions &options)
    {
        return options.dataDir.isEmpty() ? Journal::defaultDirectory() : options.dataDir;
    }

} // namespace

Result<std::unique_ptr<JournalSession>> JournalSession::open(const CommandLineOptions &options)
{
    std::unique_ptr<JournalSession> session(new JournalSession);
    QString directory = journalDirectory(options);
    if (options.demo) {
        session->m_sampleFolder = std::make_unique<QTemporaryDir>();
        if (!session->m_sampleFolder->isValid())
            return Error { QCoreApplication::translate("QObject",
                               "Rekindle could not create a folder for the sample "
                               "journal."),
                session->m_sampleFolder->errorString() };
        directory = session->m_sampleFolder->path();
    }
    // Before opening, which makes a new, empty -wal.
    const bool lostWal = !options.demo && JournalRecovery::walLost(directory);
    auto journal = Journal::open(directory);
    if (!journal)
        return journal.error();
    session->m_journal = std::move(journal).value();
    session->m_lostWal = lostWal;
    // The marker of a stop that left a whole WAL behind: opening took that WAL over. Once it
    // is in the main file the marker has nothing left to guard; kept, it would call the WAL
    // lost at the open after this one's clean close, which removes the WAL.
    const Journal &opened = *session->m_journal;
    if (!options.demo && !lostWal && !opened.isProtected() && JournalRecovery::isPending(directory)
        && JournalRecovery::checkpoint(opened))
        JournalRecovery::clearPending(directory);
    if (options.demo) {
        DemoJournal::Options demo;
        demo.days = options.demoDays;
        demo.entriesPerDay = options.demoEntriesPerDay;
        if (Status status = DemoJournal::generate(*session->m_journal, demo); !status)
            return status.error();
    }
    return session;
}

JournalSession::~JournalSession()
{
    // Quitting carries out a delete still waiting for its undo: it was asked for (see
    // PendingDeletes). The window commits it before closing; this catches every other way out.
    if (m_journal)
        (void)PendingDeletes::commitPending(*m_journal);
}

std::optional<QString> JournalSession::lockingComputer(const CommandLineOptions &options)
{
    if (options.demo)
        return std::nullopt;
    if (const auto holder = JournalLock::otherComputer(journalDirectory(options)))
        return holder->hostName;
    return std::nullopt;
}

Status JournalSession::takeOverLock(const CommandLineOptions &options)
{
    return JournalLock::takeOver(journalDirectory(options));
}

QString JournalSession::directoryFor(const CommandLineOptions &options)
{
    return journalDirectory(options);
}

QString JournalSession::readOnlyReason() const
{
    return m_journal->readOnlyReason();
}

bool JournalSession::canAllowChanges() const
{
    if (!m_journal->isReadOnly())
        return false;
    const JournalAccess access = JournalAccess::of(m_journal->directory());
    return access.readOnly && !access.readOnlyDisk;
}

Status JournalSession::allowChanges() const
{
    return JournalAccess::allowChanges(m_journal->directory());
}

void JournalSession::acknowledgeLostWal()
{
    if (m_lostWal)
        JournalRecovery::clearPending(m_journal->directory());
    m_lostWal = false;
}

} // namespace Rekindle
