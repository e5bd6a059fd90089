// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QStringView>

namespace Rekindle {

/// The length of `text` in characters (Unicode code points), as a person counts them and as
/// SQLite's length() does: an emoji outside the Basic Multilingual Plane is one character,
/// not the two UTF-16 units QString::size() counts. Every text limit uses this count.
inline qsizetype characterCount(QStringView text)
{
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            --count;
            ++i;
        }
    return count;
}

} // namespace Rekindle
