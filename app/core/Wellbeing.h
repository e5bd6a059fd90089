// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// When to offer the gentle support note: after a very low mood, or when what was written
/// speaks of self-harm. The rule only decides whether to show the note; nothing is sent or
/// kept because of it.
namespace Rekindle::Wellbeing {

/// The highest mood (1..10) that brings up the support note.
inline constexpr int LowMoodAtMost = 2;

bool isVeryLowMood(int mood);

/// The languages with a word list ("en", "de", "fr").
QStringList languages();
/// The phrases of `language` (lower case); empty for a language without a list.
QStringList phrases(const QString &language);
/// True when `text` contains a phrase of any language as whole words, ignoring case,
/// typographic apostrophes and line breaks: a person may write in any language.
bool mentionsSelfHarm(const QString &text);

} // namespace Rekindle::Wellbeing
