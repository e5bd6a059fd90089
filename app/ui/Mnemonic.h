// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Rekindle {

/// A label's text without its mnemonic marks, for an accessible name: "Con&tacts" reads
/// "Contacts", and "Rock && roll" keeps its one literal ampersand.
inline QString withoutMnemonic(const QString &label)
{
    QString plain;
    plain.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == u'&') {
            if (i + 1 < label.size() && label.at(i + 1) == u'&')
                plain += u'&';
            else
                continue;
            ++i;
            continue;
        }
        plain += label.at(i);
    }
    return plain;
}

} // namespace Rekindle
