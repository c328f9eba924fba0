#!/usr/bin/env bash
# Runs the whole suite (`npm test`) under a fake system clock on each given date, or on a default
# set of hard ones, to show that no test and no code path reads the wall clock. Needs Debian's
# `faketime` (apt-get install faketime). Monotonic time is left real so timers behave. Every
# process gets the fake clock (with FAKETIME_ONLY_CMDS=node, Chromium will not start at all);
# Chromium runs very slowly under libfaketime, so on a busy machine the report's browser test can
# exceed its 30 s page timeouts: run that test alone then.
# Usage: scripts/test-faketime.sh ['YYYY-MM-DD hh:mm:ss' ...]   (times are UTC)
set -uo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "faketime is not installed: apt-get install faketime" >&2; exit 2; }
dates=("$@")
if [ ${#dates[@]} -eq 0 ]; then
  dates=('2026-01-01 04:30:00' '2026-01-01 05:30:00' '2026-02-28 23:59:00' '2028-02-29 12:00:00' '2026-03-01 13:00:00'
         '2026-03-08 07:30:00' '2026-03-08 10:30:00' '2026-05-01 01:00:00' '2026-05-31 23:59:00' '2026-11-01 06:30:00'
         '2026-12-01 14:00:00' '2026-12-05 14:00:00')
fi
failed=0
for at in "${dates[@]}"; do
  log=$(mktemp)
  if FAKETIME_DONT_FAKE_MONOTONIC=1 faketime "$at" npm test >"$log" 2>&1; then status=ok; else status=FAIL; failed=$((failed + 1)); fi
  printf '%-4s %s UTC  %s\n' "$status" "$at" "$(grep -E '^ +[0-9]+ (passing|failing)' "$log" | tr -s ' ' | tr '\n' ' ')"
  [ "$status" = FAIL ] && grep -A8 -E '^  [0-9]+\) ' "$log" | head -40
  rm -f "$log"
done
echo "faketime: $(( ${#dates[@]} - failed )) passed, $failed failed"
[ "$failed" -eq 0 ]
