// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Rekindle {

/// Version, license and the privacy promise.
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(const QString &journalPath, QWidget *parent = nullptr);
};

} // namespace Rekindle
