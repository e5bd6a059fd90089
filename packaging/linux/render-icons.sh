#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the hicolor PNG icons of the Linux packages from the one SVG icon (rsvg-convert, from
# Debian's librsvg2-bin). The PNGs are committed, so that building needs no SVG renderer (the
# Flatpak SDK has none on its path); run this after changing the SVG. `--check` renders into a
# temporary folder and fails when a committed PNG differs (.ci/run does that).
set -eu
cd "$(dirname "$0")/../.."
svg=resources/icons/org.rekindle.rekindle.svg
out=resources/icons/hicolor
if [ "${1:-}" = "--check" ]; then
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
fi
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$out/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" \
        --output "$out/${size}x${size}/apps/org.rekindle.rekindle.png"
done
if [ "${1:-}" = "--check" ]; then
    if ! diff -r "$out" resources/icons/hicolor; then
        echo "resources/icons/hicolor is out of date: run packaging/linux/render-icons.sh" >&2
        exit 1
    fi
fi
