// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The search-query builder on arbitrary text, run against a journal's full-text index: no
// typed character may raise an SQL error (the promise of SearchQuery), besides the
// sanitizers' findings.
#include "FuzzJournal.h"
#include "core/SearchQuery.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/SearchStore.h"

#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Rekindle;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzJournal::initialize(argc, argv);
    // Something to find, so that matching and snippets run too.
    if (!FuzzJournal::journal().entries().create(Step::Acknowledge,
            { u"Why it ended"_s, u"We stopped talking, and I miss the walks by the river."_s, {} }))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SearchQuery query = SearchQuery::parse(input);
    if (query.isEmpty())
        return 0;
    if (auto found = FuzzJournal::journal().search().find(query, 20); !found) {
        std::fprintf(stderr, "fuzz: the query raised an error: %s (%s)\nFTS: %s\n",
            qUtf8Printable(found.error().message), qUtf8Printable(found.error().detail),
            qUtf8Printable(query.ftsExpression()));
        std::abort();
    }
    return 0;
}
