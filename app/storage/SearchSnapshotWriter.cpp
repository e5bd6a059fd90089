// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchSnapshotWriter.h"

#include "SearchSnapshot.h"
#include "crypto/ValueSealer.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace Rekindle::SearchSnapshotWriter {
namespace {

    /// Zeroes the image's bytes unless another QByteArray still shares them (the builder's
    /// result, which the window has copied into its index by then), then lets it go.
    void wipe(QByteArray &image)
    {
        if (image.isDetached())
            image.fill(0);
        image = QByteArray();
    }

    struct Job {
        QString path;
        std::unique_ptr<ValueSealer> sealer;
        QByteArray state;
        QByteArray image;
        /// Instead of image when not empty.
        SqliteHandle::Pages pages;

        QByteArrayView bytes() const
        {
            return pages.isEmpty() ? QByteArrayView(image) : pages.view();
        }
        void wipe()
        {
            SearchSnapshotWriter::wipe(image);
            pages = {};
        }
    };

    /// The queue and its one worker, which ends when the queue is empty.
    class Writer {
    public:
        ~Writer()
        {
            // At exit: the window is gone, and a snapshot written now spares the next unlock a
            // rebuild.
            wait(-1);
            if (m_thread.joinable())
                m_thread.join();
        }

        void start(Job job)
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(job));
            if (m_running)
                return;
            // The previous worker has left its loop (it cleared m_running under the mutex).
            if (m_thread.joinable())
                m_thread.join();
            m_running = true;
            m_thread = std::thread([this] { run(); });
        }

        bool wait(int msecs)
        {
            std::unique_lock lock(m_mutex);
            const auto idle = [this] { return !m_running; };
            if (msecs < 0) {
                m_idle.wait(lock, idle);
                return true;
            }
            return m_idle.wait_for(lock, std::chrono::milliseconds(msecs), idle);
        }

        void cancelAll()
        {
            {
                std::lock_guard lock(m_mutex);
                m_cancel = true;
                for (Job &job : m_queue)
                    job.wipe();
                m_queue.clear();
            }
            wait(-1);
            m_cancel = false;
        }

    private:
        void run()
        {
            for (;;) {
                Job job;
                {
                    std::lock_guard lock(m_mutex);
                    // A later write of the same file makes this one's pointless.
                    while (!m_queue.empty()) {
                        const QString &path = m_queue.front().path;
                        bool superseded = false;
                        for (auto it = m_queue.cbegin() + 1; it != m_queue.cend(); ++it)
                            superseded = superseded || it->path == path;
                        if (!superseded)
                            break;
                        m_queue.front().wipe();
                        m_queue.pop_front();
                    }
                    if (m_queue.empty()) {
                        m_running = false;
                        m_idle.notify_all();
                        return;
                    }
                    job = std::move(m_queue.front());
                    m_queue.pop_front();
                }
                const Status written = SearchSnapshot::write(
                    job.path, *job.sealer, job.state, job.bytes(), &m_cancel);
                job.wipe();
                if (!written && !m_cancel)
                    // The one on disk is older: found stale at the next unlock and rebuilt.
                    qWarning("Rekindle: the search snapshot could not be written: %s",
                        qPrintable(written.error().detail));
            }
        }

        std::mutex m_mutex;
        std::condition_variable m_idle;
        std::deque<Job> m_queue;
        bool m_running = false;
        std::atomic_bool m_cancel = false;
        std::thread m_thread;
    };

    Writer &writer()
    {
        static Writer instance;
        return instance;
    }

} // namespace

void start(const QString &path, ValueSealer sealer, const QByteArray &state, QByteArray image)
{
    writer().start(
        { path, std::make_unique<ValueSealer>(std::move(sealer)), state, std::move(image), {} });
}

void start(
    const QString &path, ValueSealer sealer, const QByteArray &state, SqliteHandle::Pages pages)
{
    writer().start({ path, std::make_unique<ValueSealer>(std::move(sealer)), state, QByteArray(),
        std::move(pages) });
}

bool wait(int msecs)
{
    return writer().wait(msecs);
}

void cancelAll()
{
    writer().cancelAll();
}

} // namespace Rekindle::SearchSnapshotWriter
