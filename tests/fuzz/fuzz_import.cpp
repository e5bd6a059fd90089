// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The import reader and validator on arbitrary bytes, by both roads into them: the streaming
// one the app takes for a file (the bytes as a file, read by the SAX reader into the
// validator: JournalImport::checkFile/importFile, which JournalTransfer calls), and the
// in-memory one of a restored backup (Qt's parser, then validate/apply). Besides the
// sanitizers' findings, one contract is checked on each: a document the validator accepts is
// written without an error, because import promises to find every problem before it writes
// anything.
#include "FuzzJournal.h"
#include "storage/JournalImport.h"

#include <QByteArray>
#include <QFile>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Rekindle;

namespace {

[[noreturn]] void acceptedNotWritten(const char *road, const Error &error)
{
    std::fprintf(stderr, "fuzz: %s: accepted, then not written: %s (%s)\n", road,
        qUtf8Printable(error.message), qUtf8Printable(error.detail));
    std::abort();
}

void streaming(const QByteArray &bytes)
{
    const QString path = FuzzJournal::scratchFile();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "fuzz: the scratch file cannot be written\n");
            std::abort();
        }
    }
    JournalImport import(FuzzJournal::journal());
    if (!import.checkFile(path, ImportMode::Merge))
        return;
    if (!import.checkFile(path, ImportMode::Replace))
        return;
    if (auto written = import.importFile(path, ImportMode::Replace); !written)
        acceptedNotWritten("streaming", written.error());
}

void inMemory(const QByteArray &bytes)
{
    // As readFile() does, minus the file.
    const auto document = JournalImport::parse(JournalImport::keepInnerBoms(bytes));
    if (!document)
        return;
    JournalImport import(FuzzJournal::journal());
    if (!import.validate(*document, ImportMode::Merge))
        return;
    if (!import.validate(*document, ImportMode::Replace))
        return;
    if (auto written = import.apply(*document, ImportMode::Replace); !written)
        acceptedNotWritten("in memory", written.error());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzJournal::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    streaming(bytes);
    inMemory(bytes);
    return 0;
}
