#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# herald --import FILE… [--profile NAME] [--account NAME] [--campaign NAME],
# end to end: counts on stdout, one line on stderr for a failure, a file
# refused changes nothing, the same file twice is refused.
# $1 is the herald executable.
set -u
herald=$1
name=import
. "$(dirname "$0")/cli-lib.sh"

# What the database holds, to compare before and after a refused import.
snapshot () {
  "$herald" --database "$db" --list posts --format csv >"$tmp/$1" 2>/dev/null
}

db="$tmp/demo.db"
"$herald" --generate-demo "$db" --posts 20 --samples 0 --seed 3 >/dev/null 2>&1
check "a demo database to import into" '[ -s "$db" ]'
set -- $("$herald" --database "$db" --list campaigns --format csv | sed -n '2p' | python3 -c '
import csv, sys
row = next(csv.reader(sys.stdin))
print(row[1], row[0])')
campaign=$1 campaign_id=$2

# A Douyin export saved as CSV (CRLF, a quoted cell with a comma and quotes).
printf '作品名称,发布时间,体裁,审核状态,播放量,完播率,点赞量\r\n"秋天的""第一杯"",奶茶",2026-11-01 20:00,视频,已发布,"1,234",3.5%%,10\r\n通勤穿搭一周不重样,2026/11/2 8:00,视频,通过,2000,0.1,5\r\n合计,,,,3234,,15\r\n' >"$tmp/作品数据.csv"
# A Xiaohongshu export in GB18030, as Excel on Chinese Windows saves it.
printf '笔记标题\t首次发布时间\t观看量\t点赞\t收藏\r\n宿舍好物清单\t2026-11-03 21:00\t900\t30\t12\r\n' |
  iconv -f UTF-8 -t GB18030 >"$tmp/笔记列表明细表.csv"
# A bad number on row 3, column C.
printf '作品名称,发布时间,播放量\r\n一,2026-11-01,1\r\n二,2026-11-02,很多\r\n' >"$tmp/bad.csv"

snapshot before
run --database "$db" --import "$tmp/作品数据.csv" --campaign "$campaign"
check "--import exits 0" '[ $rc -eq 0 ]'
check "--import is quiet on stderr" '[ ! -s "$tmp/err" ]'
check "--import prints the counts" 'grep -q "作品数据.csv: 0 matched, 2 created, 1 skipped, 6 samples (douyin)" "$tmp/out"'
snapshot after
check "--import adds the posts it made" '[ $(($(wc -l < "$tmp/after") - $(wc -l < "$tmp/before"))) -eq 2 ]'
check "the posts made are published, in the campaign" \
  '[ "$(grep -c ",$campaign_id,,published,.*作品数据.csv" "$tmp/after")" -eq 2 ]'

snapshot before
expect "the same file again" 1 --database "$db" --import "$tmp/作品数据.csv"
check "the same file again: says it was imported" 'grep -q "already imported" "$tmp/err"'
snapshot after
check "the same file again: changes nothing" 'cmp -s "$tmp/before" "$tmp/after"'

expect "a bad number" 1 --database "$db" --import "$tmp/bad.csv"
check "a bad number: names the row and column" 'grep -q "row 3, column C" "$tmp/err"'
snapshot after
check "a bad number: changes nothing" 'cmp -s "$tmp/before" "$tmp/after"'

expect "the wrong profile" 1 --database "$db" --import "$tmp/笔记列表明细表.csv" --profile douyin
expect "an unknown profile" 2 --database "$db" --import "$tmp/笔记列表明细表.csv" --profile no-such
check "an unknown profile: lists the profiles" 'grep -q "xiaohongshu" "$tmp/err"'
expect "an unknown account" 1 --database "$db" --import "$tmp/笔记列表明细表.csv" --account 没有这个号
expect "an unknown campaign" 1 --database "$db" --import "$tmp/笔记列表明细表.csv" --campaign 没有这个活动
expect "a missing file" 1 --database "$db" --import "$tmp/nothing.csv"
expect "no database" 1 --database "$tmp/none.db" --import "$tmp/笔记列表明细表.csv"
check "no database: creates none" '[ ! -e "$tmp/none.db" ]'
expect "files without --import" 2 --database "$db" "$tmp/笔记列表明细表.csv"
expect "--profile without --import" 2 --database "$db" --profile douyin
expect "--import with --list" 2 --database "$db" --import "$tmp/bad.csv" --list posts
snapshot after
check "none of the refusals changed anything" 'cmp -s "$tmp/before" "$tmp/after"'

# Several files: one line each; one failing does not stop the others.
cp "$tmp/作品数据.csv" "$tmp/copy.csv"
printf '\r\n' >>"$tmp/copy.csv"
run --database "$db" --import "$tmp/笔记列表明细表.csv" "$tmp/bad.csv" "$tmp/copy.csv" --profile xiaohongshu
check "several files: exits 1 when one fails" '[ $rc -eq 1 ]'
check "several files: GB18030 read, by the profile named" \
  'grep -q "笔记列表明细表.csv: 0 matched, 1 created, 0 skipped, 3 samples (xiaohongshu)" "$tmp/out"'
check "several files: one line per failure" '[ "$(wc -l < "$tmp/err")" -eq 2 ]'

run --database "$db" --import "$tmp/copy.csv" --account "$("$herald" --database "$db" --list accounts --format csv | grep douyin | python3 -c '
import csv, sys
print(next(csv.reader(sys.stdin))[0])')"

check "a later export of the same posts: matched, not made again" \
  '[ $rc -eq 0 ] && grep -q "copy.csv: 2 matched, 0 created, 1 skipped, 6 samples" "$tmp/out"'

finish
