// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Rekindle {

/// The gentle note that offers support after a very low mood or words of self-harm: a few
/// numbers of the person's country and a way to the full support page. It never blocks
/// writing (it is not modal and does not take the focus), and it is closed with one click.
class SupportNote final : public QDialog {
    Q_OBJECT

public:
    /// `country` is an ISO 3166 code; empty shows how to reach emergency help anywhere.
    SupportNote(const QString &country, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The person asked for the full support page.
    void moreRequested();
};

} // namespace Rekindle
