// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Rekindle::Translation {

/// Translates `text` of a file-local `tr()` helper. lupdate files the strings such a helper
/// receives under the enclosing namespace ("Rekindle") when the call sits in a free function,
/// and under the class when it sits in a member function, while the helper asks for one fixed
/// context at run time: look in both, so that every string the translator translated is used.
inline QString lookup(const char *context, const char *text)
{
    QString translated = QCoreApplication::translate(context, text);
    if (translated != QString::fromUtf8(text))
        return translated;
    return QCoreApplication::translate("Rekindle", text);
}

} // namespace Rekindle::Translation
