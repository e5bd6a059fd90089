// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemLockWatch.h"

#include <QCoreApplication>
#include <QWindow>

#if defined(REKINDLE_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#endif

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#include <wtsapi32.h>
#endif

using namespace Qt::StringLiterals;

namespace Rekindle {

SystemLockWatch::SystemLockWatch(QObject *parent)
    : QObject(parent)
{
    watchDBus();
    watchWindows();
    watchMac();
}

SystemLockWatch::~SystemLockWatch()
{
#if defined(Q_OS_WIN)
    if (m_window) {
        WTSUnRegisterSessionNotification(reinterpret_cast<HWND>(m_window->winId()));
        QCoreApplication::instance()->removeNativeEventFilter(this);
        delete m_window;
    }
#endif
    unwatchMac();
}

void SystemLockWatch::watchDBus()
{
#if defined(REKINDLE_HAVE_DBUS)
    const QString login = u"org.freedesktop.login1"_s;
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        m_watching |= system.connect(login, u"/org/freedesktop/login1"_s,
            u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s, this,
            SLOT(onPrepareForSleep(bool)));
        // The Lock signal comes from this process's own session object.
        // A plain message with a short timeout: no introspection, and no stall at start-up
        // where a system bus has no logind behind it.
        QDBusMessage ask = QDBusMessage::createMethodCall(login, u"/org/freedesktop/login1"_s,
            u"org.freedesktop.login1.Manager"_s, u"GetSessionByPID"_s);
        ask << quint32(QCoreApplication::applicationPid());
        const QDBusReply<QDBusObjectPath> session = system.call(ask, QDBus::Block, 300);
        if (session.isValid())
            m_watching |= system.connect(login, session.value().path(),
                u"org.freedesktop.login1.Session"_s, u"Lock"_s, this, SLOT(onSessionLock()));
    }
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        m_watching |= session.connect(u"org.freedesktop.ScreenSaver"_s,
            u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s, u"ActiveChanged"_s,
            this, SLOT(onScreenSaverActive(bool)));
        // KDE's screen saver also serves the interface at /ScreenSaver.
        m_watching |= session.connect(u"org.freedesktop.ScreenSaver"_s, u"/ScreenSaver"_s,
            u"org.freedesktop.ScreenSaver"_s, u"ActiveChanged"_s, this,
            SLOT(onScreenSaverActive(bool)));
        m_watching |= session.connect(u"org.gnome.ScreenSaver"_s, u"/org/gnome/ScreenSaver"_s,
            u"org.gnome.ScreenSaver"_s, u"ActiveChanged"_s, this, SLOT(onScreenSaverActive(bool)));
    }
#endif
}

void SystemLockWatch::watchWindows()
{
#if defined(Q_OS_WIN)
    // Session notifications go to a window: a hidden one of our own, for the whole run.
    m_window = new QWindow;
    m_window->create();
    if (WTSRegisterSessionNotification(
            reinterpret_cast<HWND>(m_window->winId()), NOTIFY_FOR_THIS_SESSION)) {
        QCoreApplication::instance()->installNativeEventFilter(this);
        m_watching = true;
    }
#endif
}

bool SystemLockWatch::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
#if defined(Q_OS_WIN)
    if (eventType != "windows_generic_MSG")
        return false;
    const auto *msg = static_cast<const MSG *>(message);
    if ((msg->message == WM_WTSSESSION_CHANGE && msg->wParam == WTS_SESSION_LOCK)
        || (msg->message == WM_POWERBROADCAST && msg->wParam == PBT_APMSUSPEND))
        Q_EMIT systemLocking();
#else
    Q_UNUSED(eventType)
    Q_UNUSED(message)
#endif
    return false;
}

#if !defined(Q_OS_MACOS)
// macOS: SystemLockWatchMac.mm.
void SystemLockWatch::watchMac() { }
void SystemLockWatch::unwatchMac() { }
#endif

void SystemLockWatch::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        Q_EMIT systemLocking();
}

void SystemLockWatch::onSessionLock()
{
    Q_EMIT systemLocking();
}

void SystemLockWatch::onScreenSaverActive(bool active)
{
    if (active)
        Q_EMIT systemLocking();
}

} // namespace Rekindle
