// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeJournalEncryption.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Rekindle::Test {
namespace {

    /// Opens when the secret matches, after an optional delay; records its thread.
    class FakeAttempt final : public UnlockAttempt {
    public:
        FakeAttempt(bool matches, int delayMs, QAtomicPointer<QThread> &thread)
            : m_matches(matches)
            , m_delayMs(delayMs)
            , m_thread(thread)
        {
        }

        Outcome run() override
        {
            m_thread.storeRelease(QThread::currentThread());
            if (m_delayMs > 0)
                QThread::msleep(m_delayMs);
            m_outcome = m_matches ? Outcome::Opened : Outcome::WrongSecret;
            return m_outcome;
        }
        Outcome outcome() const override { return m_outcome; }
        QString message() const override
        {
            return m_outcome == Outcome::WrongSecret
                ? u"That passphrase does not open this journal."_s
                : QString();
        }

    private:
        bool m_matches;
        int m_delayMs;
        QAtomicPointer<QThread> &m_thread;
        Outcome m_outcome = Outcome::NotRun;
    };

    QString compact(const QString &key)
    {
        QString out;
        for (const QChar c : key)
            if (c.isLetterOrNumber())
                out += c.toUpper();
        return out;
    }

} // namespace

FakeJournalEncryption::FakeJournalEncryption(State state, QObject *parent)
    : JournalEncryption(parent)
    , m_state(state)
{
}

QString FakeJournalEncryption::sampleRecoveryKey()
{
    return u"7K3QD-M2VXR-9TB4H-CN6WE-P8GJA-YZ5FK-3RD7Q-WM2XV-H9TB4-NC6EP-8GJ0A"_s;
}

std::unique_ptr<UnlockAttempt> FakeJournalEncryption::attemptPassphrase(const QString &typed) const
{
    return std::make_unique<FakeAttempt>(typed == passphrase, attemptDelayMs, lastRunThread);
}

std::unique_ptr<UnlockAttempt> FakeJournalEncryption::attemptRecoveryKey(const QString &typed) const
{
    return std::make_unique<FakeAttempt>(
        compact(typed) == compact(sampleRecoveryKey()), attemptDelayMs, lastRunThread);
}

Status FakeJournalEncryption::unlock(UnlockAttempt &attempt)
{
    if (attempt.outcome() != UnlockAttempt::Outcome::Opened)
        return Error { u"Not opened."_s, {} };
    ++unlockCount;
    setState(State::Unlocked);
    Q_EMIT searchIndexProgress(0, 2);
    Q_EMIT searchIndexProgress(2, 2);
    Q_EMIT searchIndexReady();
    return {};
}

void FakeJournalEncryption::lock()
{
    ++lockCount;
    setState(State::Locked);
}

namespace {
    /// Keeps the passphrases for finish*, after an optional delay; records its thread.
    class FakeWork final : public PassphraseWork {
    public:
        FakeWork(QString current, QString next, int delayMs, QAtomicPointer<QThread> &thread)
            : m_current(std::move(current))
            , m_next(std::move(next))
            , m_delayMs(delayMs)
            , m_thread(thread)
        {
        }

        void run() override
        {
            m_thread.storeRelease(QThread::currentThread());
            if (m_delayMs > 0)
                QThread::msleep(m_delayMs);
            m_ran = true;
        }

        QString m_current;
        QString m_next;
        bool m_ran = false;

    private:
        int m_delayMs;
        QAtomicPointer<QThread> &m_thread;
    };
} // namespace

std::unique_ptr<PassphraseWork> FakeJournalEncryption::prepareTurnOn(
    const QString &newPassphrase) const
{
    return std::make_unique<FakeWork>(QString(), newPassphrase, attemptDelayMs, lastRunThread);
}

Result<QString> FakeJournalEncryption::finishTurnOn(
    PassphraseWork &work, const RewriteProgress &progress)
{
    if (m_state != State::Plain)
        return Error { u"Already encrypted."_s, {} };
    auto &fake = dynamic_cast<FakeWork &>(work);
    if (!fake.m_ran)
        return Error { u"Not run."_s, {} };
    const QString newPassphrase = fake.m_next;
    for (int i = 0; i <= turnOnSteps; ++i)
        if (progress && !progress(i, turnOnSteps))
            return Error { u"Cancelled."_s, {} };
    passphrase = newPassphrase;
    setState(State::Unlocked);
    return sampleRecoveryKey();
}

Status FakeJournalEncryption::turnOff(const RewriteProgress &progress)
{
    if (m_state != State::Unlocked)
        return Error { u"Not unlocked."_s, {} };
    if (progress && !progress(1, 1))
        return Error { u"Cancelled."_s, {} };
    setState(State::Plain);
    return {};
}

std::unique_ptr<PassphraseWork> FakeJournalEncryption::prepareChangePassphrase(
    const QString &current, const QString &next) const
{
    return std::make_unique<FakeWork>(current, next, attemptDelayMs, lastRunThread);
}

Status FakeJournalEncryption::finishChangePassphrase(PassphraseWork &work)
{
    auto &fake = dynamic_cast<FakeWork &>(work);
    if (!fake.m_ran)
        return Error { u"Not run."_s, {} };
    if (fake.m_current != passphrase)
        return Error { u"That passphrase does not open this journal."_s, {} };
    passphrase = fake.m_next;
    return {};
}

Result<QString> FakeJournalEncryption::replaceRecoveryKey()
{
    if (m_state != State::Unlocked)
        return Error { u"Not unlocked."_s, {} };
    return sampleRecoveryKey();
}

Status FakeJournalEncryption::deletePlainBackups()
{
    m_plainBackups.clear();
    return {};
}

void FakeJournalEncryption::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Rekindle::Test
