// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace Rekindle::Sodium {

/// Initialises libsodium once per process (its random generator and the choice of the fastest
/// implementations); every function of the crypto layer calls it before it uses libsodium, so
/// callers never have to. Safe to call from any thread, any number of times: the first call
/// does the work, later ones return its outcome.
Status initialize();

} // namespace Rekindle::Sodium
