#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Hot-topic feeds on the command line: --add-feed, --refresh-topics against
# a small HTTP server on loopback, and topics with heat and trend in --list.
# $1 is the herald executable, $2 the folder of the feed fixtures.
set -u
herald=$1
fixtures=$2
name=feeds
here=$(cd "$(dirname "$0")" && pwd)
lister="$here/check-list.py"
server=
cleanup () {
  [ -n "$server" ] && kill "$server" 2>/dev/null
}
. "$(dirname "$0")/cli-lib.sh"

db="$tmp/herald.db"

LC_ALL=C "$herald" --help >"$tmp/out" 2>"$tmp/err"
check "--help lists --add-feed" 'grep -q -- "--add-feed=URL" "$tmp/out"'
check "--help lists --refresh-topics" 'grep -q -- "--refresh-topics" "$tmp/out"'
check "--help lists --interval" 'grep -q -- "--interval=MINUTES" "$tmp/out"'

expect_usage "an unknown kind" --database "$db" --add-feed https://example.com/rss --kind xml
expect_usage "--kind json without a mapping" --database "$db" --add-feed https://example.com/j --kind json
expect_usage "a bad mapping" --database "$db" --add-feed https://example.com/j --kind json --mapping '{"title": "t"}'
expect_usage "neither an address nor a preset" --database "$db" --add-feed zhihu-hot
expect_usage "--kind without --add-feed" --database "$db" --kind rss
expect_usage "--add-feed with --list" --database "$db" --add-feed zhihu --list topics
expect_usage "--add-feed with --refresh-topics" --database "$db" --add-feed zhihu --refresh-topics
expect_usage "--rsshub with an address" --database "$db" --add-feed https://example.com/rss --rsshub http://x
expect_usage "--interval below the minimum" --database "$db" --add-feed https://example.com/rss --interval 4
expect_usage "--interval above a day" --database "$db" --add-feed https://example.com/rss --interval 1441
expect_usage "--interval without --add-feed" --database "$db" --interval 60
check "a wrong command line makes no database" '[ ! -e "$db" ]'

run --database "$tmp/none.db" --refresh-topics
check "--refresh-topics without a database exits 1" '[ $rc -eq 1 ] && one_line_on_stderr'
check "--refresh-topics without a database makes none" '[ ! -e "$tmp/none.db" ]'

# A small server on loopback, serving an RSSHub-shaped 知乎热榜.
mkdir -p "$tmp/www/zhihu"
cp "$fixtures/zhihu-hot.xml" "$tmp/www/zhihu/hot"
python3 -c '
import functools, http.server, sys
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
handler.func.log_message = lambda *args: None
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
open(sys.argv[2], "w").write(str(server.server_address[1]))
server.serve_forever()
' "$tmp/www" "$tmp/port" &
server=$!
for i in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
port=$(cat "$tmp/port")
check "the test server started" '[ -n "$port" ]'

run --database "$db" --add-feed zhihu --rsshub "http://127.0.0.1:$port/"
check "--add-feed with a preset exits 0" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]'
check "--add-feed says what it added" 'grep -qF "http://127.0.0.1:$port/zhihu/hot" "$tmp/out"'

run --database "$db" --add-feed zhihu --rsshub "http://127.0.0.1:$port"
check "adding the same feed twice fails" '[ $rc -eq 1 ] && one_line_on_stderr'

run --database "$db" --refresh-topics
check "--refresh-topics exits 0" '[ $rc -eq 0 ]'
check "--refresh-topics prints what the feed gave" 'grep -q "Zhihu Hot List: 3 new, 0 seen again, 0 gone" "$tmp/out"'

run --database "$db" --list topics
check "--list topics exits 0" '[ $rc -eq 0 ]'
cp "$tmp/out" "$tmp/topics.json"
n=$(python3 "$lister" validate topics json "$tmp/topics.json")
check "--list topics writes valid JSON with heat and trend" '[ "$n" = 3 ]'
check "topics carry their heat and trend" 'python3 -c "
import json, sys
topics = {t[\"title\"]: t for t in json.load(open(sys.argv[1]))}
t = topics[\"如何看待今年双十一的销售数据？\"]
assert t[\"heat\"] == 33260000 and t[\"rank\"] == 1 and t[\"trend\"] == \"new\", t
assert t[\"source\"] == \"Zhihu Hot List\", t
" "$tmp/topics.json"'

run --database "$db" --list topics --format csv
cp "$tmp/out" "$tmp/topics.csv"
check "--list topics --format csv has the heat and trend columns" \
  '[ "$(python3 "$lister" validate topics csv "$tmp/topics.csv")" = 3 ]'

run --database "$db" --refresh-topics
check "a second refresh right away asks nothing" '[ $rc -eq 0 ] && grep -q "Zhihu Hot List: not due before" "$tmp/out"'

# A feed's own interval, in minutes, kept in seconds.
db3="$tmp/interval.db"
run --database "$db3" --add-feed "http://127.0.0.1:$port/zhihu/hot" --interval 120
check "--add-feed --interval exits 0" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]'
run --database "$db3" --add-feed zhihu --rsshub "http://127.0.0.1:$port/other"
check "--add-feed without --interval exits 0" '[ $rc -eq 0 ]'
check "the interval is stored, the default otherwise" '[ "$(python3 -c "
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(\",\".join(str(r[0]) for r in db.execute(\"SELECT interval FROM feeds ORDER BY url DESC\")))
" "$db3")" = "7200,1800" ]'

# Every feed failing: exit 1, one line per feed on stderr, topics kept.
db2="$tmp/dead.db"
run --database "$db2" --add-feed "http://127.0.0.1:$port/no/such/feed" --name "坏的源"
check "--add-feed with an address and a name exits 0" '[ $rc -eq 0 ]'
run --database "$db2" --refresh-topics
check "--refresh-topics exits 1 when every feed failed" '[ $rc -eq 1 ]'
check "the failure names the feed" 'one_line_on_stderr && grep -q "坏的源: The server answered “404" "$tmp/err"'

run --database "$db2" --add-feed "http://127.0.0.1:$port/zhihu/hot" --name "好的源"
run --database "$db2" --refresh-topics
check "one feed working is success" '[ $rc -eq 0 ] && grep -q "好的源: 3 new" "$tmp/out"'
check "the failed one waits its back-off" 'grep -q "坏的源: not due before" "$tmp/out"'

finish
