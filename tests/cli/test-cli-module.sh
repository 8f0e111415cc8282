#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The sync module (libical, libsecret and the code that needs them) is
# loaded the first time it is needed, never at start-up: the window paints
# its first frame with no module to be found.  An export then needs it, and
# a missing one is named in the error.  Run under gui-env.sh; $1 is the
# herald executable.
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
check "the window paints its first frame without the sync module" '[ $rc -eq 0 ]'
check "start-up says nothing of the module" '! grep -q "not installed correctly" "$tmp/err"'

HERALD_MODULE_DIR="$tmp/no-module" "$herald" --database "$tmp/demo.db" --export-ics "$tmp/plan.ics" \
  --from 2026-01-01 --to 2027-12-31 >"$tmp/out" 2>"$tmp/err"
rc=$?
check "an export without the module fails" '[ $rc -ne 0 ]'
check "and names the file it looked for" 'grep -q "not installed correctly.*no-module/herald-sync.so" "$tmp/err"'
check "and writes no file" '[ ! -e "$tmp/plan.ics" ]'

run --database "$tmp/demo.db" --export-ics "$tmp/plan.ics" --from 2026-01-01 --to 2027-12-31
check "with the module, the export works" '[ $rc -eq 0 ] && head -n 1 "$tmp/plan.ics" | grep -q "^BEGIN:VCALENDAR"'

finish
