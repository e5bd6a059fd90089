// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QMainWindow;
class QSystemTrayIcon;

namespace Rekindle {

class Journal;
class JournalNotes;
class JourneyModeModel;
class SupportNote;
class WelcomeDialog;
class WellbeingWatch;

/// What keeps the person safe and cared for around the journal: the support page, the gentle
/// support note after a very low mood or hard words, quick hide, a neutral window title, the
/// optional daily reminder and the first-run welcome. Kept out of MainWindow, which stays a
/// shell. Notifications never show journal text or anyone's name.
class CareActions final : public QObject {
    Q_OBJECT

public:
    /// The window's title when the neutral title is chosen (also the reminder's title).
    static QString neutralTitle();

    /// `mode` is the window's shared journey path (the reminder is silent off the normal path).
    CareActions(Journal &journal, JourneyModeModel &mode, QMainWindow *window);

    /// Help ▸ Support and Safety…
    QAction *supportAction() const { return m_support; }
    /// Hides the window at once (Ctrl+Shift+H, and on the toolbar).
    QAction *quickHideAction() const { return m_hide; }

    void showSupport();
    void quickHide();
    /// Shows the welcome once per journal (after the window is on screen). Not for --demo.
    /// Returns the dialog (open, deleted on close), or null when it was shown before.
    WelcomeDialog *welcomeIfFirstRun();
    /// The support note now on screen, if any.
    SupportNote *supportNote() const;
    /// Checks whether the daily reminder is due (called every minute; public for tests).
    void checkReminder();

Q_SIGNALS:
    /// The window was hidden by quick hide. An encrypted journal locks itself here: connect
    /// the lock to this signal once encryption exists.
    void quickHidden();
    /// The daily reminder came due and was given (through the tray where there is one):
    /// neutral words only, for tests and for any other way of showing it.
    void reminded(const QString &title, const QString &text);

private:
    void showSupportNote();
    void applyTitle();
    QSystemTrayIcon *trayIcon();

    Journal &m_journal;
    QMainWindow *m_window;
    JournalNotes *m_notes;
    JourneyModeModel *m_mode;
    WellbeingWatch *m_watch;
    QAction *m_support;
    QAction *m_hide;
    QPointer<SupportNote> m_note;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_title; ///< the window's own title, when not neutral
    QTimer m_reminderTimer;
    QDate m_remindedOn;
};

} // namespace Rekindle
