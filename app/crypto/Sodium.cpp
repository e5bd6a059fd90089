// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sodium.h"

#include "core/Translation.h"

#include <mutex>
#include <sodium.h>

namespace Rekindle::Sodium {

Status initialize()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    if (ready)
        return {};
    return Error { Translation::lookup("Rekindle::Sodium",
                       QT_TRANSLATE_NOOP("Rekindle::Sodium",
                           "Rekindle cannot start its encryption library, so it cannot open "
                           "an encrypted journal on this computer.")),
        QStringLiteral("sodium_init() failed") };
}

} // namespace Rekindle::Sodium
