// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ParentConsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <cstdlib>
#include <io.h>
#include <windows.h>
#endif

namespace Rekindle::ParentConsole {

#ifdef Q_OS_WIN
namespace {

    // The code page the console had before we switched it to UTF-8; put back when we exit, since
    // the console is the user's and outlives us.
    UINT g_previousCodePage = 0;

    // True when the C runtime's stream already leads somewhere (a file or pipe given by `>` or
    // `|`): then it must not be pointed at the console.
    bool isConnected(FILE *stream)
    {
        const int descriptor = _fileno(stream);
        return descriptor >= 0 && _get_osfhandle(descriptor) >= 0;
    }

    void restoreCodePage()
    {
        if (g_previousCodePage != 0)
            SetConsoleOutputCP(g_previousCodePage);
    }

} // namespace
#endif

void attach()
{
#ifdef Q_OS_WIN
    const bool outConnected = isConnected(stdout);
    const bool errConnected = isConnected(stderr);
    if (outConnected && errConnected)
        return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer or a shortcut: nobody to print to
    FILE *reopened = nullptr;
    if (!outConnected)
        freopen_s(&reopened, "CONOUT$", "w", stdout);
    if (!errConnected)
        freopen_s(&reopened, "CONOUT$", "w", stderr);
    // Our text is UTF-8 (qUtf8Printable); without this, accents print as mojibake.
    g_previousCodePage = GetConsoleOutputCP();
    if (g_previousCodePage != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
        std::atexit(restoreCodePage);
    else
        g_previousCodePage = 0;
#endif
}

} // namespace Rekindle::ParentConsole
