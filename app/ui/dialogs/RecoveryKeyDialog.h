// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace Rekindle {

class InlineMessage;

/// The recovery key, shown once, in groups: to print, to save as PDF, and to confirm that it
/// was kept somewhere safe before the dialog closes. Nothing of it is kept anywhere else.
class RecoveryKeyDialog final : public QDialog {
    Q_OBJECT

public:
    explicit RecoveryKeyDialog(const QString &recoveryKey, QWidget *parent = nullptr);

    /// The key's groups, four to a line, as shown and printed.
    static QString groupedLines(const QString &recoveryKey);

    /// Writes the key as a one-page PDF to `filePath`. False (with the reason shown) when it
    /// could not be written.
    bool saveAsPdf(const QString &filePath);
    bool isConfirmed() const;

    /// Closes only once the key was confirmed as kept (else a gentle word why not).
    void reject() override;
    /// Closes whatever was confirmed: the journal is being locked.
    void closeForLock();

private:
    void print(QPrinter &printer) const;
    void printKey();
    void chooseAndSavePdf();

    QString m_key;
    QLabel *m_keyLabel;
    QCheckBox *m_kept;
    QPushButton *m_done;
    InlineMessage *m_message;
};

} // namespace Rekindle
