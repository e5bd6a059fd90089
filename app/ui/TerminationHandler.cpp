// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminationHandler.h"

#include <QApplication>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Rekindle {

#ifdef Q_OS_UNIX
namespace {

    int g_signalPipe[2] = { -1, -1 };

    extern "C" void forwardSignal(int)
    {
        // Only async-signal-safe work here: wake the event loop through the socket.
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
    }

} // namespace
#endif

TerminationHandler::TerminationHandler(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationHandler::onSignal);
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : { SIGTERM, SIGINT, SIGHUP })
        ::sigaction(signal, &action, nullptr);
#endif
}

TerminationHandler::~TerminationHandler()
{
#ifdef Q_OS_UNIX
    if (g_signalPipe[0] < 0)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    for (const int signal : { SIGTERM, SIGINT, SIGHUP })
        ::sigaction(signal, &action, nullptr);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    g_signalPipe[0] = g_signalPipe[1] = -1;
#endif
}

void TerminationHandler::onSignal()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
#endif
    // Closing the windows saves what is being written; the event loop then ends as usual.
    QApplication::closeAllWindows();
}

} // namespace Rekindle
