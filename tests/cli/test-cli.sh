#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line: --version, --help, and clear failures on bad options.
set -u
herald=$1
version=$2
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check () {
  if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fails=$((fails + 1)); fi
}

"$herald" --version >"$tmp/out" 2>"$tmp/err"; rc=$?
check "--version exits 0" '[ $rc -eq 0 ]'
check "--version prints the version" '[ "$(cat "$tmp/out")" = "herald $version" ]'
check "--version is quiet on stderr" '[ ! -s "$tmp/err" ]'

"$herald" -v >"$tmp/out" 2>&1; rc=$?
check "-v is --version" '[ $rc -eq 0 ] && [ "$(cat "$tmp/out")" = "herald $version" ]'

"$herald" --no-such-option >"$tmp/out" 2>"$tmp/err"; rc=$?
check "an unknown option fails" '[ $rc -ne 0 ]'
check "an unknown option is named on stderr" 'grep -q -- "--no-such-option" "$tmp/err"'
check "an unknown option prints one line" '[ "$(wc -l < "$tmp/err")" -eq 1 ]'
check "an unknown option prints nothing on stdout" '[ ! -s "$tmp/out" ]'

LC_ALL=C "$herald" --help >"$tmp/out" 2>"$tmp/err"; rc=$?
check "--help exits 0" '[ $rc -eq 0 ]'
check "--help lists --database" 'grep -q -- "--database=PATH" "$tmp/out"'

[ $fails -eq 0 ]
