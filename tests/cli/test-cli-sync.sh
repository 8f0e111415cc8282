#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Team sync on the command line: herald --sync between two databases
# through a Radicale on loopback, the password from a file and from
# standard input, never in the database.  Skipped (77) only when Radicale
# is not installed.
# $1 is the herald executable.
set -u
herald=$1
name=sync
server=
cleanup () {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
}
. "$(dirname "$0")/cli-lib.sh"

a="$tmp/a.db"
b="$tmp/b.db"

LC_ALL=C "$herald" --help >"$tmp/out" 2>"$tmp/err"
check "--help lists --sync" 'grep -q -- "--sync" "$tmp/out"'
check "--help lists --password-file" 'grep -q -- "--password-file=FILE" "$tmp/out"'
check "--help has no --password" '! grep -q -- "--password[ =]" "$tmp/out"'
check "--help lists --trust-certificate" 'grep -q -- "--trust-certificate=FINGERPRINT" "$tmp/out"'

run --database "$a" --server http://127.0.0.1:9/
check "--server without --sync exits 2" '[ $rc -eq 2 ] && one_line_on_stderr'
run --database "$a" --trust-certificate 00:11
check "--trust-certificate without --sync exits 2" '[ $rc -eq 2 ] && one_line_on_stderr'
run --database "$tmp/none.db" --sync --server http://127.0.0.1:9/
check "--sync without a database exits 1" '[ $rc -eq 1 ] && one_line_on_stderr'
check "--sync without a database makes none" '[ ! -e "$tmp/none.db" ]'

run --generate-demo "$a" --posts 40 --samples 10
check "a demo database" '[ $rc -eq 0 ]'
run --database "$a" --sync
check "--sync never set up exits 2" '[ $rc -eq 2 ] && one_line_on_stderr'
run --database "$a" --sync --server ftp://example.invalid/
check "--sync with a non-http server exits 2" '[ $rc -eq 2 ] && one_line_on_stderr'

if ! python3 -c 'import radicale' 2>/dev/null; then
  echo "# Radicale is not installed"
  exit 77
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'alice:pa55-秘密\n' > "$tmp/users"
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

printf 'wrong\n' > "$tmp/wrong"
run --database "$a" --sync --server "http://127.0.0.1:$port/" --user alice --password-file "$tmp/wrong"
check "a wrong password exits 1" '[ $rc -eq 1 ] && one_line_on_stderr'

printf 'pa55-秘密\n' > "$tmp/password"
run --database "$a" --sync --server "http://127.0.0.1:$port/" --user alice --password-file "$tmp/password"
check "the first sync exits 0" '[ $rc -eq 0 ]'
# Every post, campaign and topic note (the demo's topics were all added by hand).
n_records=$(sqlite3 "$a" "SELECT (SELECT COUNT (*) FROM posts WHERE deleted_at IS NULL)
                                + (SELECT COUNT (*) FROM campaigns WHERE deleted_at IS NULL)
                                + (SELECT COUNT (*) FROM topics WHERE deleted_at IS NULL)")
n_posts=$(sqlite3 "$a" "SELECT COUNT (*) FROM posts WHERE deleted_at IS NULL")
check "the demo has campaigns and topics to sync" '[ "$n_records" -gt "$n_posts" ] && [ "$n_posts" -eq 40 ]'
check "the first sync pushes every post, campaign and topic note" 'grep -q "^Pushed: $n_records, pulled: 0, conflicts: 0$" "$tmp/out"'

run --database "$b" --generate-demo "$b" --posts 1 --samples 1
sqlite3 "$b" 'DELETE FROM posts; DELETE FROM campaigns; DELETE FROM topics' 2>/dev/null || true
printf 'pa55-秘密\n' | "$herald" --database "$b" --sync --server "http://127.0.0.1:$port/" --user alice --password-file - >"$tmp/out" 2>"$tmp/err"
rc=$?
check "the password from standard input works" '[ $rc -eq 0 ]'
check "the second database pulls the posts, campaigns and topic notes" 'grep -q "pulled: $n_records," "$tmp/out" || grep -q "pulled: $((n_records + 1))," "$tmp/out"'
check "the second database has the campaigns" '[ "$(sqlite3 "$b" "SELECT COUNT (*) FROM campaigns WHERE deleted_at IS NULL")" = "$(sqlite3 "$a" "SELECT COUNT (*) FROM campaigns WHERE deleted_at IS NULL")" ]'
check "the second database has the topic notes" '[ "$(sqlite3 "$b" "SELECT group_concat (title, \"|\") FROM (SELECT title FROM topics WHERE deleted_at IS NULL ORDER BY id)")" = "$(sqlite3 "$a" "SELECT group_concat (title, \"|\") FROM (SELECT title FROM topics WHERE deleted_at IS NULL ORDER BY id)")" ]'

run --database "$a" --sync --server "http://127.0.0.1:$port/" --user alice --password-file "$tmp/password"
check "a second sync moves nothing" '[ $rc -eq 0 ] && grep -q "^Pushed: [01], pulled: [01], conflicts: 0$" "$tmp/out"'

check "the password is not in the database" '! grep -a -q "pa55" "$a" "$a-wal" 2>/dev/null'

finish
