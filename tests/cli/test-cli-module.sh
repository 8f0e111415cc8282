#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The sync module (libical, libsecret and the code that needs them), the
# import module (libarchive, libgcrypt), the feeds module (libsoup) and the
# text module (OpenCC) are loaded the first time they are needed, never at
# start-up: the window paints its first frame with no module to be found.  An export, an import or a refresh then needs one, and a missing
# one is named in the error.  Run under gui-env.sh; $1 is the herald
# executable.
set -u
herald=$1
name=module
. "$(dirname "$0")/cli-lib.sh"

run --generate-demo "$tmp/demo.db" --posts 200 --samples 100 --seed 3
check "a demo database to start on" '[ $rc -eq 0 ]'

mkdir -p "$tmp/no-module"
HERALD_MODULE_DIR="$tmp/no-module" HERALD_EXIT_AFTER_FIRST_FRAME=1 HERALD_DATABASE="$tmp/demo.db" \
  GSETTINGS_BACKEND=memory "$herald" >"$tmp/out" 2>"$tmp/err"
rc=$?
check "the window paints its first frame without the modules" '[ $rc -eq 0 ]'
check "start-up says nothing of the module" '! grep -q "not installed correctly" "$tmp/err"'

HERALD_MODULE_DIR="$tmp/no-module" "$herald" --database "$tmp/demo.db" --export-ics "$tmp/plan.ics" \
  --from 2026-01-01 --to 2027-12-31 >"$tmp/out" 2>"$tmp/err"
rc=$?
check "an export without the module fails" '[ $rc -ne 0 ]'
check "and names the file it looked for" 'grep -q "not installed correctly.*no-module/herald-sync.so" "$tmp/err"'
check "and writes no file" '[ ! -e "$tmp/plan.ics" ]'

run --database "$tmp/demo.db" --export-ics "$tmp/plan.ics" --from 2026-01-01 --to 2027-12-31
check "with the module, the export works" '[ $rc -eq 0 ] && head -n 1 "$tmp/plan.ics" | grep -q "^BEGIN:VCALENDAR"'

# A Douyin export as an .xlsx, its cells written inline.
python3 - "$tmp/作品数据.xlsx" <<'PY'
import sys, zipfile
cells = [['作品名称', '发布时间', '播放量'], ['模块测试', '2026-11-01 20:00', 100]]
def cell(ref, value):
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'
rows = ''.join(f'<row r="{i + 1}">' + ''.join(cell('ABC'[j] + str(i + 1), v) for j, v in enumerate(row)) + '</row>'
               for i, row in enumerate(cells))
main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr('xl/workbook.xml', f'<workbook xmlns="{main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               '<sheets><sheet name="作品数据" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr('xl/worksheets/sheet1.xml', f'<worksheet xmlns="{main}"><sheetData>{rows}</sheetData></worksheet>')
PY
"$herald" --database "$tmp/demo.db" --list posts --format csv >"$tmp/before" 2>/dev/null

HERALD_MODULE_DIR="$tmp/no-module" "$herald" --database "$tmp/demo.db" --import "$tmp/作品数据.xlsx" \
  >"$tmp/out" 2>"$tmp/err"
rc=$?
"$herald" --database "$tmp/demo.db" --list posts --format csv >"$tmp/after" 2>/dev/null
check "an import without the module fails" '[ $rc -ne 0 ]'
check "and names the file it looked for" 'grep -q "not installed correctly.*no-module/herald-import.so" "$tmp/err"'
check "and changes nothing" 'cmp -s "$tmp/before" "$tmp/after"'

run --database "$tmp/demo.db" --import "$tmp/作品数据.xlsx"
check "with the module, the .xlsx import works" '[ $rc -eq 0 ] && grep -q "1 created" "$tmp/out"'
"$herald" --database "$tmp/demo.db" --list posts --format csv >"$tmp/after" 2>/dev/null
check "and adds its post" 'grep -q "模块测试" "$tmp/after"'

HERALD_MODULE_DIR="$tmp/no-module" "$herald" --database "$tmp/demo.db" --refresh-topics >"$tmp/out" 2>"$tmp/err"
rc=$?
check "a refresh of the hot lists without the module fails" '[ $rc -ne 0 ]'
check "and names the file it looked for" 'grep -q "not installed correctly.*no-module/herald-feeds.so" "$tmp/err"'

# The demo has no feeds: with the module, the refresh gets as far as
# finding none (tests/cli/test-cli-feeds.sh fetches real ones on loopback).
run --database "$tmp/demo.db" --refresh-topics
check "with the module, the refresh finds the database has no feeds" \
  '[ $rc -eq 1 ] && grep -q "no feeds to refresh" "$tmp/err" && ! grep -q "not installed" "$tmp/err"'

finish
