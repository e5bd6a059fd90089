// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "models/EntryPrintout.h"

#include <QList>
#include <QObject>
#include <functional>
#include <memory>

class QAction;
class QPrinter;
class QTextDocument;
class QWidget;

namespace Rekindle {

class Journal;

/// File ▸ Print: the open entry (Ctrl+P), its day or its step, as a page with each entry's
/// title, date and its Markdown rendered. The print dialog offers the three as options.
///
/// The text goes from the journal (decrypted in memory) to the printer or the chosen PDF
/// only: no temporary file, no preview written anywhere.
class EntryPrinter final : public QObject {
    Q_OBJECT

public:
    using Scope = EntryPrintout::Scope;
    /// What is open: the entry (0 when none) and its step.
    struct Target {
        qint64 entryId = 0;
        Step step = Step::Acknowledge;
    };

    /// `flush` saves what is being typed (the print shows the saved text); `current` says
    /// what is open in `window`.
    EntryPrinter(Journal &journal, QWidget *window, std::function<bool()> flush,
        std::function<Target()> current);

    /// Print…, Print This Day…, Print This Step…, for the File menu.
    QList<QAction *> actions() const { return m_actions; }

    /// The pages of `entries`; `heading` (may be empty) tops them.
    static std::unique_ptr<QTextDocument> document(
        const QList<JournalEntry> &entries, const QString &heading);
    /// Renders `scope` of what is open into a PDF at `path`.
    Status saveAsPdf(Scope scope, const QString &path);
    /// Renders `scope` of what is open on `printer`.
    Status print(Scope scope, QPrinter &printer);

private:
    void choose(Scope scope);
    Result<std::unique_ptr<QTextDocument>> render(Scope scope);

    Journal &m_journal;
    QWidget *m_window;
    std::function<bool()> m_flush;
    std::function<Target()> m_current;
    QList<QAction *> m_actions;
};

} // namespace Rekindle
