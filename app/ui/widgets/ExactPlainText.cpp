// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExactPlainText.h"

#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Rekindle::ExactPlainText {
namespace {

    /// The break before a block, as its user state. A block Qt makes itself has -1: a LF.
    enum Break : int { Lf = -1, Cr = 1, CrLf = 2, ParagraphSeparator = 3 };

    QString breakText(int state)
    {
        switch (state) {
        case Cr:
            return u"\r"_s;
        case CrLf:
            return u"\r\n"_s;
        case ParagraphSeparator:
            return QString(QChar::ParagraphSeparator);
        default:
            return u"\n"_s;
        }
    }

} // namespace

void set(QTextDocument &document, const QString &text)
{
    // Loading is not an edit to undo; switching undo off and on also clears its history.
    document.setUndoRedoEnabled(false);
    document.clear();
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    qsizetype start = 0;
    int pendingBreak = Lf;
    bool first = true;
    const auto flush = [&](qsizetype end) {
        if (!first)
            cursor.insertBlock();
        first = false;
        // insertText() keeps every character but the four breaks, and there are none left.
        cursor.insertText(text.mid(start, end - start));
        cursor.block().setUserState(pendingBreak);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        int kind = 0;
        qsizetype length = 1;
        if (ch == u'\n')
            kind = Lf;
        else if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            kind = CrLf;
            length = 2;
        } else if (ch == u'\r')
            kind = Cr;
        else if (ch == QChar::ParagraphSeparator)
            kind = ParagraphSeparator;
        else
            continue;
        flush(i);
        pendingBreak = kind;
        start = i + length;
        i += length - 1;
    }
    flush(text.size());
    cursor.endEditBlock();
    // The first block has no break before it; its state only matters for blocks after it.
    document.firstBlock().setUserState(Lf);
    document.setUndoRedoEnabled(true);
}

QString get(const QTextDocument &document)
{
    // toRawText() copies the characters in one pass, with U+2029 for each block break and
    // nothing else changed, so only the breaks need mapping back. Reading block by block
    // instead costs a fragment lookup and a copy per block: most of an autosave of a long entry.
    QString text = document.toRawText();
    struct Special {
        qsizetype at;
        int state;
    };
    QList<Special> specials;
    for (QTextBlock block = document.firstBlock().next(); block.isValid(); block = block.next()) {
        const int state = block.userState();
        if (state == Cr || state == CrLf || state == ParagraphSeparator)
            specials.append({ block.position() - 1, state });
    }
    QChar *data = text.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (data[i] == QChar::ParagraphSeparator)
            data[i] = u'\n';
    }
    if (specials.isEmpty())
        return text;
    QString exact;
    exact.reserve(text.size() + specials.size());
    qsizetype start = 0;
    for (const Special &special : std::as_const(specials)) {
        exact += QStringView(text).sliced(start, special.at - start);
        exact += breakText(special.state);
        start = special.at + 1;
    }
    exact += QStringView(text).sliced(start);
    return exact;
}

} // namespace Rekindle::ExactPlainText
