// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Rekindle {
class Journal;
}

namespace Rekindle::Test {

/// Every record of every kind (RecordKinds) and every setting, one line each, sorted by uid
/// (by the values for parts without uid):
/// two journals hold the same content exactly when their dumps are equal. Ids are left out
/// (they are local to a journal); references appear as the uid they point to.
QStringList dumpContent(const Journal &journal);

/// SHA-256 of a file's bytes.
QByteArray fileHash(const QString &filePath);

} // namespace Rekindle::Test
