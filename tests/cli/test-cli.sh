#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line: --version, --help, clear failures on bad options, and
# the headless commands end to end (--generate-demo, --list, --demo).
# $1 is the herald executable, $2 the version it should print.
set -u
herald=$1
version=$2
name=main
. "$(dirname "$0")/cli-lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
lister="$here/check-list.py"

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
check "--help lists --generate-demo" 'grep -q -- "--generate-demo=PATH" "$tmp/out"'
check "--help lists --list" 'grep -q -- "--list=KIND" "$tmp/out"'
check "--help lists --demo" 'grep -q -- "--demo " "$tmp/out"'
check "--help lists --from and --to" 'grep -q -- "--from=DATE" "$tmp/out" && grep -q -- "--to=DATE" "$tmp/out"'

# --generate-demo, without a display: headless commands never touch GTK.
db="$tmp/demo.db"
env -u DISPLAY -u WAYLAND_DISPLAY "$herald" --generate-demo "$db" --posts 300 --samples 2000 --seed 5 \
  >"$tmp/out" 2>"$tmp/err"; rc=$?
check "--generate-demo exits 0 without a display" '[ $rc -eq 0 ]'
check "--generate-demo is quiet on stderr" '[ ! -s "$tmp/err" ]'
check "--generate-demo prints one line" '[ "$(wc -l < "$tmp/out")" -eq 1 ]'
check "--generate-demo says what it made" 'grep -q "posts: 300" "$tmp/out" && grep -q "metric samples: 2000" "$tmp/out"'
check "--generate-demo names the file" 'grep -qF "$db" "$tmp/out"'
check "--generate-demo creates the file" '[ -s "$db" ]'

# --list, JSON and CSV, for every kind.
for kind in accounts campaigns posts topics; do
  run --database "$db" --list "$kind"
  check "--list $kind exits 0" '[ $rc -eq 0 ]'
  check "--list $kind is quiet on stderr" '[ ! -s "$tmp/err" ]'
  cp "$tmp/out" "$tmp/$kind.json"
  n_json=$(python3 "$lister" validate "$kind" json "$tmp/$kind.json"); vrc=$?
  check "--list $kind writes valid JSON with its fields" '[ $vrc -eq 0 ]'

  run --database "$db" --list "$kind" --format csv
  check "--list $kind --format csv exits 0" '[ $rc -eq 0 ]'
  cp "$tmp/out" "$tmp/$kind.csv"
  n_csv=$(python3 "$lister" validate "$kind" csv "$tmp/$kind.csv"); vrc=$?
  check "--list $kind --format csv writes BOM, header, CRLF rows" '[ $vrc -eq 0 ]'
  check "--list $kind has as many rows in CSV as in JSON" '[ "$n_csv" = "$n_json" ]'
  eval "n_$kind=\$n_json"
done
check "the demo has six or seven accounts" '[ "$n_accounts" -ge 6 ] && [ "$n_accounts" -le 7 ]'
check "the demo has three campaigns" '[ "$n_campaigns" -eq 3 ]'
check "--list posts lists every post" '[ "$n_posts" -eq 300 ]'
check "the demo has hot topics" '[ "$n_topics" -ge 15 ]'

run --database "$db" --list posts --format json
check "--format json is the default" 'cmp -s "$tmp/out" "$tmp/posts.json"'

# --from and --to: fewer posts, every one of them inside, none missed.
set -- $(python3 "$lister" days "$tmp/posts.json")
from=$1 to=$2
run --database "$db" --list posts --from "$from" --to "$to"
check "--from/--to exits 0" '[ $rc -eq 0 ]'
cp "$tmp/out" "$tmp/range.json"
n_range=$(python3 "$lister" validate posts json "$tmp/range.json")
check "--from/--to gives fewer posts" '[ "$n_range" -gt 0 ] && [ "$n_range" -lt "$n_posts" ]'
check "--from/--to gives only posts in the range, --to's day included" \
  'python3 "$lister" all-in-range "$tmp/range.json" "$from" "$to" >/dev/null'
