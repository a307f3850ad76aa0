#!/usr/bin/env bash
# The test suite under AddressSanitizer (+ LeakSanitizer) and under ThreadSanitizer, one after the
# other, each in its own scratch folder so neither invalidates the normal .build/.
#   scripts/sanitize.sh [address|thread]...      (default: both)
# A sanitizer report makes the test process fail; the full output is in .build-{asan,tsan}/test.log.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

sanitizers=("$@")
((${#sanitizers[@]})) || sanitizers=(address thread)
declare -A scratch=([address]=.build-asan [thread]=.build-tsan)
# halt_on_error: stop at the first report, so it cannot scroll away. Leaks are checked at exit (ASan).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
# Swift's crash backtracer trips ASan (a false stack-buffer-underflow) on any crash; use the sanitizer's stack.
export SWIFT_BACKTRACE=enable=no

results=()
failed=0
for s in "${sanitizers[@]}"; do
  dir=${scratch[$s]:-}
  [[ -n "$dir" ]] || { echo "error: unknown sanitizer '$s' (expected address or thread)" >&2; exit 2; }
  mkdir -p "$dir"
  start=$SECONDS
  echo "== swift build --build-tests --sanitize=$s --scratch-path $dir"
  swift build --build-tests --sanitize="$s" --scratch-path "$dir"
  built=$((SECONDS - start))
  echo "== swift test --sanitize=$s (log: $dir/test.log)"
  set +e
  swift test --skip-build --sanitize="$s" --scratch-path "$dir" >"$dir/test.log" 2>&1
  status=$?
  set -e
  tail -3 "$dir/test.log"
  reports=$(grep -cE '^(==[0-9]+==ERROR|WARNING: ThreadSanitizer|SUMMARY: (Address|Thread|Leak)Sanitizer)' "$dir/test.log" || true)
  if ((status != 0 || reports > 0)); then
    failed=1
    grep -E -A12 '^(==[0-9]+==ERROR|WARNING: ThreadSanitizer)' "$dir/test.log" | head -60 || true
    results+=("$s: FAILED (exit $status, $reports sanitizer report line(s); build ${built} s, total $((SECONDS - start)) s)")
  else
    results+=("$s: ok (build ${built} s, total $((SECONDS - start)) s)")
  fi
done
echo "== Sanitizer summary"
printf '  %s\n' "${results[@]}"
exit "$failed"
