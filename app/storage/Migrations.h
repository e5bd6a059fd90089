// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Rekindle::Migrations {

/// The statements that take a journal from version `index` to `index + 1`. Append only: a
/// released migration is never edited, a change of schema is a new migration. Every statement
/// is fixed text, never built from the record registry (which follows today's kinds): a new
/// kind's search triggers are what RecordKinds::searchIndexStatements() gives, pasted in.
/// tst_migrations checks that a journal of version 1 migrates to the same schema as a new one.
const QList<QStringList> &all();

} // namespace Rekindle::Migrations
