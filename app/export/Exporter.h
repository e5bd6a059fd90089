// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/JournalExport.h"

#include <QStringList>
#include <optional>

namespace Rekindle {

class Journal;

enum class ExportFormat { Json, Csv, Markdown, Html, Pdf };

/// Writes an export of the journal to files, in any format. JSON, CSV and Markdown need only
/// QtCore; HTML and PDF are laid out by QTextDocument from the Markdown, which needs a
/// QGuiApplication (the console uses the offscreen platform). Files appear complete or not at
/// all (QSaveFile); a cancelled export leaves nothing behind.
namespace Exporter {

    std::optional<ExportFormat> formatFromName(const QString &name);
    /// The usual file name suffix, without the dot ("md" for Markdown).
    QString suffix(ExportFormat format);
    /// The format's name with what it is good for, translated (for a list of formats).
    QString label(ExportFormat format);
    /// A file dialog filter, translated.
    QString fileFilter(ExportFormat format);
    /// Whether the format needs a QGuiApplication.
    bool needsGui(ExportFormat format);
    /// The files an export to `filePath` writes: one, or one per kind for CSV
    /// (journal.csv -> journal-entries.csv, journal-settings.csv, ...).
    QStringList outputFiles(ExportFormat format, const QString &filePath);

    /// Whether a failed write() was cancelled by its progress callback (nothing to report).
    inline bool isCancel(const Error &error)
    {
        return JournalExport::isCancel(error);
    }

    /// Whether write() can encrypt the format with a passphrase (JSON only: the others are
    /// for reading, and an encrypted one could not be read without Rekindle).
    bool canEncrypt(ExportFormat format);

    /// Writes the export; with a `passphrase`, encrypted (EncryptedExport, JSON only), so that
    /// no plaintext of it reaches the disk.
    Status write(const Journal &journal, ExportFormat format, const QString &filePath,
        const ExportScope &scope = {}, const ExportProgress &progress = {},
        const QString &passphrase = {});

} // namespace Exporter
} // namespace Rekindle
