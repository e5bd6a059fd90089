#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/data/crypto-vectors.json, the known-answer vectors of tests/crypto, from the
formats described in app/crypto (KeyEnvelope.h, ValueSealer.h, RecoveryKey.h) re-implemented here on their own with
PyNaCl (Debian's python3-nacl, a binding of libsodium), so that the C++ code is checked against
a second implementation of the same format, not against itself. Run once by hand:
    /usr/bin/python3 tests/crypto/make_vectors.py > tests/data/crypto-vectors.json
The inputs are fixed, so running it again gives the same file."""

import hashlib
import json
import struct
import unicodedata

import nacl
import nacl.bindings as b
import nacl.pwhash.argon2id as argon2id


def hexs(data):
    return data.hex()


def fixed(seed, size):
    """Deterministic bytes for an input (a key, a salt, a nonce)."""
    return hashlib.sha512(seed.encode()).digest()[:size]


def argon2(passphrase, salt, passes, memory):
    utf8 = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return argon2id.kdf(32, utf8, salt, opslimit=passes, memlimit=memory)


def envelope(kdf, passes, memory, salt, nonce, data_key, wrapping_key):
    header = b"RKKE" + struct.pack("<BBHIQ", 1, kdf, 0, passes, memory) + salt
    assert len(header) == 36
    ciphertext = b.crypto_aead_xchacha20poly1305_ietf_encrypt(data_key, header, nonce, wrapping_key)
    return header + nonce + ciphertext


def recovery_wrapping_key(recovery_key, salt):
    return hashlib.blake2b(b"", digest_size=32, key=recovery_key, salt=salt,
                           person=b"Rekindle recover").digest()


def value_subkey(data_key):
    # crypto_kdf_derive_from_key: BLAKE2b keyed by the master key, the subkey id as the salt
    # (little-endian, then zeros) and the context as the personalisation (then zeros).
    return hashlib.blake2b(b"", digest_size=32, key=data_key,
                           salt=struct.pack("<Q", 1) + bytes(8),
                           person=b"RkValues" + bytes(8)).digest()


def pad(data, block):
    # ISO/IEC 7816-4, as sodium_pad: 0x80, then zeros up to a multiple of the block.
    padded = data + b"\x80"
    return padded + bytes((-len(padded)) % block)


def associated_data(kind, field, uid):
    ad = bytes([1])
    for part in (kind, field, uid):
        utf8 = part.encode("utf-8")
        ad += struct.pack("<I", len(utf8)) + utf8
    return ad


def sealed_value(data_key, kind, field, uid, text, nonce):
    ad = associated_data(kind, field, uid)
    ciphertext = b.crypto_aead_xchacha20poly1305_ietf_encrypt(
        pad(text.encode("utf-8"), 64), ad, nonce, value_subkey(data_key))
    return bytes([1]) + nonce + ciphertext


ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def recovery_text(key):
    number = int.from_bytes(key, "big") << 4  # 256 bits and 4 zero bits: 52 digits
    digits = [(number >> (5 * i)) & 31 for i in range(51, -1, -1)]
    value = number << 15
    check = (-value) % 32749
    digits += [(check >> 10) & 31, (check >> 5) & 31, check & 31]
    text = "".join(ALPHABET[d] for d in digits)
    return "-".join(text[i:i + 5] for i in range(0, len(text), 5))


def main():
    data_key = fixed("data key", 32)
    out = {"argon2id": [], "passphrase_envelopes": [], "recovery_envelopes": [],
           "values": [], "recovery_texts": []}

    for passphrase, passes, memory in [
        ("correct horse battery staple", 1, 8192),
        ("Ça va, ünïcødé 🙂 and 咖啡", 2, 1 << 20),
        ("the real minimum", 3, 64 << 20),
    ]:
        salt = fixed("salt " + passphrase, 16)
        key = argon2(passphrase, salt, passes, memory)
        out["argon2id"].append({"passphrase": passphrase, "salt": hexs(salt), "passes": passes,
                                "memory": memory, "key": hexs(key)})
        if passes < 3:
            nonce = fixed("nonce " + passphrase, 24)
            out["passphrase_envelopes"].append({
                "passphrase": passphrase, "salt": hexs(salt), "nonce": hexs(nonce),
                "passes": passes, "memory": memory, "data_key": hexs(data_key),
                "envelope": hexs(envelope(1, passes, memory, salt, nonce, data_key, key))})

    for seed in ("first recovery key", "second recovery key"):
        recovery_key = fixed(seed, 32)
        salt = fixed("salt " + seed, 16)
        nonce = fixed("nonce " + seed, 24)
        out["recovery_envelopes"].append({
            "recovery_key": hexs(recovery_key), "salt": hexs(salt), "nonce": hexs(nonce),
            "data_key": hexs(data_key),
            "envelope": hexs(envelope(2, 0, 0, salt, nonce, data_key,
                                      recovery_wrapping_key(recovery_key, salt)))})
        out["recovery_texts"].append({"key": hexs(recovery_key), "text": recovery_text(recovery_key)})
    out["recovery_texts"].append({"key": hexs(bytes(32)), "text": recovery_text(bytes(32))})
    out["recovery_texts"].append({"key": hexs(b"\xff" * 32), "text": recovery_text(b"\xff" * 32)})

    for kind, field, uid, text in [
        ("entries", "body", "e-1", ""),
        ("entries", "title", "e-1", "A walk by the river"),
        ("reflections", "answer", "r-7/3", "Ünïcødé, 咖啡 and 🙂: " + "x" * 63),
        ("settings", "value", "", "y" * 200),
    ]:
        nonce = fixed("value nonce " + kind + field + uid, 24)
        out["values"].append({"data_key": hexs(data_key), "kind": kind, "field": field, "uid": uid,
                              "text": text, "nonce": hexs(nonce),
                              "sealed": hexs(sealed_value(data_key, kind, field, uid, text, nonce))})
    out["value_subkey"] = {"data_key": hexs(data_key), "subkey": hexs(value_subkey(data_key))}
    out["made_with"] = "tests/crypto/make_vectors.py with PyNaCl " + nacl.__version__
    print(json.dumps(out, indent=1, ensure_ascii=False))


main()
