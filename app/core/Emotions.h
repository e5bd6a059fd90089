// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// The feelings a person can pick in a mood check-in or a thought record. Stored by key (so a
/// journal reads the same in every language); shown translated.
namespace Rekindle::Emotions {

/// Every key, in the order to offer them.
QStringList keys();
/// The translated name of `key`; an unknown key (the person's own word) is shown as is.
QString displayName(const QString &key);
/// The key of a translated or raw name, or the text itself when it matches none.
QString keyFor(const QString &nameOrKey);

} // namespace Rekindle::Emotions