check "--from/--to misses none of the range" \
  '[ "$(python3 "$lister" in-range "$tmp/posts.json" "$from" "$to")" = "$n_range" ]'

run --database "$db" --list posts --from "$from" --to "$from"
cp "$tmp/out" "$tmp/day.json"
check "--from and --to on the same day give that day" \
  'python3 "$lister" all-in-range "$tmp/day.json" "$from" "$from" >/dev/null'

run --database "$db" --list posts --from "$from" --format csv
n_from=$(python3 "$lister" validate posts csv "$tmp/out")
check "--from alone lists from that day on" '[ "$n_from" -gt 0 ] && [ "$n_from" -lt "$n_posts" ]'

# --export-ics: one event per post of the range, the post ids as UIDs.
run --database "$db" --export-ics "$tmp/plan.ics" --from "$from" --to "$to"
check "--export-ics exits 0 quietly" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] && [ ! -s "$tmp/out" ]'
check "--export-ics writes an iCalendar file" 'head -n 1 "$tmp/plan.ics" | grep -q "^BEGIN:VCALENDAR"'
check "--export-ics writes one event per post in the range" \
  '[ "$(grep -c "^BEGIN:VEVENT" "$tmp/plan.ics")" = "$n_range" ]'
check "--export-ics names each event by its post id" \
  'python3 -c "import json,sys; ids={p[\"id\"] for p in json.load(open(sys.argv[1]))}; uids={l.strip()[4:] for l in open(sys.argv[2]) if l.startswith(\"UID:\")}; sys.exit(ids != uids)" "$tmp/range.json" "$tmp/plan.ics"'
check "--export-ics reminds before open posts" 'grep -q "^TRIGGER:-PT15M" "$tmp/plan.ics"'
expect_usage "--export-ics with --list" --database "$db" --export-ics "$tmp/x.ics" --list posts
expect_usage "--from without --list or --export-ics" --database "$db" --from 2026-11-01
expect_failure "--export-ics into a missing folder" --database "$db" --export-ics "$tmp/no/such/folder/plan.ics"
expect_failure "--export-ics from a missing database" --database "$tmp/none.db" --export-ics "$tmp/x.ics"

# Without TZ, days are Shanghai days: the posts' own dates.
env -u TZ "$herald" --database "$db" --list posts --from "$from" --to "$from" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "without TZ, --from/--to exit 0" '[ $rc -eq 0 ]'
check "without TZ, --from/--to are days in Asia/Shanghai" \
  'python3 -c "import json,sys; p=json.load(open(sys.argv[1])); sys.exit(not p or any(not x[\"scheduled_at\"].startswith(sys.argv[2]) or not x[\"scheduled_at\"].endswith(\"+08:00\") for x in p))" "$tmp/out" "$from"'

# Which database: --database, then HERALD_DATABASE, then the default.
HERALD_DATABASE="$db" "$herald" --list accounts >"$tmp/out" 2>"$tmp/err"; rc=$?
check "HERALD_DATABASE is used" '[ $rc -eq 0 ] && cmp -s "$tmp/out" "$tmp/accounts.json"'
HERALD_DATABASE="$tmp/elsewhere.db" "$herald" --database "$db" --list accounts >"$tmp/out" 2>"$tmp/err"; rc=$?
check "--database wins over HERALD_DATABASE" '[ $rc -eq 0 ] && cmp -s "$tmp/out" "$tmp/accounts.json"'
check "the database HERALD_DATABASE named is not created" '[ ! -e "$tmp/elsewhere.db" ]'
(cd "$tmp" && "$herald" --database demo.db --list accounts >"$tmp/out" 2>"$tmp/err"); rc=$?
check "--database takes a relative path" '[ $rc -eq 0 ] && cmp -s "$tmp/out" "$tmp/accounts.json"'

