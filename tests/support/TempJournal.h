// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeClock.h"
#include "storage/Journal.h"
// Tests look at the file behind the stores: the connection header is storage-internal in app/.
#include "storage/JournalConnection.h"

#include <QTemporaryDir>
#include <memory>

namespace Rekindle::Test {

/// A journal in a fresh temporary folder, driven by a fake clock. Fails the test (QVERIFY)
/// through `ok()` when it could not be opened.
class TempJournal {
public:
    explicit TempJournal(JournalOptions options = {});
    ~TempJournal();

    bool ok() const { return m_journal != nullptr; }
    QString error() const { return m_error; }
    Journal &journal() const { return *m_journal; }
    Journal *operator->() const { return m_journal.get(); }
    FakeClock &clock() { return m_clock; }
    QString directory() const { return m_dir.path(); }

    /// Closes and opens the journal again (as a restart of the app would).
    bool reopen();
    void close() { m_journal.reset(); }

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Journal> m_journal;
    QString m_error;
};

} // namespace Rekindle::Test
