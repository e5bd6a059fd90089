// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

using namespace Qt::StringLiterals;

namespace Rekindle::Icons {

QString themeName(Icon which)
{
    // Only freedesktop.org standard names: themes draw those in their own style, and a
    // Rekindle-specific concept has no such name (a guess would pick an unrelated picture).
    switch (which) {
    case NewEntry:
        return u"document-new"_s;
    case Search:
        return u"edit-find"_s;
    case Reflect:
    case Mood:
    case Progress:
    case QuickHide:
    case Support:
        break;
    }
    return {};
}

QString bundledPath(Icon which)
{
    switch (which) {
    case NewEntry:
        return u":/rekindle/actions/new-entry.svg"_s;
    case Search:
        return u":/rekindle/actions/search.svg"_s;
    case Reflect:
        return u":/rekindle/actions/reflect.svg"_s;
    case Mood:
        return u":/rekindle/actions/mood.svg"_s;
    case Progress:
        return u":/rekindle/actions/progress.svg"_s;
    case QuickHide:
        return u":/rekindle/actions/quick-hide.svg"_s;
    case Support:
        return u":/rekindle/actions/support.svg"_s;
    }
    return {};
}

QIcon icon(Icon which)
{
    const QIcon bundled(bundledPath(which));
    const QString name = themeName(which);
    return name.isEmpty() ? bundled : QIcon::fromTheme(name, bundled);
}

} // namespace Rekindle::Icons