default_db="$XDG_DATA_HOME/herald/herald.db"
# --report: a campaign's week review, by name, in each format.
run --database "$db" --list campaigns
campaign=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[0]["name"])' "$tmp/out")
run --database "$db" --report --campaign "$campaign" --week 2026-W48
check "--report exits 0 quietly" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]'
check "--report writes Markdown by default" 'head -n 1 "$tmp/out" | grep -qF "# $campaign"'
check "--report has a KPI table" 'grep -q "^| .* | .* | .* |$" "$tmp/out"'
run --database "$db" --report --campaign "$campaign" --week 2026-W48 --output "$tmp/review.csv"
check "--report --output FILE.csv writes CSV with a BOM" \
  '[ $rc -eq 0 ] && [ ! -s "$tmp/out" ] && [ "$(head -c 3 "$tmp/review.csv" | od -An -tx1 | tr -d " ")" = "efbbbf" ]'
run --database "$db" --report --campaign "$campaign" --week 2026-W48 --format pdf --output "$tmp/review.pdf"
check "--report --format pdf writes a PDF" '[ $rc -eq 0 ] && [ "$(head -c 5 "$tmp/review.pdf")" = "%PDF-" ]'
expect_usage "--report without --campaign" --database "$db" --report
expect_usage "--report with a bad week" --database "$db" --report --campaign "$campaign" --week 2026-W60
expect_usage "--report with an unknown format" --database "$db" --report --campaign "$campaign" --format docx
expect_usage "--campaign without --report" --database "$db" --list posts --campaign "$campaign"
expect_failure "--report on an unknown campaign" --database "$db" --report --campaign "没有这个活动"
check "--report on an unknown campaign names it" 'grep -qF "没有这个活动" "$tmp/err"'
expect_failure "--report into a missing folder" --database "$db" --report --campaign "$campaign" \
  --output "$tmp/no/such/folder/review.md"

expect_failure "--list without a database" --list accounts
check "--list without a database names the missing file" 'grep -qF "$default_db" "$tmp/err"'
check "--list does not create the default database" '[ ! -e "$default_db" ]'

# Wrong command lines.
expect_usage "an unknown --list kind" --database "$db" --list drafts
expect_usage "an empty --list kind" --database "$db" --list ""
expect_usage "a --from that is no date" --database "$db" --list posts --from 2026-13-01
expect_usage "a --to written another way" --database "$db" --list posts --to 2026/11/01
expect_usage "a --from without zero padding" --database "$db" --list posts --from 2026-1-5
expect_usage "--from after --to" --database "$db" --list posts --from 2026-11-10 --to 2026-11-01
expect_usage "--from with --list accounts" --database "$db" --list accounts --from 2026-11-01
expect_usage "an unknown --format" --database "$db" --list posts --format xml
expect_usage "--format without --list" --database "$db" --format csv
expect_usage "--from without --list" --database "$db" --from 2026-11-01
expect_usage "--posts without --generate-demo" --database "$db" --posts 5
expect_usage "--samples without --generate-demo" --database "$db" --samples 5
expect_usage "--seed without --generate-demo" --seed 5
expect_usage "--posts that is no number" --generate-demo "$tmp/never.db" --posts many
expect_usage "a negative --samples" --generate-demo "$tmp/never.db" --samples -1
expect_usage "two commands at once" --generate-demo "$tmp/never.db" --list posts
expect_usage "--demo with --list" --demo --list posts
expect_usage "--database with --generate-demo" --database "$db" --generate-demo "$tmp/never.db"
expect_usage "--database with --demo" --database "$db" --demo
check "no usage error created a file" '[ ! -e "$tmp/never.db" ]'

# Never overwrite a file.
sum=$(sha256sum < "$db")
expect_failure "--generate-demo onto a database" --generate-demo "$db"
check "--generate-demo leaves an existing database byte for byte" '[ "$(sha256sum < "$db")" = "$sum" ]'
printf 'my notes, not a database\n' > "$tmp/notes.txt"
sum=$(sha256sum < "$tmp/notes.txt")
expect_failure "--generate-demo onto any file" --generate-demo "$tmp/notes.txt"
check "--generate-demo names the file it refused" 'grep -qF "$tmp/notes.txt" "$tmp/err"'
check "--generate-demo leaves the file byte for byte" '[ "$(sha256sum < "$tmp/notes.txt")" = "$sum" ]'
printf 'a journal' > "$tmp/journal.db-wal"
expect_failure "--generate-demo beside a left-over journal" --generate-demo "$tmp/journal.db"
check "--generate-demo leaves the journal and creates nothing" \
  '[ "$(cat "$tmp/journal.db-wal")" = "a journal" ] && [ ! -e "$tmp/journal.db" ]'
