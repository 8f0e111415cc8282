#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# herald --check KIND [FILE|-]: a post's text against a channel kind's
# rules, as JSON, with exit 1 over a limit and 2 for a wrong command line.
# $1 is the herald executable.
set -u
herald=$1
name=check
. "$(dirname "$0")/cli-lib.sh"

# Runs herald with stdin from $tmp/in, stdout and stderr kept apart.
run () {
  env -u DISPLAY -u WAYLAND_DISPLAY "$herald" "$@" <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
  rc=$?
}

# Prints what a Python expression over the output (as j) gives.
query () {
  python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$tmp/out" "$1"
}

# Plain text is the body, read from standard input.
printf '今天#双十一#到了，全网最 低价！@小明 看 https://t.cn/abc' >"$tmp/in"
run --check weibo
check "plain text on stdin: exits 0" '[ $rc -eq 0 ]'
check "plain text on stdin: quiet on stderr" '[ ! -s "$tmp/err" ]'
check "the kind is named" '[ "$(query "j[\"kind\"]")" = weibo ]'
# 今天 4, #双十一# 8, 到了， 6, 全网最 低价！ 11, @小明 6, space 1, 看 2, space 1, link 20: 59 half-units.
check "the body is counted Weibo's way" '[ "$(query "j[\"fields\"][\"body\"][\"count\"]")" = 30 ]'
check "the body's limit and fold" \
  '[ "$(query "(j[\"fields\"][\"body\"][\"limit\"], j[\"fields\"][\"body\"][\"fold\"], j[\"fields\"][\"body\"][\"level\"])")" = "(2000, 140, '"'"'ok'"'"')" ]'
check "every field is reported" \
  '[ "$(query "sorted(j[\"fields\"])")" = "['"'"'author'"'"', '"'"'body'"'"', '"'"'digest'"'"', '"'"'images'"'"', '"'"'tags'"'"', '"'"'title'"'"']" ]'
check "a title with no problem has a null problem" '[ "$(query "j[\"fields\"][\"title\"][\"problem\"]")" = None ]'
check "an unknown image count is null" '[ "$(query "j[\"fields\"][\"images\"][\"count\"]")" = None ]'
check "the word is found through the space inside it" \
  '[ "$(query "[(f[\"word\"], f[\"text\"], f[\"category\"], f[\"suggestion\"]) for f in j[\"findings\"]]")" = "[('"'"'最低'"'"', '"'"'最 低'"'"', '"'"'superlative'"'"', '"'"'实惠'"'"')]" ]'
check "the finding's positions are the text's" \
  '[ "$(query "[(f[\"char_start\"], f[\"char_end\"], f[\"byte_start\"], f[\"byte_end\"]) for f in j[\"findings\"]]")" = "[(12, 15, 32, 39)]" ]'
check "the topic is found, written the Weibo way" \
  '[ "$(query "[(t[\"name\"], t[\"written\"], t[\"char_start\"], t[\"char_end\"]) for t in j[\"topics\"]]")" = "[('"'"'双十一'"'"', '"'"'#双十一#'"'"', 2, 7)]" ]'
check "the mention is found" '[ "$(query "[m[\"name\"] for m in j[\"mentions\"]]")" = "['"'"'小明'"'"']" ]'

# The same from a file, and from "-".
cp "$tmp/in" "$tmp/post.txt"
cp "$tmp/out" "$tmp/stdin.json"
: >"$tmp/in"
run --check weibo "$tmp/post.txt"
check "a file gives the same as stdin" '[ $rc -eq 0 ] && cmp -s "$tmp/out" "$tmp/stdin.json"'
cp "$tmp/post.txt" "$tmp/in"
run --check weibo -
check "- is stdin" '[ $rc -eq 0 ] && cmp -s "$tmp/out" "$tmp/stdin.json"'

