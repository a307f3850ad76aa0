#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer + AddressSanitizer) of the parsers: the Fuzz/ package.
#
#   scripts/fuzz.sh [seconds-per-target=60] [target...]      targets: frontmatter yaml markdown loader
#   scripts/fuzz.sh --replay [target...]                       only re-run Fuzz/regressions/ and the seeds
#                                                              (also what 0 seconds means)
#
# Options (before the seconds): --keep-going  carry on after a finding (libFuzzer fork mode), so one
# known bug does not hide the next. Environment: FUZZ_WORK (default .fuzz-work).
# Each target starts from seeds built from content/ and the test fixtures, plus Fuzz/regressions/<target>/
# (every reproducer ever kept) and the corpus grown by earlier runs in $FUZZ_WORK/corpus/<target>/.
# Crash, leak, timeout and out-of-memory inputs land in $FUZZ_WORK/artifacts/<target>/, logs in
# $FUZZ_WORK/logs/. Exits 1 if any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

keep_going=0
replay=0
while [[ "${1:-}" == --* ]]; do
  case "$1" in
    --keep-going) keep_going=1 ;;
    --replay) replay=1 ;;
    *) echo "usage: scripts/fuzz.sh [--keep-going] [--replay] [seconds] [target...]" >&2; exit 2 ;;
  esac
  shift
done
seconds=60
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds=$1; shift; fi
((seconds > 0)) || replay=1  # libFuzzer reads -max_total_time=0 as "forever"
all=(frontmatter yaml markdown loader)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

work=${FUZZ_WORK:-.fuzz-work}
scratch=.build-fuzz

declare -A binary=([frontmatter]=FuzzFrontMatter [yaml]=FuzzYAML [markdown]=FuzzMarkdown [loader]=FuzzLoader)
# A 128 KB Markdown file renders in about 1 s in this debug ASan build; the known quadratic autolink
# case needs more than 60 KB to pass the 5 s timeout.
declare -A max_len=([frontmatter]=16384 [yaml]=16384 [markdown]=131072 [loader]=131072)
for t in "${targets[@]}"; do
  [[ -n "${binary[$t]:-}" ]] || { echo "error: unknown target '$t' (expected: ${all[*]})" >&2; exit 2; }
done

scripts/setup.sh
echo "== Building the fuzz targets (Fuzz/, -sanitize=fuzzer,address, scratch $scratch)"
start=$SECONDS
# Debug: SwiftPM then builds KizunaBuild testable, which the harness imports; -O on top, since an
# unoptimised build runs the Markdown target about 6 times slower (a 27 KB input: 0.70 s against
# 0.12 s). ld.gold warns about every ASan helper symbol it cannot export; those warnings are noise.
# A failed build must stop here: fuzzing the previous binaries would report a clean run of code
# that no longer exists (the check of PIPESTATUS after `|| true` read true's status).
if ! swift build --package-path Fuzz --scratch-path "$scratch" -c debug \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -O 2>&1 \
  | { grep -v "Cannot export local symbol '__asan" || true; }; then
  echo "error: building Fuzz/ failed" >&2
  exit 1
fi
bin=$(swift build --package-path Fuzz --scratch-path "$scratch" -c debug -Xswiftc -O --show-bin-path)
echo "built in $((SECONDS - start)) s"

# Seeds: every content file the repository has, in each target's input format (see Harness.swift).
seeds=$work/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{frontmatter,yaml,markdown,loader}
kind_digit() {  # Harness.Kind order: news page event opportunity profile survey ask site
  case "$1" in
    news) echo 0 ;; pages) echo 1 ;; events) echo 2 ;; opportunities) echo 3 ;;
    alumni) echo 4 ;; surveys) echo 5 ;; asks) echo 6 ;; *) echo 7 ;;
  esac
}
n=0
while IFS= read -r f; do
  n=$((n + 1))
  folder=$(basename "$(dirname "$f")")
  name="$n-$(basename "$f")"
  digit=$(kind_digit "$folder")
  if [[ "$f" == *.md ]]; then
    cp "$f" "$seeds/frontmatter/$name"
    # The front matter's YAML alone, read as the item's fields.
    { printf '%s' "$digit"; awk 'NR == 1 { next } /^---[ \t]*$/ { exit } { print }' "$f"; } > "$seeds/yaml/$name"
    body=$(awk 'fm == 2 { print; next } /^---[ \t]*$/ { fm++ }' "$f")
    printf '0%s\n' "$body" > "$seeds/markdown/0-$name"
    printf '1%s\n' "$body" > "$seeds/markdown/1-$name"
  else
    { printf '%s' "$digit"; cat "$f"; } > "$seeds/yaml/$name"
  fi
  { printf '%s' "$digit"; cat "$f"; } > "$seeds/loader/$name"
