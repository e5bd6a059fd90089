// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalWindows.h"

#include "CareActions.h"
#include "MainWindow.h"
#include "PrivacyActions.h"
#include "RecoveryWindow.h"
#include "SystemLockWatch.h"
#include "UnlockWindow.h"
#include "dialogs/PrivacyPreferences.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "models/JournalHealth.h"
#include "models/JournalModels.h"
#include "models/JournalPrivacy.h"
#include "models/JournalSession.h"
#include "steps/StepPage.h"
#include "widgets/NoticeBanner.h"
#include "widgets/SearchBar.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTextEdit>
#include <QThread>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    /// Asked when another computer holds the journal: it may be off, or still open there.
    bool offerTakeOver(const QString &computer, const QString &message)
    {
        QMessageBox box(QMessageBox::Warning, JournalWindows::tr("Rekindle"), message);
        box.setObjectName(u"lockedElsewhere"_s);
        box.setInformativeText(JournalWindows::tr("Take over only if Rekindle is closed on “%1”: "
                                                  "what is typed there afterwards may be lost.")
                                   .arg(computer));
        QPushButton *takeOver
            = box.addButton(JournalWindows::tr("Take Over"), QMessageBox::AcceptRole);
        QPushButton *quit = box.addButton(JournalWindows::tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(quit);
        box.setEscapeButton(quit);
        box.exec();
        return box.clickedButton() == takeOver;
    }

} // namespace

JournalWindows::JournalWindows(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_privacyFactory([](Journal &journal) { return JournalModels(journal).privacy(nullptr); })
{
}

JournalWindows::~JournalWindows()
{
    delete m_recovery;
    m_unlock.reset();
    m_window.reset();
    m_health.reset();
    m_privacy.reset();
    m_session.reset();
}

bool JournalWindows::start()
{
    m_outerLoopLevel = QThread::currentThread()->loopLevel();
    const bool started = open();
    QTimer::singleShot(0, this, &JournalWindows::learnOuterLoopLevel);
    return started;
}

void JournalWindows::learnOuterLoopLevel()
{
    // Run by the application's event loop (main() calls exec() after start()), unless a
    // dialog's exec() got there first: then again later.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget *window : windows) {
        if (window->isVisible() && window->windowModality() == Qt::ApplicationModal) {
            QTimer::singleShot(200, this, &JournalWindows::learnOuterLoopLevel);
            return;
        }
    }
    m_outerLoopLevel = QThread::currentThread()->loopLevel();
}

bool JournalWindows::open()
{
    auto session = JournalSession::open(m_options);
    if (!session) {
        if (const auto computer = JournalSession::lockingComputer(m_options)) {
            if (!offerTakeOver(*computer, session.error().message)) {
                std::fprintf(stderr, "rekindle: %s\n", qUtf8Printable(session.error().message));
                return false;
            }
            if (Status status = JournalSession::takeOverLock(m_options); !status)
                session = status.error();
            else
                session = JournalSession::open(m_options);
        }
    }
    if (!session) {
        std::fprintf(stderr, "rekindle: %s\n", qUtf8Printable(session.error().message));
        if (!session.error().detail.isEmpty())
            std::fprintf(stderr, "rekindle: (%s)\n", qUtf8Printable(session.error().detail));
        showRecovery(session.error().message, session.error().detail);
        return true;
    }
    m_unlock.reset();
    m_window.reset();
    m_health.reset();
    m_privacy.reset();
    m_locking = false;
    m_session = std::move(session).value();
    if (m_privacyFactory)
        m_privacy.reset(m_privacyFactory(m_session->journal()));
    if (m_privacy) {
        connect(m_privacy.get(), &JournalPrivacy::lockRequested, this, &JournalWindows::lock);
        connect(m_privacy.get(), &JournalPrivacy::unlocked, this, &JournalWindows::onUnlocked);
        m_privacy->watchActivity(QCoreApplication::instance());
        if (!m_systemLock)
            m_systemLock = std::make_unique<SystemLockWatch>();
        connect(m_systemLock.get(), &SystemLockWatch::systemLocking, m_privacy.get(),
            &JournalPrivacy::systemLocked);
    }
    if (m_privacy && m_privacy->isLocked())
        showUnlock();
    else
        showMain();
    return true;
}

