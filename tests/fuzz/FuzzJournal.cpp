// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzJournal.h"

#include "storage/Journal.h"
#include "storage/JournalConnection.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace Rekindle::FuzzJournal {
namespace {

    std::unique_ptr<QCoreApplication> g_app;
    std::unique_ptr<QTemporaryDir> g_folder;
    std::unique_ptr<QTemporaryDir> g_scratch;
    std::unique_ptr<Journal> g_journal;

} // namespace

void initialize(int *argc, char ***argv)
{
    g_app = std::make_unique<QCoreApplication>(*argc, *argv);
    g_folder = std::make_unique<QTemporaryDir>();
    g_scratch = std::make_unique<QTemporaryDir>();
    auto journal = Journal::open(g_folder->path());
    if (!journal) {
        std::fprintf(stderr, "fuzz: %s\n", qUtf8Printable(journal.error().message));
        std::abort();
    }
    g_journal = std::move(journal).value();
    // Closed before Qt's own globals go (the connection registry is made on first use, after
    // these statics, so it would be destroyed before them).
    std::atexit([] {
        g_journal.reset();
        g_folder.reset();
        g_scratch.reset();
        g_app.reset();
    });
    // Durability is not under test here; an fsync per accepted import would slow the search.
    if (!Sql::run(g_journal->database(), u"PRAGMA synchronous = OFF"_s, {}, QString()))
        std::abort();
}

Journal &journal()
{
    if (!g_journal)
        std::abort();
    return *g_journal;
}

QString scratchFile()
{
    if (!g_scratch)
        std::abort();
    return g_scratch->filePath(u"input.json"_s);
}

} // namespace Rekindle::FuzzJournal
