// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemLockWatch.h"

#import <AppKit/AppKit.h>
#import <Foundation/Foundation.h>

namespace Rekindle {

// The observers are kept as one retained NSArray in m_macObservers, to remove them again.
void SystemLockWatch::watchMac()
{
    NSDistributedNotificationCenter *distributed =
        [NSDistributedNotificationCenter defaultCenter];
    NSNotificationCenter *workspace = [[NSWorkspace sharedWorkspace] notificationCenter];
    id screenLocked = [distributed addObserverForName:@"com.apple.screenIsLocked"
                                               object:nil
                                                queue:[NSOperationQueue mainQueue]
                                           usingBlock:^(NSNotification *) {
                                               Q_EMIT systemLocking();
                                           }];
    id willSleep = [workspace addObserverForName:NSWorkspaceWillSleepNotification
                                          object:nil
                                           queue:[NSOperationQueue mainQueue]
                                      usingBlock:^(NSNotification *) {
                                          Q_EMIT systemLocking();
                                      }];
    NSArray *observers = @[ screenLocked, willSleep ];
    m_macObservers = (__bridge_retained void *)observers;
    m_watching = true;
}

void SystemLockWatch::unwatchMac()
{
    if (!m_macObservers)
        return;
    NSArray *observers = (__bridge_transfer NSArray *)m_macObservers;
    m_macObservers = nullptr;
    [[NSDistributedNotificationCenter defaultCenter] removeObserver:observers[0]];
    [[[NSWorkspace sharedWorkspace] notificationCenter] removeObserver:observers[1]];
}

} // namespace Rekindle
