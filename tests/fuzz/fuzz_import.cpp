// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The import reader and validator on arbitrary bytes. Besides the sanitizers' findings, one
// contract is checked: a document the validator accepts is written without an error, because
// import promises to find every problem before it writes anything.
#include "FuzzJournal.h"
#include "storage/JournalImport.h"

#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Rekindle;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzJournal::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // As readFile() does, minus the file.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto document = JournalImport::parse(JournalImport::keepInnerBoms(bytes));
    if (!document)
        return 0;
    JournalImport import(FuzzJournal::journal());
    if (!import.validate(*document, ImportMode::Merge))
        return 0;
    if (!import.validate(*document, ImportMode::Replace))
        return 0;
    if (auto written = import.apply(*document, ImportMode::Replace); !written) {
        std::fprintf(stderr, "fuzz: accepted, then not written: %s (%s)\n",
            qUtf8Printable(written.error().message), qUtf8Printable(written.error().detail));
        std::abort();
    }
    return 0;
}
