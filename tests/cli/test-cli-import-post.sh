#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# herald --import FILE --post ID: the 公众号 single-article export, which
# names no post, goes to the post given; without one, or with a post of
# another platform, it is refused in one line and changes nothing.
# $1 is the herald executable.
set -u
herald=$1
name=import-post
. "$(dirname "$0")/cli-lib.sh"

snapshot () {
  "$herald" --database "$db" --list posts --format csv >"$tmp/$1" 2>/dev/null
}

db="$tmp/demo.db"
"$herald" --generate-demo "$db" --posts 40 --samples 0 --seed 5 >/dev/null 2>&1
check "a demo database to import into" '[ -s "$db" ]'

# A post of each platform, by the account's kind.
"$herald" --database "$db" --list accounts --format csv >"$tmp/accounts"
"$herald" --database "$db" --list posts --format csv >"$tmp/posts"
post_of () {
  python3 - "$tmp/accounts" "$tmp/posts" "$1" <<'PY'
import csv, sys
accounts = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')))
kinds = {a['id']: a['kind'] for a in accounts}
for post in csv.DictReader(open(sys.argv[2], encoding='utf-8-sig')):
    if kinds.get(post['account_id']) == sys.argv[3]:
        print(post['id'])
        break
PY
}
article=$(post_of wechat-article)
video=$(post_of douyin)
check "a 公众号 post and a 抖音 post" '[ -n "$article" ] && [ -n "$video" ]'

printf '阅读次数,平均停留时长(s),完读率,阅读后关注人数,分享次数,在看次数,点赞次数,赞赏(分),评论(条),互动率\r\n"1,234",45,38.5%%,12,30,8,50,600,7,5.2%%\r\n' >"$tmp/单篇文章.csv"

snapshot before
expect "no post" 1 --database "$db" --import "$tmp/单篇文章.csv"
check "no post: asks for one" 'grep -q "choose the post" "$tmp/err"'
expect "a post of another platform" 1 --database "$db" --import "$tmp/单篇文章.csv" --post "$video"
expect "a post that is not there" 1 --database "$db" --import "$tmp/单篇文章.csv" --post nothing
expect "--post without --import" 2 --database "$db" --post "$article"
snapshot after
check "the refusals changed nothing" 'cmp -s "$tmp/before" "$tmp/after"'

run --database "$db" --import "$tmp/单篇文章.csv" --post "$article"
check "--post: exits 0" '[ $rc -eq 0 ]'
check "--post: quiet on stderr" '[ ! -s "$tmp/err" ]'
check "--post: one row matched, ten samples" \
  'grep -q "单篇文章.csv: 1 matched, 0 created, 0 skipped, 10 samples (wechat-article-detail)" "$tmp/out"'

finish
