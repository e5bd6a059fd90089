// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseReader.h"

#include "core/Translation.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <iterator>
#include <utility>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::PassphraseReader", text);
    }

    /// Zeroes memory in a way the compiler may not leave out (the buffer is about to die, which
    /// is exactly when an ordinary memset is optimised away).
    void zero(void *data, size_t size)
    {
        volatile auto *p = static_cast<volatile unsigned char *>(data);
        while (size--)
            *p++ = 0;
    }

    void zero(QByteArray &bytes)
    {
        if (!bytes.isEmpty())
            zero(bytes.data(), size_t(bytes.size()));
        bytes.clear();
    }

    Error tooLong()
    {
        return Error {
            tr("The passphrase is too long (at most %1 bytes).").arg(PassphraseReader::MaxBytes)
        };
    }

    /// The passphrase's UTF-8, strictly: a file in another encoding is refused rather than
    /// read as another passphrase.
    Result<QString> decode(QByteArrayView utf8)
    {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(utf8);
        if (decoder.hasError()) {
            PassphraseReader::wipe(text);
            return Error { tr("The passphrase is not valid UTF-8 text.") };
        }
        return text;
    }

#if defined(Q_OS_UNIX)
    // What the terminal was like before echo was turned off, for a signal that ends the
    // process while a passphrase is being typed: the person's terminal must not stay silent.
    int g_terminal = -1;
    termios g_saved {};
    constexpr int Signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP };
    struct sigaction g_previous[std::size(Signals)] {};

    void restoreAndRaise(int signal)
    {
        if (g_terminal >= 0)
            tcsetattr(g_terminal, TCSAFLUSH, &g_saved);
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }

    void writeAll(int fd, const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n <= 0)
                return;
            done += n;
        }
    }

    /// One line from the controlling terminal (/dev/tty), so that a passphrase is asked even
    /// when stdin and stdout are redirected, and never read from a pipe by accident.
    Result<QByteArray> readTerminalLine(const QString &prompt, bool echo, bool &noTerminal)
    {
        const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
        noTerminal = fd < 0;
        if (fd < 0)
            return Error {};
        termios saved {};
        const bool isTerminal = tcgetattr(fd, &saved) == 0;
        if (!isTerminal) {
            ::close(fd);
            noTerminal = true;
            return Error {};
        }
        // Echo goes off before the prompt is shown: what is typed once the prompt is there is
        // never echoed, and nothing typed earlier (and echoed) is taken as the passphrase.
        if (!echo) {
            g_terminal = fd;
            g_saved = saved;
            struct sigaction action { };
            action.sa_handler = restoreAndRaise;
            sigemptyset(&action.sa_mask);
            for (std::size_t i = 0; i < std::size(Signals); ++i)
                sigaction(Signals[i], &action, &g_previous[i]);
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= tcflag_t(ICANON);
            tcsetattr(fd, TCSAFLUSH, &quiet);
        }
        writeAll(fd, prompt.toUtf8());
        QByteArray line(PassphraseReader::MaxBytes + 1, '\0');
        qsizetype length = 0;
        bool overlong = false;
        bool ended = false;
        for (;;) {
            char c = 0;
            const ssize_t n = ::read(fd, &c, 1);
            if (n <= 0 || c == '\n') {
                ended = n > 0;
                break;
            }
            if (length < line.size())
                line[length++] = c;
            else
                overlong = true;
            zero(&c, 1);
        }
        if (!echo) {
            tcsetattr(fd, TCSANOW, &saved);
            for (std::size_t i = 0; i < std::size(Signals); ++i)
                sigaction(Signals[i], &g_previous[i], nullptr);
            g_terminal = -1;
            // The Enter typed was not echoed either.
            writeAll(fd, "\n");
        }
        ::close(fd);
        if (overlong || length > PassphraseReader::MaxBytes) {
            zero(line);
            return tooLong();
        }
        if (!ended && length == 0) {
            zero(line);
            return Error { tr("No passphrase was typed.") };
        }
        if (length > 0 && line[length - 1] == '\r')
            --length;
        // Keep only what was typed: truncate in place, then the rest of the buffer is zero.
        line.truncate(length);
        return line;
    }
