// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextCursor;

/// Markdown markup put on and taken off plain text, as the formatting bar does it. Each call
/// is one undo step and touches only the characters of the markup: the text between, and
/// the breaks between lines (see ExactPlainText), stay exactly as they were.
namespace Rekindle::MarkdownFormatting {

/// Markup around words. Italic is written with underscores, so that it never reads as
/// half of a bold's asterisks.
enum class Span { Bold, Italic };
/// Markup at the start of lines.
enum class LineStart { Heading, List, Quote };

/// Around the selection (trimmed of spaces at its ends), or with none the word at the
/// cursor; markup already there, inside or just outside, is taken off instead. With no
/// word at the cursor, an empty pair is put in with the cursor between, or taken out
/// when the cursor is between one. The cursor keeps (or gets) the text as selection.
void toggle(QTextCursor &cursor, Span span);
/// On every line the selection touches (blank lines left alone). When all of them have
/// the markup it is taken off, otherwise it is added where it is missing.
void toggle(QTextCursor &cursor, LineStart lineStart);

} // namespace Rekindle::MarkdownFormatting
