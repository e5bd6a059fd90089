// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QApplication;
class QWidget;

namespace Rekindle {

/// Names the fields of Qt's own file dialog for screen readers. Where the platform has no
/// file dialog of its own (no desktop portal, a bare X server), QFileDialog shows Qt's, and
/// its "Look in" and "Files of type" lists have no accessible name: a screen reader reads only
/// their current value ("/home/sam"), since their labels are not their buddies. Each label
/// becomes the buddy of the field it names (AT-SPI's "labelled by"), and each unnamed field
/// gets the label's text as Qt's translations have it. Native dialogs are left alone.
class FileDialogNames final : public QObject {
    Q_OBJECT

public:
    /// Watches every file dialog `app` shows from now on.
    static void install(QApplication &app);
    /// Names the fields of `dialog` after their labels.
    static void nameFields(QWidget *dialog);

    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Rekindle
