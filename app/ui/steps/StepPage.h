// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Step.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace Rekindle {

class EntryListModel;
class Journal;
class JournalPanel;

/// The page of one step: a short explanation of the step, then its tools as sections. Every
/// step has its journal; steps add their own tools with addSection().
class StepPage : public QWidget
{
    Q_OBJECT

public:
    /// The page builds its own models over the journal's stores.
    StepPage(Step step, Journal &journal, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    Journal &journal() const { return m_journalStore; }
    JournalPanel *journalPanel() const { return m_journal; }

    /// Adds a tool of the step as a section after the ones already there.
    void addSection(QWidget *section, const QString &title);
    /// Replaces the guidance shown under the step's title (e.g. self-care wording once the
    /// person has moved on).
    void setGuidance(const QString &text);
    /// Saves whatever is being edited on the page. False when something could not be saved.
    virtual bool flush();
    /// Saves and tidies up before the window closes.
    virtual bool leave();

private:
    Step m_step;
    Journal &m_journalStore;
    EntryListModel *m_entries;
    QTabWidget *m_sections;
    JournalPanel *m_journal;
    QLabel *m_guidance = nullptr;
};

} // namespace Rekindle
