// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace Rekindle::CoreDumps {

/// Keeps the process's memory off the disk from now on: no core file (RLIMIT_CORE 0 on Linux
/// and macOS), and on Linux not dumpable (PR_SET_DUMPABLE 0: no core through a pipe handler
/// such as systemd-coredump, no ptrace attach by other processes of the same user). Called
/// when a journal is unlocked. It is not undone at lock: the heap may still hold text that was
/// shown, and a crash after the lock must not write it out. On Windows nothing is needed by
/// default (Windows Error Reporting keeps no full dump unless the user configured LocalDumps)
/// and nothing is done.
Status disable();

/// Whether a crash now would leave no core file (for the tests and `--check`).
bool disabled();

} // namespace Rekindle::CoreDumps
