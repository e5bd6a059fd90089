// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Rekindle {
class Journal;
}

/// What the fuzz targets share: a QCoreApplication (the SQLite driver is a plugin) and one
/// journal in a temporary folder, made once per fuzzing process.
namespace Rekindle::FuzzJournal {

/// Call from LLVMFuzzerInitialize.
void initialize(int *argc, char ***argv);
/// The journal; aborts the process when it cannot be opened (the fuzzer reports it).
Journal &journal();
/// A file beside the journal (not in its folder) that a target may overwrite with each input.
QString scratchFile();

} // namespace Rekindle::FuzzJournal
