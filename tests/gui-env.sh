#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test under its own Xvfb display and D-Bus session, with a
# throw-away home so that no test ever touches the user's data.  The bus
# starts no service on demand (tests/dbus-session.conf).
set -u
tmp=$(mktemp -d)
trap 'kill "$xpid" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
Xvfb -displayfd 9 -screen 0 1280x1024x24 -nolisten tcp 9>"$tmp/display" 2>"$tmp/xvfb.log" &
xpid=$!
i=0
while [ ! -s "$tmp/display" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
[ -s "$tmp/display" ] || { echo "Xvfb did not start" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }
DISPLAY=:$(cat "$tmp/display")
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export DISPLAY HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime"
export XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache"
dbus-run-session --config-file="$(dirname "$0")/dbus-session.conf" -- "$@"
