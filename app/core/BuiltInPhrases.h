// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <span>

/// The phrase lists the message check ships, per language. They are language data, not
/// interface text: each language has its own list, written for that language, never a
/// translation of the English one. The syntax (wildcards, gaps) is documented on Phrase.
namespace Rekindle::BuiltInPhrases {

using Texts = std::span<const char *const>; // UTF-8

struct List {
    const char *code; ///< ISO 639-1 language code
    /// By PhraseCategory: heavy topic, the past, blame, pressure.
    std::array<Texts, 4> byCategory;
};

/// English first (the fallback), then the other languages.
std::span<const List> lists();

/// Set phrases in which a phrase's words mean something harmless: German "immer noch" is
/// "still", not "always", so "du hast immer noch Spaß" is no blame, and "tu ne devineras
/// jamais" is "you'll never guess". A hit that only partly covers one, or that spans it
/// with a gap, does not count; a phrase that holds it whole ("immer noch nicht") does.
Texts harmless();

} // namespace Rekindle::BuiltInPhrases
