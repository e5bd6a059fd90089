// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabWalk.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTest>
#include <QTextEdit>
#include <QWidget>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle::Test {
namespace {

    /// Some pixels of slack: frames of neighbours overlap by their borders.
    constexpr int Slack = 3;
    /// Presses a control may keep (to move between the links of a text it shows).
    constexpr int MaxStaysOnOneControl = 20;

    QString describe(const QWidget *widget)
    {
        QString name = widget->accessibleName();
        if (name.isEmpty())
            name = widget->objectName();
        return u"%1 (%2)"_s.arg(name, QString::fromLatin1(widget->metaObject()->className()));
    }

    /// Fields where Tab is typed: Ctrl+Tab leaves them.
    bool typesTab(const QWidget *widget)
    {
        if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            return !plain->tabChangesFocus() && !plain->isReadOnly();
        if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
            return !rich->tabChangesFocus() && !rich->isReadOnly();
        return false;
    }

    /// How many Tabs a control may keep before it lets go: a table with Tab navigation moves
    /// through its cells first (and leaves after the last), a reader through its links.
    int staysAllowed(const QWidget *widget)
    {
        const auto *view = qobject_cast<const QAbstractItemView *>(widget);
        if (view && view->tabKeyNavigation() && view->model())
            return int(view->model()->rowCount() * view->model()->columnCount()) + 2;
        return MaxStaysOnOneControl;
    }

    /// Where `widget` sits in `window`, independent of scrolling: a scroll area follows the
    /// focus, which would move the controls it holds while Tab goes on. A control inside a
    /// scroll area's content is placed within the area's viewport in proportion to where it
    /// sits in the content, which keeps the order within the content and the area's place
    /// among the controls around it.
    QRect unscrolledGeometry(const QWidget *widget, const QWidget *window)
    {
        QRect geometry(widget->mapTo(window, QPoint(0, 0)), widget->size());
        for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
            const QWidget *viewport = w->parentWidget();
            const auto *area
                = viewport ? qobject_cast<const QScrollArea *>(viewport->parentWidget()) : nullptr;
            if (!area || area->viewport() != viewport || area->widget() != w || w->height() <= 0)
                continue;
            const QRect inContent(widget->mapTo(w, QPoint(0, 0)), widget->size());
            const double scale = std::min(1.0, double(viewport->height()) / w->height());
            const QPoint origin = viewport->mapTo(window, QPoint(0, 0));
            geometry = QRect(origin.x() + inContent.x(), origin.y() + int(inContent.y() * scale),
                inContent.width(), std::max(1, int(inContent.height() * scale)));
        }
        return geometry;
    }

    bool overlap(int aStart, int aEnd, int bStart, int bEnd)
    {
        return aStart < bEnd - Slack && bStart < aEnd - Slack;
    }

} // namespace

TabWalk TabWalk::walk(QWidget *window, QWidget *first, int limit)
{
    TabWalk result;
    first->setFocus(Qt::TabFocusReason);
    QWidget *focus = QApplication::focusWidget();
    if (focus != first) {
        result.trap = u"%1 did not take the focus"_s.arg(describe(first));
        return result;
    }
    int stayed = 0;
    for (int press = 0; press <= limit; ++press) {
        if (stayed == 0)
            result.stops.append({ focus, unscrolledGeometry(focus, window), describe(focus) });
        if (typesTab(focus))
            QTest::keyClick(focus, Qt::Key_Tab, Qt::ControlModifier);
        else
            QTest::keyClick(focus, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next) {
            result.trap = u"Tab from %1 left nothing focused"_s.arg(describe(focus));
            return result;
        }
        if (next == focus && reachable(window).size() == 1)
            return result; // the only control: Tab rightly stays
        if (next == focus) {
            if (++stayed > staysAllowed(focus)) {
                result.trap = u"Tab stays on %1"_s.arg(describe(focus));
                return result;
            }
            continue;
        }
        stayed = 0;
        if (next == first)
            return result;
        if (next->window() != window) {
            result.trap = u"Tab left the window at %1"_s.arg(describe(focus));
            return result;
        }
        focus = next;
    }
    QStringList last;
    for (qsizetype i = std::max<qsizetype>(0, result.stops.size() - 12); i < result.stops.size();
         ++i)
        last << result.stops.at(i).name;
    result.trap
        = u"Tab did not come back to the start after %1 presses; it went round: %2"_s.arg(limit)
              .arg(last.join(u" | "_s));
    return result;
}

QList<QWidget *> TabWalk::reachable(QWidget *window)
{
    QList<QWidget *> widgets;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isWindow() || !widget->isVisible() || !widget->isEnabled())
            continue;
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        widgets << widget;
    }
    return widgets;
}

QString TabWalk::readingOrderProblem() const
{
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const QRect a = stops.at(i - 1).geometry;
        const QRect b = stops.at(i).geometry;
        const bool sameRow = overlap(a.top(), a.bottom(), b.top(), b.bottom());
        const bool sameColumn = overlap(a.left(), a.right(), b.left(), b.right());
        const bool above = b.bottom() <= a.top() + Slack;
        const bool left = b.right() <= a.left() + Slack;
        QString why;
        if (sameRow && left && !sameColumn)
            why = u"to the left in the same row"_s;
        else if (above && (sameColumn || left))
            why = u"back up the page"_s;
        if (!why.isEmpty())
            return u"%1 -> %2: %3 (%4 -> %5)"_s.arg(stops.at(i - 1).name, stops.at(i).name, why)
                .arg(u"%1,%2 %3x%4"_s.arg(a.x()).arg(a.y()).arg(a.width()).arg(a.height()),
                    u"%1,%2 %3x%4"_s.arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height()));
    }
    return {};
}

QStringList TabWalk::missed(QWidget *window, const QWidget *outside) const
{
    QStringList names;
    for (QWidget *widget : reachable(window)) {
        if (outside && outside->isAncestorOf(widget))
            continue;
        const bool met = std::any_of(stops.cbegin(), stops.cend(),
            [widget](const Stop &stop) { return stop.widget == widget; });
        if (!met)
            names << describe(widget);
    }
    return names;
}

} // namespace Rekindle::Test
