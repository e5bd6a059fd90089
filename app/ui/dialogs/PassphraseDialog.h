// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Rekindle {

class InlineMessage;

/// Asks for a passphrase: a new one (typed twice, with a gentle word on how hard it is to
/// guess and no rules), the current one and a new one, or only the current one to confirm.
class PassphraseDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Purpose {
        Choose,
        Change,
        Confirm,
    };

    PassphraseDialog(Purpose purpose, const QString &explanation, QWidget *parent = nullptr);

    QString current() const;
    QString chosen() const;

    void accept() override;

private:
    void updateHint();

    Purpose m_purpose;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint = nullptr;
    InlineMessage *m_message;
};

} // namespace Rekindle
