#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# herald --check with --database: the advertising-law words and exceptions
# the user added are used along with the shipped ones; and the length of
# each tag where the platform limits it.
# $1 is the herald executable.
set -u
herald=$1
name=check-words
. "$(dirname "$0")/cli-lib.sh"

run () {
  env -u DISPLAY -u WAYLAND_DISPLAY "$herald" "$@" <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
  rc=$?
}

query () {
  python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$tmp/out" "$1"
}

# Runs SQL on the database, as Preferences would have stored the words.
sql () {
  python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()' \
    "$tmp/plan.db" "$1"
}

: >"$tmp/in"
run --generate-demo "$tmp/plan.db"
check "a database to hold the words" '[ $rc -eq 0 ] && [ -f "$tmp/plan.db" ]'
sql "INSERT INTO ad_words (word, is_exception, category, suggestion, created_at) VALUES ('秒杀', 0, 'custom', '限时优惠', 1);
     INSERT INTO ad_words (word, is_exception, category, suggestion, created_at) VALUES ('国家级', 1, 'custom', NULL, 1);"

printf '今天秒杀，国家级工艺，行业第一' >"$tmp/in"
run --check weibo
check "without --database: the shipped words alone" \
  '[ $rc -eq 0 ] && [ "$(query "[f[\"word\"] for f in j[\"findings\"]]")" = "['"'"'国家级'"'"', '"'"'第一'"'"']" ]'

run --check weibo --database "$tmp/plan.db"
check "with --database: exits 0" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]'
check "the user's word is flagged, the user's exception is not" \
  '[ "$(query "[f[\"word\"] for f in j[\"findings\"]]")" = "['"'"'秒杀'"'"', '"'"'第一'"'"']" ]'
check "the user's word has its category and suggestion" \
  '[ "$(query "[(f[\"category\"], f[\"suggestion\"]) for f in j[\"findings\"] if f[\"word\"] == \"秒杀\"]")" = "[('"'"'custom'"'"', '"'"'限时优惠'"'"')]" ]'

# B站 tags are at most 20 characters each.
printf '{"title": "新机开箱", "tags": ["开箱", "一二三四五六七八九十一二三四五六七八九十一"]}' >"$tmp/in"
run --check bilibili
check "a tag over 20 characters on B站: exits 1" '[ $rc -eq 1 ]'
check "the tags are over, and the long one is named" \
  '[ "$(query "(j[\"fields\"][\"tags\"][\"level\"], j[\"fields\"][\"tags\"][\"tag_max\"], j[\"fields\"][\"tags\"][\"long_tag\"])")" = "('"'"'over'"'"', 20, '"'"'一二三四五六七八九十一二三四五六七八九十一'"'"')" ]'
run --check douyin
check "Douyin does not limit one tag" \
  '[ $rc -eq 0 ] && [ "$(query "(j[\"fields\"][\"tags\"][\"tag_max\"], j[\"fields\"][\"tags\"][\"long_tag\"])")" = "(None, None)" ]'

# A database that is not there is not made.
expect_failure "a missing database" --check weibo --database "$tmp/missing.db"
check "the missing database is named" 'grep -qF "$tmp/missing.db" "$tmp/err"'
check "the missing database is not created" '[ ! -e "$tmp/missing.db" ]'

finish
