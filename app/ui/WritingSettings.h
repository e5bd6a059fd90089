// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>

namespace Rekindle {

/// The look of the writing space on this computer: the font and size of the entry text.
///
/// Kept in QSettings, not in the journal: it is about this screen and these eyes, not about
/// what was written. One instance for the application, so that every open editor follows a
/// change made in Preferences at once.
class WritingSettings final : public QObject {
    Q_OBJECT

public:
    static constexpr int MinPointSize = 8;
    static constexpr int MaxPointSize = 36;

    static WritingSettings &instance();

    /// The system font, a little larger than the rest of the interface.
    static QFont defaultFont();
    /// The saved font, or defaultFont() when none (or an unusable one) was saved.
    QFont font() const;
    /// Saves `family` at `pointSize` (clamped to the bounds) and tells every editor.
    void setFont(const QString &family, int pointSize);
    /// Forgets the choice: back to defaultFont().
    void reset();

Q_SIGNALS:
    void fontChanged(const QFont &font);

private:
    WritingSettings() = default;
};

} // namespace Rekindle
