// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Rekindle {

/// A message shown in place, next to what it is about: an input that was refused, or a gentle
/// note. Hidden while empty; never a modal box that interrupts typing. Colours come from the
/// palette so that light and dark themes both work.
class InlineMessage final : public QLabel {
    Q_OBJECT

public:
    enum class Kind { Error, Note };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    void clearMessage();
};

} // namespace Rekindle
