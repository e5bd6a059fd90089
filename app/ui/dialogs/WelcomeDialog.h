// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QVBoxLayout;

namespace Rekindle {

/// A short welcome on a journal's first start: the five steps, that reconnecting is one
/// possible path and moving on an equally good one, and where support is. Then straight to
/// writing, or (when offered) first a passphrase that keeps the journal encrypted.
class WelcomeDialog final : public QDialog {
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    /// Offers encryption: a kind word on what it does, "Protect With a Passphrase…" and
    /// "Not Now". Never for a sample journal.
    void offerEncryption();

Q_SIGNALS:
    /// "Protect With a Passphrase…" was chosen; the dialog has closed.
    void encryptionRequested();

private:
    QVBoxLayout *m_layout;
    QDialogButtonBox *m_buttons;
};

} // namespace Rekindle
