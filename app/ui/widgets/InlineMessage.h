// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Rekindle {

/// A message shown in place, next to what it is about: an input that was refused, or a gentle
/// note. Never a modal box that interrupts typing. Hidden while empty; place it below the
/// button that shows it, so that showing it never moves that button from under the pointer,
/// or let it keep its line while hidden (reserveSpace()). It has no frame, so it never looks
/// like a field to type in: a note is plain text, an error a softly tinted band. Colours come
/// from the palette so that light and dark themes both work.
class InlineMessage final : public QLabel {
    Q_OBJECT

public:
    enum class Kind { Error, Note };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    void clearMessage();
    /// Keeps one line of the layout while hidden, for a message above what it is about.
    void reserveSpace(bool reserve);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reserveOneLine();

    bool m_reserve = false;
};

} // namespace Rekindle