void JournalWindows::showMain()
{
    m_damage.clear();
    m_window = std::make_unique<MainWindow>(m_session->journal());
    if (m_session->isSample())
        m_window->setWindowTitle(tr("Rekindle — Sample Journal"));
    m_health = std::make_unique<JournalHealth>(m_session->journal());
    NoticeBanner *banner = m_window->journalBanner();
    QPushButton *recover = banner->addButton(tr("Recovery &Options…"));
    recover->setObjectName(u"recoveryOptionsButton"_s);
    connect(recover, &QPushButton::clicked, this,
        [this] { switchToRecovery(m_damage, m_damageDetail); });
    connect(m_health.get(), &JournalHealth::damageFound, this,
        [this, banner](const QString &message, const QString &detail) {
            m_damage = message;
            m_damageDetail = detail;
            banner->showNotice(tr("%1 To keep it as it is, nothing more is saved to it. Choose "
                                  "Recovery Options to restore a backup or save what can be read.")
                                   .arg(message));
        });
    connect(m_window.get(), &MainWindow::recoveryRequested, this, [this] {
        if (!m_health->isDamaged())
            m_health->checkNow();
        switchToRecovery(m_damage.isEmpty()
                ? tr("The journal cannot be read whole, so it cannot be backed up before a "
                     "restore. The backup can replace it here instead.")
                : m_damage,
            m_damageDetail);
    });
    if (m_session->lostWal()) {
        m_damage = tr("Rekindle was stopped without closing the journal, and the file that "
                      "held its last saves (journal.sqlite3-wal) is gone. What was saved "
                      "shortly before may be missing.");
        banner->showNotice(
            m_damage + u' ' + tr("A backup may still hold it: Recovery Options lists them."),
            NoticeBanner::Kind::Note);
        m_session->acknowledgeLostWal();
    }
    if (!m_session->readOnlyReason().isEmpty())
        showReadOnly();
    if (m_privacy)
        addPrivacyActions();
    m_window->show();
    m_health->start();
    if (m_recovery) {
        m_recovery->close();
        m_recovery->deleteLater();
    }
    // The welcome comes once per journal, never over a sample journal, and offers
    // encryption to a journal that has none yet.
    if (!m_session->isSample())
        QTimer::singleShot(0, m_window.get(), [this] {
            WelcomeDialog *welcome = m_window->careActions()->welcomeIfFirstRun();
            if (!welcome || !m_privacyActions || m_privacy->isEncrypted())
                return;
            welcome->offerEncryption();
            connect(welcome, &WelcomeDialog::encryptionRequested, m_privacyActions.data(),
                [actions = m_privacyActions] {
                    // After the welcome has closed, not inside its click.
                    QTimer::singleShot(0, actions, [actions] { actions->turnOn(); });
                });
        });
}

void JournalWindows::addPrivacyActions()
{
    auto *actions = new PrivacyActions(*m_privacy, m_window.get());
    m_privacyActions = actions;
    auto *lockAction = new QAction(tr("&Lock Journal"), m_window.get());
    lockAction->setObjectName(u"actionLock"_s);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setStatusTip(tr("Lock the journal now: your passphrase opens it again"));
    lockAction->setEnabled(m_privacy->isEncrypted());
    connect(lockAction, &QAction::triggered, this, &JournalWindows::lock);
    connect(actions, &PrivacyActions::changed, lockAction,
        [this, lockAction] { lockAction->setEnabled(m_privacy->isEncrypted()); });
    if (auto *file = m_window->menuBar()->findChild<QMenu *>(u"menuFile"_s)) {
        QAction *quit = m_window->findChild<QAction *>(u"actionQuit"_s);
        file->insertAction(quit, lockAction);
        file->insertSeparator(quit);
    }
    // The sample journal stays plain: it is never offered encryption.
    if (!m_session->isSample())
        connect(m_window.get(), &MainWindow::preferencesOpening, actions,
            [actions](PreferencesDialog &dialog) { addPrivacyPreferences(dialog, *actions); });
    QStatusBar *status = m_window->statusBar();
    connect(m_privacy.get(), &JournalPrivacy::searchIndexProgress, status,
        [status](qint64 done, qint64 total) {
            if (total > 0 && done < total)
                status->showMessage(
                    tr("Preparing search: %1%").arg(int(done * 100 / total)), 10000);
        });
    connect(m_privacy.get(), &JournalPrivacy::searchIndexReady, status,
        [status] { status->showMessage(tr("Search is ready."), 4000); });
}

