#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Passphrases typed on a terminal, from outside: runs the built rekindle on a pseudo-terminal
(Python's pty) and types at its prompts. Checks that nothing typed is echoed, that --encrypt
asks twice and refuses two different passphrases, that a journal command asks before it works,
and that --decrypt asks for a confirmation. Usage: terminal_passphrase.py PATH-TO-REKINDLE"""

import os
import pty
import select
import sys
import tempfile

PASSPHRASE = "Sekrit-Echo-9 ünï"


class Child:
    def __init__(self, rekindle, data_dir, *arguments):
        env = dict(os.environ)
        env["HOME"] = os.path.join(data_dir, "home")
        env["XDG_CONFIG_HOME"] = os.path.join(data_dir, "home", "config")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(rekindle, [rekindle, "--data-dir", os.path.join(data_dir, "journal"),
                                 *arguments], env)
        self.seen = b""

    def expect(self, text, timeout=60):
        wanted = text.encode()
        while wanted not in self.seen:
            ready, _, _ = select.select([self.fd], [], [], timeout)
            if not ready:
                raise AssertionError(f"no {text!r} within {timeout} s; seen: {self.seen!r}")
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                raise AssertionError(f"ended before {text!r}; seen: {self.seen!r}")
            self.seen += chunk

    def type(self, line):
        os.write(self.fd, (line + "\n").encode())

    def finish(self, timeout=120):
        while True:
            ready, _, _ = select.select([self.fd], [], [], timeout)
            if not ready:
                os.kill(self.pid, 9)
                raise AssertionError(f"did not end; seen: {self.seen!r}")
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                break
            self.seen += chunk
        _, status = os.waitpid(self.pid, 0)
        if PASSPHRASE.encode() in self.seen:
            raise AssertionError(f"the passphrase was echoed: {self.seen!r}")
        return os.waitstatus_to_exitcode(status)


def check(condition, what, child):
    if not condition:
        raise AssertionError(f"{what}; seen: {child.seen!r}")
    print("ok:", what)


def main():
    rekindle = sys.argv[1]
    with tempfile.TemporaryDirectory() as folder:
        # Two different passphrases: refused, the journal stays plain.
        child = Child(rekindle, folder, "--encrypt")
        child.expect("passphrase")
        child.type(PASSPHRASE)
        child.expect("again")
        child.type(PASSPHRASE + "x")
        check(child.finish() == 1, "--encrypt refuses two different passphrases", child)

        child = Child(rekindle, folder, "--encrypt")
        child.expect("passphrase")
        child.type(PASSPHRASE)
        child.expect("again")
        child.type(PASSPHRASE)
        code = child.finish()
        check(code == 0, "--encrypt with the passphrase typed twice", child)
        check(b"recovery key" in child.seen.lower(), "--encrypt shows the recovery key", child)

        child = Child(rekindle, folder, "--check")
        child.expect("Passphrase")
        child.type(PASSPHRASE + "wrong")
        check(child.finish() == 1, "--check refuses a wrong passphrase", child)

        child = Child(rekindle, folder, "--check")
        child.expect("Passphrase")
        child.type(PASSPHRASE)
        check(child.finish() == 0, "--check unlocks with the passphrase typed", child)

        child = Child(rekindle, folder, "--decrypt")
        child.expect("Passphrase")
        child.type(PASSPHRASE)
        child.expect("[y/N]")
        child.type("n")
        check(child.finish() == 1, "--decrypt answered no changes nothing", child)

        child = Child(rekindle, folder, "--decrypt")
        child.expect("Passphrase")
        child.type(PASSPHRASE)
        child.expect("[y/N]")
        child.type("y")
        check(child.finish() == 0, "--decrypt answered yes", child)

        # Plain again: no question at all.
        child = Child(rekindle, folder, "--check")
        check(child.finish() == 0, "--check on the plain journal asks nothing", child)
        check(b"assphrase" not in child.seen, "no passphrase prompt on a plain journal", child)


main()
