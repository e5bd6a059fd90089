// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalWindows.h"

#include "CareActions.h"
#include "MainWindow.h"
#include "RecoveryWindow.h"
#include "models/JournalHealth.h"
#include "models/JournalModels.h"
#include "models/JournalSession.h"
#include "widgets/NoticeBanner.h"
#include "widgets/SearchBar.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
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
{
}

JournalWindows::~JournalWindows()
{
    delete m_recovery;
    m_window.reset();
    m_health.reset();
    m_session.reset();
}

bool JournalWindows::start()
{
    return open();
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
    m_window.reset();
    m_health.reset();
    m_session = std::move(session).value();
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
    m_window->show();
    m_health->start();
    if (m_recovery) {
        m_recovery->close();
        m_recovery->deleteLater();
    }
    // The welcome comes once per journal, never over a sample journal.
    if (!m_session->isSample())
        QTimer::singleShot(0, m_window->careActions(), &CareActions::welcomeIfFirstRun);
}

void JournalWindows::showReadOnly()
{
    // Plain text fields turn read-only, so that nothing is typed that cannot be kept; what
    // is left (a button that adds a record) is refused by the journal with its reason.
    SearchBar *search = m_window->searchBar();
    const auto outsideSearch = [search](QWidget *widget) {
        return search == nullptr || (widget != search && !search->isAncestorOf(widget));
    };
    for (QTextEdit *edit : m_window->findChildren<QTextEdit *>())
        edit->setReadOnly(true);
    for (QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>())
        edit->setReadOnly(true);
    for (QLineEdit *edit : m_window->findChildren<QLineEdit *>())
        if (outsideSearch(edit))
            edit->setReadOnly(true);

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