void JournalWindows::showUnlock()
{
    if (!m_unlock) {
        m_unlock = std::make_unique<UnlockWindow>(*m_privacy);
        connect(m_unlock.get(), &UnlockWindow::quitRequested, m_unlock.get(), &QWidget::close);
    }
    m_unlock->clear();
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void JournalWindows::onUnlocked()
{
    if (m_locking && m_window) {
        // Opened again before the lock had finished: the same window comes back.
        m_locking = false;
        m_closing.clear();
        m_window->show();
    } else {
        m_locking = false;
        showMain();
    }
    if (m_unlock) {
        m_unlock->hide();
        // Later: this runs inside the unlock window's own signal.
        QTimer::singleShot(0, this, [this] {
            if (m_unlock && !m_unlock->isVisible())
                m_unlock.reset();
        });
    }
}

void JournalWindows::lock()
{
    if (!m_privacy || !m_window || m_locking || m_privacy->isLocked() || !m_privacy->isEncrypted())
        return;
    if (!m_window->flushAll()) {
        m_window->saveBanner()->showNotice(
            tr("Not locked: some of your writing could not be saved yet, and locking now "
               "would lose it. Rekindle keeps trying to save it."));
        return;
    }
    m_locking = true;
    m_lockWaits = 0;
    // Shown first, so that hiding the main window is not the last window closing.
    showUnlock();
    m_window->hide();
    closeTextWindows();
    QTimer::singleShot(0, this, &JournalWindows::finishLock);
}

void JournalWindows::closeTextWindows()
{
    for (int guard = 0; guard < 16 && QApplication::activePopupWidget(); ++guard)
        QApplication::activePopupWidget()->close();
    const QWidgetList windows = QApplication::topLevelWidgets();
    QList<QPointer<QWidget>> open;
    for (QWidget *window : windows)
        if (window->isVisible() && window != m_unlock.get() && window != m_window.get()
            && window != m_recovery)
            open << window;
    for (const QPointer<QWidget> &window : std::as_const(open)) {
        if (!window)
            continue;
        if (auto *key = qobject_cast<RecoveryKeyDialog *>(window.data())) {
            m_closing << key;
            key->closeForLock();
        } else if (auto *dialog = qobject_cast<QDialog *>(window.data())) {
            m_closing << dialog;
            // reject() first: dialogs keep their drafts there (done()).
            dialog->reject();
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        } else {
            window->close();
        }
        if (window && window->isVisible())
            window->hide();
    }
}

void JournalWindows::finishLock()
{
    if (!m_locking)
        return;
    // Anything opened meanwhile (a dialog's caller may ask again once it returns) closes too.
    closeTextWindows();
    // The main window goes only after every exec() of a dialog over it has returned: its
    // caller's stack frame (and a dialog on it) would otherwise outlive the window.
    const bool nested = QThread::currentThread()->loopLevel() > m_outerLoopLevel
        || QApplication::activeModalWidget() || QApplication::activePopupWidget();
    bool stillModal = false;
    for (const QPointer<QDialog> &dialog : std::as_const(m_closing))
        stillModal = stillModal || (dialog && dialog->testAttribute(Qt::WA_ShowModal));
    ++m_lockWaits;
    if (nested || (stillModal && m_lockWaits < 50)) {
        // Nothing is on screen meanwhile; the key goes after two seconds at the latest.
        if (m_lockWaits == 100)
            m_privacy->lock();
        QTimer::singleShot(20, this, &JournalWindows::finishLock);
        return;
    }
    m_closing.clear();
    m_window->close();
    m_window.reset();
    m_health.reset();
    m_privacy->lock();
    m_locking = false;
}

void JournalWindows::showReadOnly()
{
    // Plain text fields turn read-only, so that nothing is typed that cannot be kept; what
    // is left (a button that adds a record) is refused by the journal with its reason.
    SearchBar *search = m_window->searchBar();
    const auto makeReadOnly = [search](QWidget *root) {
        const auto outsideSearch = [search](QWidget *widget) {
            return search == nullptr || (widget != search && !search->isAncestorOf(widget));
        };
        for (QTextEdit *edit : root->findChildren<QTextEdit *>())
            edit->setReadOnly(true);
        for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
            edit->setReadOnly(true);
        for (QLineEdit *edit : root->findChildren<QLineEdit *>())
            if (outsideSearch(edit))
                edit->setReadOnly(true);
    };
    makeReadOnly(m_window.get());
    // Pages not shown yet are built later: theirs too.
    connect(m_window.get(), &MainWindow::pageBuilt, this,
        [makeReadOnly](StepPage *page) { makeReadOnly(page); });

    // A banner, not a dialog: the journal can still be read, searched and exported.
    NoticeBanner *banner = m_window->journalBanner();
    const QString reason = m_session->readOnlyReason();
    banner->showNotice(reason, NoticeBanner::Kind::Note);
    if (!m_session->canAllowChanges())
        return;
    // The person set these modes, maybe on purpose: ask before changing them back.
    QPushButton *allow = banner->addButton(tr("&Allow Changes…"));
    allow->setObjectName(u"allowChangesButton"_s);
    connect(allow, &QPushButton::clicked, this, [this, banner, reason] {
        QMessageBox box(QMessageBox::Question, tr("Rekindle"),
            tr("Allow Rekindle to change this journal?"), QMessageBox::NoButton, m_window.get());
        box.setObjectName(u"allowChangesQuestion"_s);
        box.setInformativeText(tr("Its folder or file was set so that it cannot be changed. "
                                  "Rekindle can give you, its owner, write permission again "
                                  "and open the journal for writing. Nothing else changes."));
        QPushButton *yes = box.addButton(tr("Allow Changes"), QMessageBox::AcceptRole);
        box.addButton(tr("Keep Read-Only"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != yes)
            return;
        if (Status status = m_session->allowChanges(); !status) {
            banner->showNotice(reason + u' ' + status.error().message, NoticeBanner::Kind::Note);
            return;
        }
        // Later: this runs inside a slot of the window that opening again replaces.
        QTimer::singleShot(0, this, [this] { open(); });
    });
}

void JournalWindows::showRecovery(const QString &problem, const QString &detail)
{
    const QString directory = m_session ? JournalModels(m_session->journal()).directory()
                                        : JournalSession::directoryFor(m_options);
    auto *recovery = new RecoveryWindow(directory, problem, detail);
    recovery->setAttribute(Qt::WA_DeleteOnClose);
    connect(recovery, &RecoveryWindow::journalRestored, this,
        [this] { QTimer::singleShot(0, this, [this] { open(); }); });
    connect(recovery, &RecoveryWindow::openFolderRequested, this, &JournalWindows::openFolder);
    connect(recovery, &RecoveryWindow::quitRequested, recovery, &QWidget::close);
    if (m_recovery) {
        m_recovery->close();
        m_recovery->deleteLater();
    }
    m_recovery = recovery;
    recovery->show();
}

void JournalWindows::switchToRecovery(const QString &problem, const QString &detail)
{
    if (!m_window)
        return;
    // Shown first, so that closing the main window is not the last window closing.
    showRecovery(problem, detail);
    if (!m_window->close()) {
        m_recovery->close();
        return;
    }
    // Later: this may run inside a slot of the window being closed.
    QTimer::singleShot(0, this, [this] {
        m_window.reset();
        m_health.reset();
        m_session.reset();
    });
}

void JournalWindows::openFolder(const QString &directory)
{
    m_options.dataDir = directory;
    m_options.demo = false;
    QTimer::singleShot(0, this, [this] { open(); });
}

} // namespace Rekindle
