// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractNativeEventFilter>
#include <QObject>

class QWindow;

namespace Rekindle {

/// Tells when the computer is about to sleep or its screen locks, where the platform says so:
/// on Linux through D-Bus (logind's PrepareForSleep and the session's Lock, the freedesktop and
/// GNOME screen savers' ActiveChanged), on Windows through session notifications and the
/// suspend broadcast, on macOS through the screen-lock and sleep notifications. Where none is
/// available (no D-Bus, no session bus) it stays silent; the idle lock still works.
class SystemLockWatch final : public QObject, public QAbstractNativeEventFilter {
    Q_OBJECT

public:
    explicit SystemLockWatch(QObject *parent = nullptr);
    ~SystemLockWatch() override;

    /// Whether any source of these events could be watched on this system.
    bool isWatching() const { return m_watching; }

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

Q_SIGNALS:
    /// The system goes to sleep or the screen locks (or the screen saver starts).
    void systemLocking();

private Q_SLOTS:
    // QtDBus connects signals by slot name only, hence slots here.
    void onPrepareForSleep(bool sleeping);
    void onSessionLock();
    void onScreenSaverActive(bool active);

private:
    void watchDBus();
    void watchWindows();
    void watchMac();
    void unwatchMac();

    bool m_watching = false;
    QWindow *m_window = nullptr;
    void *m_macObservers = nullptr;
};

} // namespace Rekindle
