// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

/// Puts text into a plain-text document and takes it out again character for character.
///
/// QTextDocument turns every LF, CR, CR LF and U+2029 into the same block break, and its
/// toPlainText() also turns no-break spaces into spaces and U+2028 into LF. Here each block
/// remembers (in its user state) which break came before it, and the text is read from the
/// blocks as stored, so that an entry saves exactly as it was written and typed. A break typed
/// in the editor (Return) is a LF.
namespace Rekindle::ExactPlainText {

/// Replaces the document's text with `text`.
void set(QTextDocument &document, const QString &text);
/// The document's text, with each block break as it was loaded (LF for new ones).
QString get(const QTextDocument &document);

} // namespace Rekindle::ExactPlainText
