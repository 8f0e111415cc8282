# SPDX-License-Identifier: GPL-3.0-or-later
# What every command-line test starts with.  Sourced after `set -u`, with
# $herald set to the executable and $name to a word for the temporary
# folder.  It makes $herald absolute (some checks run in other folders),
# makes $tmp (removed on exit, after the script's own `cleanup` if it has
# one), gives a throw-away home so that no check ever sees the user's own
# database, and defines the helpers below.  A script ends with `finish`.

case $herald in
  /*) ;;
  */*) herald="$PWD/$herald" ;;
esac
fails=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/herald-cli-$name-XXXXXX")

cli_exit () {
  if command -v cleanup >/dev/null 2>&1; then
    cleanup
  fi
  rm -rf "$tmp"
}
trap cli_exit EXIT

mkdir -p "$tmp/home"
HOME="$tmp/home"
XDG_DATA_HOME="$tmp/home/.local/share"
XDG_CONFIG_HOME="$tmp/home/.config"
XDG_CACHE_HOME="$tmp/home/.cache"
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
# Dates on the command line are days in TZ when it is set.
TZ=UTC
export TZ
unset HERALD_DATABASE

check () {
  if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fails=$((fails + 1)); fi
}

# Runs herald with stdout and stderr kept apart.
run () {
  "$herald" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
}

one_line_on_stderr () {
  [ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q '^herald: ' "$tmp/err" && ! grep -q '\*\*' "$tmp/err"
}

# A failure: exit STATUS, one line on stderr, nothing on stdout.
expect () {
  name=$1 status=$2
  shift 2
  run "$@"
  check "$name: exits $status" '[ $rc -eq $status ]'
  check "$name: says so in one line" 'one_line_on_stderr'
  check "$name: prints nothing on stdout" '[ ! -s "$tmp/out" ]'
}

# A failure while running exits 1.
expect_failure () {
  name=$1
  shift
  expect "$name" 1 "$@"
}

# A wrong command line exits 2.
expect_usage () {
  name=$1
  shift
  expect "$name" 2 "$@"
}

finish () {
  if [ $fails -ne 0 ]; then
    echo "$fails check(s) failed"
    exit 1
  fi
  exit 0
}
