#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The sync password in the Secret Service: gnome-keyring-daemon in this
# test's own D-Bus session (run under gui-env.sh), unlocked with a known
# password.  herald --sync --password-file stores the password there; the
# next sync finds it without being told; it is never in the database.
# Skipped (77) only when Radicale or gnome-keyring-daemon is missing.
# $1 is the herald executable.
set -u
herald=$1
name=keyring
server=
keyring=
cleanup () {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ -n "$keyring" ] && kill "$keyring" 2>/dev/null && wait "$keyring" 2>/dev/null
}
. "$(dirname "$0")/cli-lib.sh"

if ! python3 -c 'import radicale' 2>/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "# Radicale or gnome-keyring-daemon is not installed"
  exit 77
fi
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "not ok - no D-Bus session"; exit 1; }

printf 'keyring-unlock\n' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$tmp/keyring.out" 2>"$tmp/keyring.err" &
keyring=$!
i=0
while ! gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
        --method org.freedesktop.DBus.NameHasOwner org.freedesktop.secrets 2>/dev/null | grep -q true; do
  i=$((i + 1))
  [ $i -gt 100 ] && break
  sleep 0.1
done
check "the keyring daemon is up" '[ $i -le 100 ]'

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'carol:k3y-密码-0451\n' > "$tmp/users"
cat > "$tmp/config" <<CONFIG
[server]
hosts = 127.0.0.1:$port
[auth]
type = htpasswd
htpasswd_filename = $tmp/users
htpasswd_encryption = plain
[storage]
filesystem_folder = $tmp/collections
[logging]
level = error
CONFIG
python3 -m radicale --config "$tmp/config" >"$tmp/radicale.log" 2>&1 &
server=$!
i=0
while ! python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))" 2>/dev/null; do
  i=$((i + 1))
  [ $i -gt 100 ] && break
  sleep 0.1
done

db="$tmp/herald.db"
"$herald" --generate-demo "$db" --posts 5 --samples 1 >/dev/null 2>&1
printf 'k3y-密码-0451\n' > "$tmp/password"
"$herald" --database "$db" --sync --server "http://127.0.0.1:$port/" --user carol --password-file "$tmp/password" >"$tmp/out" 2>"$tmp/err"
rc=$?
check "the first sync exits 0" '[ $rc -eq 0 ]'
check "the password went into the keyring without a complaint" '[ ! -s "$tmp/err" ]'
rm -f "$tmp/password"

"$herald" --database "$db" --sync >"$tmp/out" 2>"$tmp/err"
rc=$?
check "the next sync finds the password in the keyring" '[ $rc -eq 0 ] && grep -q "^Pushed: 0, pulled: 0, conflicts: 0$" "$tmp/out"'
check "the password is in no database file" '! grep -a -q "k3y-" "$db"* 2>/dev/null'
check "the keyring holds it under the sync schema" \
  'python3 - <<PY
import sys
try:
    import gi
    gi.require_version("Secret", "1")
    from gi.repository import Secret
except Exception:
    sys.exit(0)
schema = Secret.Schema.new("io.github.heraldapp.Herald.Sync", Secret.SchemaFlags.NONE,
                           {"server": Secret.SchemaAttributeType.STRING, "user": Secret.SchemaAttributeType.STRING})
value = Secret.password_lookup_sync(schema, {"server": "http://127.0.0.1:$port", "user": "carol"}, None)
sys.exit(0 if value == "k3y-密码-0451" else 1)
PY'

finish
