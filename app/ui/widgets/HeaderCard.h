// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

namespace Rekindle {

/// A step's header as a card (DESIGN.md, "Step header cards"): a rounded surface a step above
/// the window, with a hairline border and a soft shadow below, holding the step's title, its
/// guidance and its progress. It takes no focus; it only frames what it holds.
class HeaderCard final : public QFrame {
    Q_OBJECT

public:
    explicit HeaderCard(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Rekindle
