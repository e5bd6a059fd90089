// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <functional>

class QDialogButtonBox;
class QSpinBox;
class QTabWidget;

namespace Rekindle {

class InlineMessage;
class Journal;
class SpaceOverview;

/// Settings of the journal (they live in the journal, not on this computer). One tab per
/// subject; later steps add theirs with addPage().
class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(Journal &journal, QWidget *parent = nullptr);

    /// Adds a page; `apply` saves it and returns an error message, or an empty string.
    void addPage(QWidget *page, const QString &title, std::function<QString()> apply);
    /// Saves every page. False (with the reason shown) when something was refused.
    bool apply();

    void accept() override;
    void setVisible(bool visible) override;

private:
    QWidget *createSpacePage();

    SpaceOverview *m_space;
    QTabWidget *m_pages;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    QSpinBox *m_perDay = nullptr;
    QSpinBox *m_unanswered = nullptr;
    QList<std::function<QString()>> m_appliers;
};

} // namespace Rekindle
