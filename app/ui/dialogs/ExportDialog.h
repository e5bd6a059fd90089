// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/Exporter.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Rekindle {

class Journal;

/// Asks what to export (everything, a date range or one step) and in which format, offers to
/// encrypt a JSON export with a passphrase (and warns plainly when the file will not be
/// encrypted), then asks where and writes it with a cancellable progress.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(Journal &journal, QWidget *parent = nullptr);

    ExportFormat format() const;
    ExportScope scope() const;
    /// Whether the file will be encrypted with the passphrase typed (JSON only).
    bool encrypts() const;
    /// Writes the export to `filePath` with a progress dialog; reports problems in a message
    /// box. True when written (false also when cancelled).
    bool exportTo(const QString &filePath);

private:
    void chooseFileAndExport();
    void updateEnabled();
    /// Whether the passphrase typed twice can be used; says why not in the dialog otherwise.
    bool passphraseReady();

    const Journal &m_journal;
    const bool m_journalEncrypted;
    QComboBox *m_format;
    QRadioButton *m_whole;
    QRadioButton *m_range;
    QRadioButton *m_oneStep;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_step;
    QCheckBox *m_encrypt;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLabel *m_passphraseProblem;
    QLabel *m_warning;
};

} // namespace Rekindle
