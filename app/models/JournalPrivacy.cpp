// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalPrivacy.h"

#include "JournalNotes.h"
#include "PendingDeletes.h"
#include "storage/Journal.h"
#include "storage/JournalEncryption.h"

#include <QEvent>
#include <QEventLoop>
#include <QSet>
#include <QThread>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString IdleMinutesKey = u"privacy/idleMinutes"_s;
    const QString LockOnSystemLockKey = u"privacy/lockOnSystemLock"_s;

    bool isActivity(QEvent::Type type)
    {
        switch (type) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            return true;
        default:
            return false;
        }
    }

} // namespace

JournalPrivacy::JournalPrivacy(Journal &journal, JournalEncryption &encryption, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_encryption(encryption)
    , m_notes(new JournalNotes(journal, this))
{
    m_idleTimer.setInterval(DefaultCheckIntervalMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &JournalPrivacy::checkIdle);
    connect(&encryption, &JournalEncryption::searchIndexProgress, this,
        &JournalPrivacy::searchIndexProgress);
    connect(
        &encryption, &JournalEncryption::searchIndexReady, this, &JournalPrivacy::searchIndexReady);
    connect(&encryption, &JournalEncryption::stateChanged, this, [this] { restartIdleTimer(); });
    restartIdleTimer();
}

JournalPrivacy::~JournalPrivacy()
{
    // The attempt holds no journal state, but its result must not arrive at a dead object.
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

bool JournalPrivacy::isEncrypted() const
{
    return m_encryption.isEncrypted();
}

bool JournalPrivacy::isLocked() const
{
    return m_encryption.state() == JournalEncryption::State::Locked;
}

void JournalPrivacy::unlockWithPassphrase(const QString &passphrase)
{
    if (isBusy() || !isLocked())
        return;
    if (passphrase.isEmpty()) {
        Q_EMIT unlockFailed(tr("Type your passphrase to open the journal."));
        return;
    }
    startAttempt(m_encryption.attemptPassphrase(passphrase));
}

void JournalPrivacy::unlockWithRecoveryKey(const QString &recoveryKey)
{
    if (isBusy() || !isLocked())
        return;
    if (recoveryKey.trimmed().isEmpty()) {
        Q_EMIT unlockFailed(tr("Type your recovery key to open the journal."));
        return;
    }
    startAttempt(m_encryption.attemptRecoveryKey(recoveryKey));
}

void JournalPrivacy::startAttempt(std::unique_ptr<UnlockAttempt> attempt)
{
    // Shared with the worker: the attempt lives until both sides are done with it.
    std::shared_ptr<UnlockAttempt> shared(std::move(attempt));
    m_worker = QThread::create([shared] { shared->run(); });
    m_worker->setObjectName(u"unlockAttempt"_s);
    // Queued: finished() comes from the worker thread; the key is installed on ours.
    connect(m_worker, &QThread::finished, this, [this, shared] {
        m_worker->deleteLater();
        m_worker = nullptr;
        Q_EMIT busyChanged(false);
        finishAttempt(*shared);
    });
    Q_EMIT busyChanged(true);
    m_worker->start();
}

void JournalPrivacy::finishAttempt(UnlockAttempt &attempt)
{
    if (attempt.outcome() != UnlockAttempt::Outcome::Opened) {
        Q_EMIT unlockFailed(attempt.message());
        return;
    }
    if (Status status = m_encryption.unlock(attempt); !status) {
        Q_EMIT unlockFailed(status.error().message);
        return;
    }
    m_lastActivity = m_journal.clock().now();
    restartIdleTimer();
    Q_EMIT unlocked();
}

void JournalPrivacy::requestLock()
{
    if (m_encryption.state() == JournalEncryption::State::Unlocked)
        Q_EMIT lockRequested();
}

void JournalPrivacy::systemLocked()
{
    if (locksOnSystemLock())
        requestLock();
}

void JournalPrivacy::lock()
{
    if (m_encryption.state() != JournalEncryption::State::Unlocked)
        return;
    // Locking closes the door on the journal's text: a delete waiting for its undo is carried
    // out while it can still be.
    (void)PendingDeletes::commitPending(m_journal);
    m_encryption.lock();
    restartIdleTimer();
    Q_EMIT locked();
}

void JournalPrivacy::noteActivity()
{
    m_lastActivity = m_journal.clock().now();
}

void JournalPrivacy::checkIdle()
{
    if (m_encryption.state() != JournalEncryption::State::Unlocked)
        return;
    const int minutes = idleMinutes();
    if (minutes <= 0)
        return;
    if (!m_lastActivity.isValid())
        m_lastActivity = m_journal.clock().now();
    if (m_lastActivity.secsTo(m_journal.clock().now()) >= qint64(minutes) * 60)
        requestLock();
}

void JournalPrivacy::watchActivity(QObject *source)
{
    source->installEventFilter(this);
}

bool JournalPrivacy::eventFilter(QObject *watched, QEvent *event)
{
    if (isActivity(event->type()))
        noteActivity();
    return QObject::eventFilter(watched, event);
}

void JournalPrivacy::setCheckInterval(int milliseconds)
{
    m_idleTimer.setInterval(milliseconds);
}

void JournalPrivacy::restartIdleTimer()
{
    if (m_encryption.state() == JournalEncryption::State::Unlocked) {
        if (!m_idleTimer.isActive())
            m_idleTimer.start();
    } else {
        m_idleTimer.stop();
        m_lastActivity = {};
    }
}

int JournalPrivacy::idleMinutes() const
{
    // Unreadable while locked: the default then, which is never used for a lock anyway.
    bool ok = false;
    const int stored = m_notes->text(IdleMinutesKey).toInt(&ok);
    return ok ? std::clamp(stored, 0, MaxIdleMinutes) : DefaultIdleMinutes;
}

Status JournalPrivacy::setIdleMinutes(int minutes)
{
    if (minutes < 0 || minutes > MaxIdleMinutes)
        return Error { tr("Choose between 0 (never) and %1 minutes.").arg(MaxIdleMinutes), {} };
    return m_notes->setText(IdleMinutesKey, QString::number(minutes));
}

bool JournalPrivacy::locksOnSystemLock() const
{
    return m_notes->flag(LockOnSystemLockKey, true);
}

Status JournalPrivacy::setLocksOnSystemLock(bool on)
{
    return m_notes->setFlag(LockOnSystemLockKey, on);
}

void JournalPrivacy::runOffThread(const std::function<void()> &work)
{
    m_keyWork = true;
    Q_EMIT keyWorkChanged(true);
    QEventLoop loop;
    QThread *thread = QThread::create(work);
    thread->setObjectName(u"passphraseWork"_s);
    // Queued: finished() comes from the worker thread, and may come before exec() runs.
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    m_keyWork = false;
    Q_EMIT keyWorkChanged(false);
}

Result<QString> JournalPrivacy::turnOn(const QString &passphrase, const Progress &progress)
{
    if (passphrase.isEmpty())
        return Error { tr("Choose a passphrase first."), {} };
    if (isBusy())
        return Error { tr("Rekindle is still busy with your passphrase. Try again in a moment.") };
    const std::unique_ptr<PassphraseWork> work = m_encryption.prepareTurnOn(passphrase);
    runOffThread([&work] { work->run(); });
    auto key = m_encryption.finishTurnOn(*work, progress);
    if (key)
        restartIdleTimer();
    return key;
}

Status JournalPrivacy::turnOff(const QString &passphrase, const Progress &progress)
{
    if (isBusy())
        return Error { tr("Rekindle is still busy with your passphrase. Try again in a moment.") };
    // The same check as unlocking: only the person who knows the passphrase turns it off.
    std::unique_ptr<UnlockAttempt> attempt = m_encryption.attemptPassphrase(passphrase);
    runOffThread([&attempt] { attempt->run(); });
    if (attempt->outcome() != UnlockAttempt::Outcome::Opened)
        return Error { attempt->message(), {} };
    Status status = m_encryption.turnOff(progress);
    restartIdleTimer();
    return status;
}

Status JournalPrivacy::changePassphrase(const QString &current, const QString &next)
{
    if (next.isEmpty())
        return Error { tr("Choose a new passphrase first."), {} };
    if (isBusy())
        return Error { tr("Rekindle is still busy with your passphrase. Try again in a moment.") };
    const std::unique_ptr<PassphraseWork> work
        = m_encryption.prepareChangePassphrase(current, next);
    runOffThread([&work] { work->run(); });
    return m_encryption.finishChangePassphrase(*work);
}

Result<QString> JournalPrivacy::replaceRecoveryKey()
{
    return m_encryption.replaceRecoveryKey();
}

QStringList JournalPrivacy::plainBackups() const
{
    return m_encryption.plainBackups();
}

Status JournalPrivacy::deletePlainBackups()
{
    return m_encryption.deletePlainBackups();
}

QString JournalPrivacy::strengthHint(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return {};
    // A rough guess count: the characters' variety to the power of the length, with repeats
    // counted once; only to say something kind and useful, never to refuse.
    bool lower = false, upper = false, digit = false, other = false, wide = false;
    QSet<uint> distinct;
    const QList<uint> codePoints = passphrase.toUcs4();
    for (const uint c : codePoints) {
        distinct.insert(c);
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 128)
            other = true;
        else
            wide = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0)
        + (wide ? 100 : 0);
    const qsizetype effective = std::min(codePoints.size(), distinct.size() * 2);
    const double bits = double(effective) * std::log2(double(std::max(pool, 2)));
    if (bits < 50)
        return tr("Easy to guess for now. A few unrelated words, like a short odd sentence, "
                  "are easy to remember and much harder to guess.");
    if (bits < 80)
        return tr("A fair start. One more word would make it much harder to guess.");
    return tr("Hard to guess. Keep it where only you can find it.");
}

} // namespace Rekindle