done < <(find content Tests/Fixtures/sites -type f \( -name '*.md' -o -name '*.yaml' -o -name '*.yml' \) \
           -not -path '*/static/*' | sort)
cat Fuzz/dict/yaml.dict Fuzz/dict/markdown.dict > "$work/loader.dict"
declare -A dict=([frontmatter]=Fuzz/dict/yaml.dict [yaml]=Fuzz/dict/yaml.dict
                 [markdown]=Fuzz/dict/markdown.dict [loader]=$work/loader.dict)

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
# Swift's own crash backtracer reads the stack in a way ASan reports as a stack-buffer-underflow,
# hiding the real report: let libFuzzer and ASan print the stack.
export SWIFT_BACKTRACE=enable=no
summary=()
failed=0
for t in "${targets[@]}"; do
  corpus=$work/corpus/$t
  artifacts=$work/artifacts/$t
  regressions=Fuzz/regressions/$t
  log=$work/logs/$t.log
  mkdir -p "$corpus" "$artifacts" "$regressions" "$work/logs"
  find "$artifacts" -type f | sort > "$work/logs/$t.before"
  # -timeout=5: an input running longer is a finding (a "timeout-" artifact), in every mode: the
  # seeds and kept inputs run under it before fuzzing starts and in --replay (-runs=0 runs each
  # once), and --keep-going's jobs and initial merge inherit it (a timeout there leaves its
  # artifact though the parent exits 0, so the artifact count below decides).
  args=(-timeout=5 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len="${max_len[$t]}" -dict="${dict[$t]}"
        -artifact_prefix="$artifacts/" -print_final_stats=1 -detect_leaks=1)
  if ((replay)); then
    # Run every kept input once; no mutation.
    echo "== $t: replaying $(find "$regressions" "$seeds/$t" -type f | wc -l) inputs"
    args+=(-runs=0)
  else
    echo "== $t: fuzzing for ${seconds} s (log: $log)"
    args+=(-max_total_time="$seconds")
    ((keep_going)) && args+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  set +e
  "$bin/${binary[$t]}" "${args[@]}" "$corpus" "$regressions" "$seeds/$t" >"$log" 2>&1
  status=$?
  set -e
  find "$artifacts" -type f | sort | comm -13 "$work/logs/$t.before" - > "$work/logs/$t.new"
  found=$(wc -l < "$work/logs/$t.new")
  # Executions: the last "#N" status line or the final "Done N runs" (cumulative in fork mode too).
  runs=$(grep -oE '^(Done [0-9]+|#[0-9]+)' "$log" | tail -1 | grep -oE '[0-9]+$' || echo "?")
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || echo "?")
  if ((status != 0 || found > 0)); then
    failed=1
    summary+=("$t: FAILED (exit $status, $found new artifact(s) in $artifacts/, $runs runs, cov $cov)")
    # What went wrong, without addresses and pids, so repeats collapse; then the inputs.
    while IFS= read -r line; do summary+=("    $line"); done < <(
      grep -oE '(ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [a-z -]+|Fatal error: .{0,150}|ALARM: .*)' "$log" \
        | sort | uniq -c | sort -rn | head -10
      head -10 "$work/logs/$t.new" | sed 's/^/artifact: /'
      ((found > 10)) && echo "… and $((found - 10)) more"
      ((status != 0 && found == 0)) && tail -5 "$log" | sed 's/^/log: /'
      true)
  else
    summary+=("$t: ok ($runs runs, cov $cov, corpus $(find "$corpus" -type f | wc -l) files)")
  fi
done

echo "== Fuzzing summary"
printf '  %s\n' "${summary[@]}"
if ((failed)); then
  echo "Reproduce one:  $bin/<FuzzTarget> <artifact>      minimise:  $bin/<FuzzTarget> -minimize_crash=1 -runs=20000 <artifact>"
  exit 1
fi
