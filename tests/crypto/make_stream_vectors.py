#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/data/stream-vectors.json, the known answers of tests/crypto/tst_streamsealer.cpp:
encrypted exports made from the format described in app/crypto/StreamSealer.h, re-implemented
here on its own with PyNaCl (Debian's python3-nacl), so that the C++ reader is checked against a
second implementation. Run once by hand:
    /usr/bin/python3 tests/crypto/make_stream_vectors.py > tests/data/stream-vectors.json
crypto_secretstream picks its header at random, so each run gives other (equally valid) files."""

import hashlib
import json
import struct
import unicodedata

import nacl
import nacl.bindings as b
import nacl.pwhash.argon2id as argon2id


def fixed(seed, size):
    return hashlib.sha512(seed.encode()).digest()[:size]


def sealed_file(passphrase, passes, memory, chunk_size, plaintext):
    salt = fixed("stream salt " + passphrase, 16)
    key = argon2id.kdf(32, unicodedata.normalize("NFC", passphrase).encode("utf-8"), salt,
                       opslimit=passes, memlimit=memory)
    header = b"RKEX" + struct.pack("<B3xIQ", 1, passes, memory) + salt + struct.pack("<I", chunk_size)
    assert len(header) == 40
    state = b.crypto_secretstream_xchacha20poly1305_state()
    out = header + b.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    # Every chunk but the last is full; the last, possibly empty, has the final tag.
    offset = 0
    while True:
        chunk = plaintext[offset:offset + chunk_size]
        last = offset + len(chunk) == len(plaintext)
        tag = (b.crypto_secretstream_xchacha20poly1305_TAG_FINAL if last
               else b.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        out += b.crypto_secretstream_xchacha20poly1305_push(state, chunk, header, tag)
        offset += len(chunk)
        if last:
            return out


def main():
    text = ("Ça va, ünïcødé 🙂 and 咖啡. " * 200).encode("utf-8")
    cases = [
        ("three chunks", "correct horse battery staple", 1, 8192, 1024, text[:2500]),
        ("exactly two chunks", "Ça va 🙂", 2, 1 << 20, 1024, text[:2048]),
        ("empty", "nothing in it", 1, 8192, 1024, b""),
    ]
    vectors = []
    for name, passphrase, passes, memory, chunk_size, plaintext in cases:
        vectors.append({"name": name, "passphrase": passphrase, "passes": passes, "memory": memory,
                        "chunk_size": chunk_size, "plaintext": plaintext.hex(),
                        "sealed": sealed_file(passphrase, passes, memory, chunk_size,
                                              plaintext).hex()})
    print(json.dumps({"streams": vectors,
                      "made_with": "tests/crypto/make_stream_vectors.py with PyNaCl "
                      + nacl.__version__}, indent=1, ensure_ascii=False))


main()