#elif defined(Q_OS_WIN)
    /// One line from the console (CONIN$), echo off unless `echo`, so that it is asked even
    /// when the standard streams are redirected.
    Result<QByteArray> readTerminalLine(const QString &prompt, bool echo, bool &noTerminal)
    {
        HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE,
            FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
        DWORD mode = 0;
        noTerminal = in == INVALID_HANDLE_VALUE || !GetConsoleMode(in, &mode);
        if (noTerminal) {
            if (in != INVALID_HANDLE_VALUE)
                CloseHandle(in);
            return Error {};
        }
        HANDLE out = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE,
            FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
        DWORD written = 0;
        if (!echo)
            SetConsoleMode(in, (mode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT);
        if (out != INVALID_HANDLE_VALUE)
            WriteConsoleW(out, reinterpret_cast<const wchar_t *>(prompt.utf16()),
                DWORD(prompt.size()), &written, nullptr);
        wchar_t buffer[PassphraseReader::MaxBytes + 2] = {};
        DWORD read = 0;
        const bool ok = ReadConsoleW(in, buffer, DWORD(std::size(buffer)), &read, nullptr);
        SetConsoleMode(in, mode);
        if (!echo && out != INVALID_HANDLE_VALUE)
            WriteConsoleW(out, L"\r\n", 2, &written, nullptr);
        DWORD length = ok ? read : 0;
        const bool ended = length > 0 && buffer[length - 1] == L'\n';
        while (length > 0 && (buffer[length - 1] == L'\n' || buffer[length - 1] == L'\r'))
            --length;
        if (ok && !ended && read == std::size(buffer)) {
            // Longer than the buffer: drop the rest of the line, refuse it.
            wchar_t rest[64];
            DWORD more = 0;
            while (ReadConsoleW(in, rest, DWORD(std::size(rest)), &more, nullptr) && more > 0
                && rest[more - 1] != L'\n') { }
            zero(rest, sizeof rest);
            zero(buffer, sizeof buffer);
            CloseHandle(in);
            if (out != INVALID_HANDLE_VALUE)
                CloseHandle(out);
            return tooLong();
        }
        QString text = QString::fromWCharArray(buffer, int(length));
        zero(buffer, sizeof buffer);
        CloseHandle(in);
        if (out != INVALID_HANDLE_VALUE)
            CloseHandle(out);
        QByteArray utf8 = text.toUtf8();
        PassphraseReader::wipe(text);
        if (utf8.size() > PassphraseReader::MaxBytes) {
            zero(utf8);
            return tooLong();
        }
        return utf8;
    }
#else
    Result<QByteArray> readTerminalLine(const QString &, bool, bool &noTerminal)
    {
        noTerminal = true;
        return Error {};
    }
#endif

} // namespace

PassphraseReader::PassphraseReader(QString file, QString fileOption)
    : m_file(std::move(file))
    , m_fileOption(std::move(fileOption))
{
}

bool PassphraseReader::hasTerminal()
{
#if defined(Q_OS_UNIX)
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    termios attributes {};
    const bool terminal = tcgetattr(fd, &attributes) == 0;
    ::close(fd);
    return terminal;
#elif defined(Q_OS_WIN)
    HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
    if (in == INVALID_HANDLE_VALUE)
        return false;
    DWORD mode = 0;
    const bool console = GetConsoleMode(in, &mode);
    CloseHandle(in);
    return console;
#else
    return false;
#endif
}

void PassphraseReader::wipe(QString &passphrase)
{
    if (!passphrase.isEmpty())
        zero(passphrase.data(), size_t(passphrase.size()) * sizeof(QChar));
    passphrase.clear();
}

Result<QString> PassphraseReader::readFile(const QString &filePath)
{
    const QString shown = QDir::toNativeSeparators(filePath);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            tr("The passphrase file %1 cannot be read: %2").arg(shown, file.errorString())
        };
    // One byte more than the longest line: a longer first line is refused, not cut.
    QByteArray line = file.readLine(MaxBytes + 4);
    const bool ended = line.endsWith('\n');
    if (!ended && !file.atEnd()) {
        zero(line);
        return tooLong();
    }
    if (ended)
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    if (line.size() > MaxBytes) {
        zero(line);
        return tooLong();
    }
    if (line.isEmpty())
        return Error { tr("The first line of the passphrase file %1 is empty.").arg(shown) };
    auto text = decode(line);
    zero(line);
    return text;
}

Result<QString> PassphraseReader::readTerminal(const QString &prompt, bool echo)
{
    bool noTerminal = false;
    auto line = readTerminalLine(prompt, echo, noTerminal);
    if (noTerminal)
        return Error { tr("There is no terminal to ask for the passphrase on.") };
    if (!line)
        return line.error();
    auto text = decode(*line);
    zero(*line);
    return text;
}

Result<QString> PassphraseReader::read(const QString &prompt) const
{
    if (readsFile())
        return readFile(m_file);
    auto passphrase = readTerminal(prompt, false);
    if (!passphrase && !hasTerminal())
        return Error { tr("A passphrase is needed, and there is no terminal to ask for it on. "
                          "Give it in a file with %1 FILE.")
                           .arg(m_fileOption) };
    if (passphrase && passphrase->isEmpty())
        return Error { tr("The passphrase is empty.") };
    return passphrase;
}

Result<QString> PassphraseReader::readNew(const QString &prompt, const QString &again) const
{
    auto first = read(prompt);
    if (!first || readsFile())
        return first;
    auto second = readTerminal(again, false);
    if (!second) {
        wipe(*first);
        return second.error();
    }
    const bool same = *first == *second;
    wipe(*second);
    if (!same) {
        wipe(*first);
        return Error { tr("The two passphrases are not the same. Nothing was changed.") };
    }
    return first;
}

Result<bool> PassphraseReader::confirm(const QString &question)
{
    auto answer = readTerminal(question + u' ', true);
    if (!answer)
        return answer.error();
    const QString given = answer->trimmed().toLower();
    return given == tr("yes").toLower() || given == tr("y").toLower() || given == u"yes"_s
        || given == u"y"_s;
}

} // namespace Rekindle
