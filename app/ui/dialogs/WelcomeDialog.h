// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Rekindle {

/// A short welcome on a journal's first start: the five steps, that reconnecting is one
/// possible path and moving on an equally good one, and where support is. Then straight to
/// writing.
class WelcomeDialog final : public QDialog {
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);
};

} // namespace Rekindle