ln -s "$tmp/nowhere" "$tmp/dangling.db"
expect_failure "--generate-demo onto a dangling link" --generate-demo "$tmp/dangling.db"
check "--generate-demo does not follow the link" '[ ! -e "$tmp/nowhere" ]'

# Databases that cannot be opened are left alone.
yes 'garbage' | head -c 8192 > "$tmp/corrupt.db"
sum=$(sha256sum < "$tmp/corrupt.db")
expect_failure "--list on a damaged database" --database "$tmp/corrupt.db" --list posts
check "--list leaves a damaged database byte for byte" '[ "$(sha256sum < "$tmp/corrupt.db")" = "$sum" ]'
check "--list on a damaged database leaves nothing beside it" \
  '[ ! -e "$tmp/corrupt.db-wal" ] && [ ! -e "$tmp/corrupt.db-shm" ]'
mkdir "$tmp/corrupt.db.backups"
cp "$db" "$tmp/corrupt.db.backups/herald-2026-11-19.db"
expect_failure "--list on a damaged database with backups" --database "$tmp/corrupt.db" --list posts
check "--list on a damaged database says where the backups are" 'grep -qF "$tmp/corrupt.db.backups" "$tmp/err"'
check "--list leaves the damaged database as it was" '[ "$(sha256sum < "$tmp/corrupt.db")" = "$sum" ]'
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("create table mine (x)"); c.commit()' "$tmp/other.db"
sum=$(sha256sum < "$tmp/other.db")
expect_failure "--list on another program's database" --database "$tmp/other.db" --list accounts
check "--list leaves another program's database byte for byte" '[ "$(sha256sum < "$tmp/other.db")" = "$sum" ]'
expect_failure "--list on a missing database" --database "$tmp/missing/herald.db" --list accounts
check "--list on a missing database names it" 'grep -qF "$tmp/missing/herald.db" "$tmp/err"'
check "--list on a missing database creates nothing" '[ ! -e "$tmp/missing" ]'

# --demo opens the window on a new demo database, never on the user's.
# The window needs a display: gui-env.sh gives it one, and a home whose
# default database must still be missing afterwards.
mkdir "$tmp/demo-tmp"
TMPDIR="$tmp/demo-tmp" HERALD_EXIT_AFTER_FIRST_FRAME=1 "$here/../gui-env.sh" sh -c '
  timeout 120 "$1" --demo --posts 40 --samples 100 >"$2/out" 2>"$2/err"
  echo $? >"$2/rc"
  [ -e "$XDG_DATA_HOME/herald/herald.db" ] && touch "$2/user-db-created"
  exit 0' sh "$herald" "$tmp"
rc=$(cat "$tmp/rc")
check "--demo exits 0" '[ "$rc" -eq 0 ]'
demo_db=$(sed -n 's/^Opening a demo database at “\(.*\)”$/\1/p' "$tmp/out" | head -n 1)
check "--demo says which database it opens" '[ -n "$demo_db" ]'
check "--demo makes its database in a new temporary folder" \
  'case $demo_db in "$tmp/demo-tmp/herald-demo-"*/*) true ;; *) false ;; esac'
# The application may remove its demo folder when it quits.
if [ -n "$demo_db" ] && [ -e "$demo_db" ]; then
  run --database "$demo_db" --list posts
  check "--demo fills its database with --posts posts" \
    '[ "$(python3 "$lister" validate posts json "$tmp/out")" -eq 40 ]'
fi
check "--demo does not create the user's database" '[ ! -e "$tmp/user-db-created" ]'

finish
