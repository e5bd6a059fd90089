// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreDumps.h"

#include "core/Translation.h"

#include <QString>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Rekindle::CoreDumps {
#ifdef Q_OS_UNIX
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::CoreDumps", text);
    }

} // namespace
#endif

Status disable()
{
#ifdef Q_OS_UNIX
    const rlimit none { 0, 0 };
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        return Error { tr("Rekindle could not stop the system from saving its memory to disk "
                          "after a crash."),
            QStringLiteral("setrlimit(RLIMIT_CORE): %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno))) };
#endif
#ifdef Q_OS_LINUX
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return Error { tr("Rekindle could not stop the system from saving its memory to disk "
                          "after a crash."),
            QStringLiteral("prctl(PR_SET_DUMPABLE): %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno))) };
#endif
    return {};
}

bool disabled()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        return false;
#endif
#ifdef Q_OS_LINUX
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
}

} // namespace Rekindle::CoreDumps
