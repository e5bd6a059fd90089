// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareActions.h"

#include "core/Clock.h"
#include "core/JournalNoteKeys.h"
#include "core/SupportServices.h"
#include "models/JournalModels.h"
#include "models/JournalNotes.h"
#include "models/JourneyModeModel.h"
#include "models/WellbeingWatch.h"
#include "ui/dialogs/SupportDialog.h"
#include "ui/dialogs/SupportNote.h"
#include "ui/dialogs/WelcomeDialog.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLocale>
#include <QMainWindow>
#include <QSystemTrayIcon>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Rekindle {

QString CareActions::neutralTitle()
{
    return tr("Journal");
}

CareActions::CareActions(Journal &journal, JourneyModeModel &mode, QMainWindow *window)
    : QObject(window)
    , m_journal(journal)
    , m_window(window)
    , m_notes(new JournalNotes(journal, this))
    , m_mode(&mode)
    , m_watch(new WellbeingWatch(journal, this))
    , m_support(new QAction(tr("&Support and Safety…"), this))
    , m_hide(new QAction(tr("&Quick Hide"), this))
{
    m_support->setObjectName(u"actionSupport"_s);
    m_support->setStatusTip(tr("Helplines and your own support contacts"));
    connect(m_support, &QAction::triggered, this, &CareActions::showSupport);
    m_hide->setObjectName(u"actionQuickHide"_s);
    m_hide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_hide->setShortcutContext(Qt::ApplicationShortcut);
    m_hide->setStatusTip(tr("Hide the window at once"));
    m_hide->setToolTip(
        tr("Hide the window at once (%1)")
            .arg(QKeySequence(u"Ctrl+Shift+H"_s).toString(QKeySequence::NativeText)));
    connect(m_hide, &QAction::triggered, this, &CareActions::quickHide);

    connect(m_watch, &WellbeingWatch::supportSuggested, this, &CareActions::showSupportNote);
    m_title = window->windowTitle();
    connect(m_notes, &JournalNotes::changed, this, [this](const QString &key) {
        if (key == NoteKeys::NeutralTitleKey)
            applyTitle();
    });
    m_reminderTimer.setInterval(60 * 1000);
    connect(&m_reminderTimer, &QTimer::timeout, this, &CareActions::checkReminder);
    m_reminderTimer.start();
    QTimer::singleShot(0, this, &CareActions::applyTitle);
}

SupportNote *CareActions::supportNote() const
{
    return m_note.data();
}

void CareActions::showSupport()
{
    SupportDialog dialog(*m_notes, m_window);
    dialog.exec();
}

void CareActions::quickHide()
{
    // Hidden first, before anything else can paint. With a tray icon the window comes back
    // from there; without one it is minimised, so the taskbar can bring it back.
    if (m_note)
        m_note->close();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        trayIcon()->show();
        m_window->hide();
    } else {
        m_window->showMinimized();
    }
    Q_EMIT quickHidden();
}

WelcomeDialog *CareActions::welcomeIfFirstRun()
{
    if (m_notes->flag(NoteKeys::WelcomeShownKey, false))
        return nullptr;
    // Marked first, so that the welcome never comes back even if the app is closed meanwhile.
    if (!m_notes->setFlag(NoteKeys::WelcomeShownKey, true))
        return nullptr;
    auto *welcome = new WelcomeDialog(m_window);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    welcome->open();
    return welcome;
}

void CareActions::showSupportNote()
{
    if (m_note)
        return;
    QString country = m_notes->text(NoteKeys::SupportCountryKey);
    if (country.isEmpty())
        country = SupportServices::countryForLocale(QLocale().name());
    m_note = new SupportNote(country, m_window);
    connect(m_note, &SupportNote::moreRequested, this, &CareActions::showSupport);
    m_note->show();
}

void CareActions::applyTitle()
{
    const bool neutral = m_notes->flag(NoteKeys::NeutralTitleKey, false);
    // Remember the window's own title (it may have been set after this was made).
    if (m_window->windowTitle() != neutralTitle())
        m_title = m_window->windowTitle();
    m_window->setWindowTitle(neutral ? neutralTitle() : m_title);
    QGuiApplication::setApplicationDisplayName(neutral ? neutralTitle() : QString());
    if (m_tray)
        m_tray->setToolTip(neutral ? neutralTitle() : m_title);
}

QSystemTrayIcon *CareActions::trayIcon()
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(neutralTitle());
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
    }
    return m_tray;
}

void CareActions::checkReminder()
{
    const QString stored = m_notes->text(NoteKeys::ReminderTimeKey);
    const QTime at = QTime::fromString(stored, u"HH:mm"_s);
    if (!at.isValid())
        return;
    // Silent while the journey is about safety or a "no": a reminder could be seen by others
    // and is not what matters then.
    if (m_mode->mode() != JourneyMode::Normal)
        return;
    const Clock &clock = JournalModels(m_journal).clock();
    const QDate today = clock.today();
    const QDateTime now = clock.now().toLocalTime();
    if (m_remindedOn == today || now.time() < at)
        return;
    m_remindedOn = today;
    // Neutral wording: no journal text, no name, nothing about contacting anyone.
    const QString text = tr("A quiet moment for yourself, if you would like one.");
    Q_EMIT reminded(neutralTitle(), text);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    QSystemTrayIcon *tray = trayIcon();
    tray->show();
    tray->showMessage(neutralTitle(), text, QSystemTrayIcon::NoIcon);
}

} // namespace Rekindle