# JSON input: every field, tags, images and the account's limits.
cat >"$tmp/in" <<'JSON'
{"title": "冬季穿搭", "body": "#穿搭 #冬季 #通勤 #显瘦 第一次试，最近很爱", "tags": ["平价"], "images": 2}
JSON
run --check kuaishou
check "over the topics limit: exits 1" '[ $rc -eq 1 ]'
check "over the topics limit: still prints the report" '[ "$(query "j[\"over\"]")" = True ]'
check "tags and topics of the text count together" \
  '[ "$(query "(j[\"fields\"][\"tags\"][\"count\"], j[\"fields\"][\"tags\"][\"limit\"], j[\"fields\"][\"tags\"][\"level\"])")" = "(5, 3, '"'"'over'"'"')" ]'
check "exceptions are not findings" '[ "$(query "len(j[\"findings\"])")" = 0 ]'
check "topics are written the kind's way" \
  '[ "$(query "[t[\"written\"] for t in j[\"topics\"]]")" = "['"'"'#穿搭'"'"', '"'"'#冬季'"'"', '"'"'#通勤'"'"', '"'"'#显瘦'"'"', '"'"'#平价'"'"']" ]'

cat >"$tmp/in" <<'JSON'
{"title": "小标题", "body": "正文", "images": 0, "limits": {"images_min": 0}}
JSON
run --check xiaohongshu
check "an account's limits apply" '[ $rc -eq 0 ] && [ "$(query "j[\"fields\"][\"images\"][\"level\"]")" = ok ]'

cat >"$tmp/in" <<'JSON'
{"title": "一个非常非常非常非常非常长的标题，超过了二十个字的限制", "body": "正文", "images": 3}
JSON
run --check xiaohongshu
check "a title over its limit: exits 1" '[ $rc -eq 1 ]'
check "a title over its limit: level over" '[ "$(query "j[\"fields\"][\"title\"][\"level\"]")" = over ]'

cat >"$tmp/in" <<'JSON'
{"title": "公众号标题", "digest": "最佳摘要", "author": "小编"}
JSON
run --check wechat-article
check "findings name their field" '[ "$(query "[(f[\"field\"], f[\"word\"]) for f in j[\"findings\"]]")" = "[('"'"'digest'"'"', '"'"'最佳'"'"')]" ]'
check "no topics in a 公众号 text" '[ "$(query "j[\"topics\"]")" = "[]" ]'

# A title with a character 视频号 does not allow.
printf '{"title": "护手霜！真好用"}' >"$tmp/in"
run --check wechat-channels
check "a title problem is reported" \
  '[ "$(query "j[\"fields\"][\"title\"][\"problem\"]")" = "{'"'"'kind'"'"': '"'"'character'"'"', '"'"'byte_offset'"'"': 9, '"'"'char_offset'"'"': 3}" ]'
check "the short title's minimum is reported" \
  '[ "$(query "j[\"fields\"][\"title\"][\"minimum\"]")" = 6 ]'

# Wrong command lines.
: >"$tmp/in"
expect_usage "an unknown kind" --check myspace
check "an unknown kind lists the kinds" 'grep -q "wechat-article" "$tmp/err" && grep -q "weibo" "$tmp/err"'
expect_usage "two files" --check weibo "$tmp/post.txt" "$tmp/post.txt"
expect_usage "--check with --list" --check weibo --list posts
expect_usage "an argument without --check" "$tmp/post.txt"

# Input that cannot be read changes nothing and says why.
expect_failure "a missing file" --check weibo "$tmp/missing.txt"
check "a missing file is named" 'grep -qF "$tmp/missing.txt" "$tmp/err"'
printf 'a\377b' >"$tmp/in"
expect_failure "bytes that are not UTF-8" --check weibo
printf '{"body": 3}' >"$tmp/in"
expect_failure "a body that is not text" --check weibo
check "the member is named" 'grep -q "body" "$tmp/err"'
printf '{"titel": "x"}' >"$tmp/in"
expect_failure "a misspelt member" --check weibo
check "the misspelt member is named" 'grep -q "titel" "$tmp/err"'
printf '{"body": "x"' >"$tmp/in"
expect_failure "broken JSON" --check weibo

finish
