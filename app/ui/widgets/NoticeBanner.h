// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Rekindle {

/// A strip across the top of the window that tells of a lasting problem (a save that keeps
/// failing, a damaged or read-only journal) without interrupting: it never takes the keyboard
/// focus, is shown without activating anything, and its buttons are reached by their Alt
/// shortcut, so typing goes on into the editor while it shows. Announced to screen readers as
/// an alert when its text changes.
class NoticeBanner final : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Problem, Note };

    explicit NoticeBanner(QWidget *parent = nullptr);

    /// Shows `text` (plain text), or updates it while shown.
    void showNotice(const QString &text, Kind kind = Kind::Problem);
    void clearNotice();
    QString text() const;

    /// A button on the banner, e.g. "&Recovery Options…". Takes no focus; give it a mnemonic.
    QPushButton *addButton(const QString &text);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace Rekindle
