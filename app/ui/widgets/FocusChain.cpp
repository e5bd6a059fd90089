// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FocusChain.h"

#include <QWidget>
#include <algorithm>

namespace Rekindle::FocusChain {
namespace {

    /// Every Tab stop inside `scope` (controls that stand for themselves, not through a focus
    /// proxy), in the window's focus chain order. The chain is circular through the window.
    QList<QWidget *> controlsIn(QWidget *scope)
    {
        QList<QWidget *> controls;
        QWidget *start = scope->window();
        for (QWidget *w = start->nextInFocusChain(); w && w != start; w = w->nextInFocusChain())
            if (w->focusPolicy() != Qt::NoFocus && !w->focusProxy() && scope->isAncestorOf(w))
                controls << w;
        return controls;
    }

} // namespace

void putLast(QWidget *scope, const QList<QWidget *> &widgets)
{
    // The whole order is set again, pair by pair: moving one widget after another leaves the
    // children of compound widgets (a spin box's field) where they were, and later moves
    // would then start from the wrong place.
    QList<QWidget *> order;
    for (QWidget *control : controlsIn(scope))
        if (!widgets.contains(control))
            order << control;
    for (QWidget *widget : widgets)
        if (widget->focusPolicy() != Qt::NoFocus && !widget->focusProxy())
            order << widget;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void putLast(QWidget *scope, QWidget *group)
{
    QList<QWidget *> members;
    for (QWidget *control : controlsIn(scope))
        if (control == group || group->isAncestorOf(control))
            members << control;
    putLast(scope, members);
}

QList<QWidget *> tabStops(QWidget *group)
{
    QList<QWidget *> stops;
    if (!group || !group->isVisible())
        return stops;
    QWidget *start = group->window();
    for (QWidget *w = start->nextInFocusChain(); w && w != start; w = w->nextInFocusChain())
        if ((w == group || group->isAncestorOf(w)) && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy() && w->isVisible() && w->isEnabled())
            stops << w;
    return stops;
}

QWidget *acrossGroups(const QList<QWidget *> &groups, QWidget *from, bool next)
{
    const auto in = [from](const QWidget *group) {
        return group && (group == from || group->isAncestorOf(from));
    };
    const qsizetype at = std::find_if(groups.cbegin(), groups.cend(), in) - groups.cbegin();
    if (!from || at == groups.size())
        return nullptr;
    const QList<QWidget *> own = tabStops(groups.at(at));
    if (own.isEmpty() || (next ? own.constLast() : own.constFirst()) != from)
        return nullptr;
    const qsizetype count = groups.size();
    for (qsizetype step = 1; step < count; ++step) {
        const qsizetype other = ((next ? at + step : at - step) % count + count) % count;
        const QList<QWidget *> stops = tabStops(groups.at(other));
        if (!stops.isEmpty())
            return next ? stops.constFirst() : stops.constLast();
    }
    return nullptr;
}

} // namespace Rekindle::FocusChain
