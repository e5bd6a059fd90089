// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace Rekindle {

/// Where a console command gets a passphrase: the first line of a file when one was named
/// (--passphrase-file, the way for scripts), else the terminal with echo off (the controlling
/// terminal on Linux and macOS, the console on Windows), else a clear error. A passphrase is
/// never echoed, printed or logged; the buffers it passed through are wiped.
class PassphraseReader {
public:
    /// Longer passphrases are refused (a file of something else named by mistake).
    static constexpr qsizetype MaxBytes = 1024;

    /// Reads from `file` when it is not empty, else from the terminal. `fileOption` is the
    /// option that names such a file, for the message when there is no terminal either.
    explicit PassphraseReader(
        QString file = {}, QString fileOption = QStringLiteral("--passphrase-file"));

    /// Whether there is a terminal to ask on.
    static bool hasTerminal();
    bool readsFile() const { return !m_file.isEmpty(); }

    /// A passphrase, asked with `prompt` on the terminal.
    Result<QString> read(const QString &prompt) const;
    /// A new passphrase: asked twice on the terminal (they must match), one line of the file.
    Result<QString> readNew(const QString &prompt, const QString &again) const;
    /// Asks `question` on the terminal (with echo); true for the translated "yes" or "y". An
    /// error when there is no terminal.
    static Result<bool> confirm(const QString &question);

    /// The first line of `filePath` without its line end (and without a leading UTF-8 byte
    /// order mark); an error when it is empty, too long, not UTF-8, or cannot be read.
    static Result<QString> readFile(const QString &filePath);
    /// Overwrites the characters of a passphrase no longer needed.
    static void wipe(QString &passphrase);

private:
    /// One line typed on the terminal; echo off unless `echo`.
    static Result<QString> readTerminal(const QString &prompt, bool echo);

    QString m_file;
    QString m_fileOption;
};

} // namespace Rekindle
