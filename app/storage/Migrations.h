// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Rekindle::Migrations {

/// The statements that take a journal from version `index` to `index + 1`. Append only: a
/// released migration is never edited, a change of schema is a new migration.
const QList<QStringList> &all();

} // namespace Rekindle::Migrations
