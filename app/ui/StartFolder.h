// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStandardPaths>
#include <QString>

namespace Rekindle {

/// Where a file chooser opens: the folder last chosen for the same purpose, else the
/// standard one (Documents, Pictures...) when it exists, else the home folder. A chooser
/// never opens on a folder that is not there.
class StartFolder {
public:
    enum class Purpose {
        Export,
        Import,
        Image,
    };

    static QString forPurpose(Purpose purpose);
    /// Remembers the folder of `chosenFile` for the next chooser of `purpose` (only the
    /// folder, never the file's name).
    static void remember(Purpose purpose, const QString &chosenFile);
};

} // namespace Rekindle
