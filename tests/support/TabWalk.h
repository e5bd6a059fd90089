// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>
#include <QString>

class QWidget;

namespace Rekindle::Test {

/// A keyboard-only walk through a window with Tab (and Ctrl+Tab out of the fields where Tab is
/// typed), from its first control back to it: what a person without a mouse meets, in order.
struct TabWalk {
    struct Stop {
        QWidget *widget = nullptr;
        QRect geometry; ///< in the window's coordinates
        QString name; ///< accessible name, else object name and class, for messages
    };

    /// The stops in the order Tab reached them, starting with `first`.
    QList<Stop> stops;
    /// Empty when the walk came back to `first`; else where it stuck or ran on.
    QString trap;

    /// Walks `window` from `first` (which gets the focus) until Tab comes back to it, or gives
    /// up after `limit` presses (a trap).
    static TabWalk walk(QWidget *window, QWidget *first, int limit = 400);

    /// The controls of `window` that Tab should reach: shown, enabled, taking Tab focus (their
    /// focus proxies stand for them), in no particular order.
    static QList<QWidget *> reachable(QWidget *window);

    /// Empty when every step goes on in reading order (down the page, and left to right within
    /// a row; a step up is fine only into a column to the right); else the first step back.
    QString readingOrderProblem() const;
    /// The reachable controls the walk missed, by name; those inside `outside` (a row walked
    /// on its own) do not count.
    QStringList missed(QWidget *window, const QWidget *outside = nullptr) const;
};

} // namespace Rekindle::Test
