#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Refreshes the README's screenshots in resources/screenshots from the real application:
# builds make_screenshots (tests/CMakeLists.txt) in the given build folder, runs it headless
# (the offscreen platform, QWidget::grab()) over a sample journal, then makes the PNGs small.
#
#   packaging/screenshots/refresh.sh [BUILD_DIR]     (default: build/ci)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build/ci"}
out="$root/resources/screenshots"

cmake --build "$build" --target make_screenshots
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
# The same look everywhere: offscreen, a private settings folder, English, no desktop theme.
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config" \
    XDG_RUNTIME_DIR="$config" LC_ALL=C.UTF-8 LANGUAGE=en QT_LOGGING_RULES='qt.qpa.*=false' \
    "$build/tests/make_screenshots" "$out"

# Smaller files: 8-bit palettes where a tool for it is installed (optional).
for png in "$out"/*.png; do
    if command -v pngquant >/dev/null 2>&1; then
        pngquant --force --skip-if-larger --quality 80-95 --output "$png" -- "$png" || true
    fi
    if command -v optipng >/dev/null 2>&1; then
        optipng -quiet -o5 "$png"
    fi
done
ls -l "$out"
