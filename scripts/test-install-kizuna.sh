#!/usr/bin/env bash
# Tests scripts/install-kizuna.sh against a local HTTP server laid out as GitHub's release
# downloads (BASE/download/TAG/FILE, BASE/latest/download/FILE): an install of latest and of a
# tag, and the downloads it must refuse (a tampered archive, a sum missing from SHA256SUMS, an
# archive with files outside its folder, a release that does not exist). Needs python3.
#
#   scripts/test-install-kizuna.sh [ARCHIVE SHA256SUMS]
#
# With a real release archive and its SHA256SUMS (dist/ after scripts/release-build.sh), that
# archive is served and the installed kizuna must run; without, a stand-in archive is made.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
install="$here/install-kizuna.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/test-install-kizuna.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

case "$(uname -s)" in Linux) os=linux ;; Darwin) os=macos ;; *) echo "skipped: $(uname -s)"; exit 0 ;; esac
case "$(uname -m)" in x86_64 | amd64) arch=x86_64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "skipped: $(uname -m)"; exit 0 ;; esac
asset="kizuna-${os}-${arch}.tar.gz"
top="kizuna-${os}-${arch}"
srv="$work/srv"
mkdir -p "$srv/download/v9.8.7" "$srv/latest/download" "$work/stage/$top/themes/default"

if [[ $# -ge 2 ]]; then
  real=1
  cp "$1" "$srv/download/v9.8.7/$asset"
  grep -E "  \*?${asset}\$" "$2" > "$srv/download/v9.8.7/SHA256SUMS"
else
  real=0
  printf '#!/bin/sh\necho 9.8.7\n' > "$work/stage/$top/kizuna"
  chmod 755 "$work/stage/$top/kizuna"
  echo "layout" > "$work/stage/$top/themes/default/layout.mustache"
  tar -C "$work/stage" -czf "$srv/download/v9.8.7/$asset" "$top"
  (cd "$srv/download/v9.8.7" && { sha256sum "$asset" 2>/dev/null || shasum -a 256 "$asset"; } > SHA256SUMS)
fi
cp "$srv/download/v9.8.7/"* "$srv/latest/download/"

# A tampered release: the same SHA256SUMS, an archive with one byte more.
mkdir -p "$srv/download/v6.6.6"
cp "$srv/download/v9.8.7/SHA256SUMS" "$srv/download/v6.6.6/"
{ cat "$srv/download/v9.8.7/$asset"; printf 'x'; } > "$srv/download/v6.6.6/$asset"
# A release whose SHA256SUMS lists another file only.
mkdir -p "$srv/download/v5.5.5"
cp "$srv/download/v9.8.7/$asset" "$srv/download/v5.5.5/"
sed "s/${asset}\$/kizuna-other.tar.gz/" "$srv/download/v9.8.7/SHA256SUMS" > "$srv/download/v5.5.5/SHA256SUMS"
# A release whose archive writes outside its folder (matching sums: a bad archive, honestly summed).
mkdir -p "$srv/download/v4.4.4" "$work/evil/$top"
echo x > "$work/evil/$top/kizuna"
echo x > "$work/evil/escaped"
tar -C "$work/evil" -czf "$srv/download/v4.4.4/$asset" "$top" escaped
(cd "$srv/download/v4.4.4" && { sha256sum "$asset" 2>/dev/null || shasum -a 256 "$asset"; } > SHA256SUMS)

# GitHub's API for a private repository o/r: release JSON whose assets' API addresses serve the
# files (the port is filled in once known). v9.8.7 is good, v6.6.6 tampered.
api_release() { # tag, first asset id, file
  local dir="$srv/api/repos/o/r/releases/assets" sums=$2 archive=$(($2 + 1))
  mkdir -p "$dir"
  cp "$srv/download/$1/SHA256SUMS" "$dir/$sums"
  cp "$srv/download/$1/$asset" "$dir/$archive"
  printf '{"url": "@BASE@/repos/o/r/releases/1", "tag_name": "%s", "name": "Kizuna %s",\n "author": {"login": "x", "url": "@BASE@/users/x"},\n "assets": [{"url": "@BASE@/repos/o/r/releases/assets/%s", "id": %s, "name": "SHA256SUMS", "uploader": {"login": "x", "url": "@BASE@/users/x"}},\n {"url": "@BASE@/repos/o/r/releases/assets/%s", "id": %s, "name": "%s", "uploader": {"login": "x", "url": "@BASE@/users/x"}}]}\n' \
    "$1" "$1" "$sums" "$sums" "$archive" "$archive" "$asset" > "$3"
}
mkdir -p "$srv/api/repos/o/r/releases/tags"
api_release v9.8.7 11 "$srv/api/repos/o/r/releases/latest"
api_release v6.6.6 21 "$srv/api/repos/o/r/releases/tags/v6.6.6"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$srv" > "$work/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
find "$srv/api" -type f \( -name latest -o -name 'v*' \) -exec sed -i.bak "s#@BASE@#$base/api#g" {} \;
for _ in $(seq 50); do
  if python3 -c "import urllib.request; urllib.request.urlopen('$base/latest/download/SHA256SUMS')" 2>/dev/null; then break; fi
  sleep 0.1
done

failures=0
pass() { printf 'ok   %s\n' "$1"; }
fail() { printf 'FAIL %s\n' "$1"; failures=$((failures + 1)); }

export HOME="$work/home"

# 1. latest: unpacked into ~/.local/share/kizuna/<version>, linked from ~/.local/bin, runs.
if out=$("$install" --base-download-url "$base" 2> "$work/err") \
  && [[ -L "$HOME/.local/bin/kizuna" && -d "$(dirname "$out")/themes/default" ]] \
  && "$HOME/.local/bin/kizuna" --version > /dev/null; then
  pass "latest installed: $out"
else
  fail "latest: $(cat "$work/err")"
fi
if [[ $real == 0 && "$out" == "$HOME/.local/share/kizuna/v9.8.7/kizuna" ]]; then pass "named after the binary's version"; elif [[ $real == 0 ]]; then fail "folder: $out"; fi

# 2. A tag, into --dest, without a link; installing again replaces it.
if out=$("$install" --base-download-url "$base" --version v9.8.7 --dest "$work/opt/k" --no-link 2> "$work/err") \
  && [[ "$out" == "$work/opt/k/kizuna" ]] \
  && "$install" --base-download-url "$base" --version v9.8.7 --dest "$work/opt/k" --no-link > /dev/null 2>&1; then
  pass "tag v9.8.7 into --dest, twice"
else
  fail "tag into --dest: $(cat "$work/err")"
fi

# 3. What must be refused, with nothing installed.
refused() { # name, expected words, arguments…
  local name="$1" words="$2"
  shift 2
  rm -rf "$work/refused"
  if "$install" --base-download-url "$base" --dest "$work/refused" --no-link "$@" > /dev/null 2> "$work/err"; then
    fail "$name: installed"
  elif ! grep -q -- "$words" "$work/err"; then
    fail "$name: said $(cat "$work/err")"
  elif [[ -e "$work/refused" ]]; then
    fail "$name: left $work/refused"
  else
    pass "$name refused ($(grep -m 1 '^install-kizuna:' "$work/err" | cut -c17-130))"
  fi
}
refused "a tampered archive" "does not match its SHA-256" --version v6.6.6
refused "a sum missing from SHA256SUMS" "lists no sum for" --version v5.5.5
refused "an archive with files outside its folder" "holds files outside" --version v4.4.4
refused "a release that does not exist" "was not found" --version v1.0.0
refused "a tag that is not one" "is not a release tag" --version '../../etc'
mkdir -p "$work/not-kizuna"
echo keep > "$work/not-kizuna/file"
if "$install" --base-download-url "$base" --dest "$work/not-kizuna" --no-link > /dev/null 2> "$work/err" || [[ ! -f "$work/not-kizuna/file" ]]; then
  fail "a --dest that is another folder was replaced: $(cat "$work/err")"
else
  pass "a --dest that is another folder is left alone"
fi
# 4. A private repository: through GitHub's API with a token (the public download address,
# github.com, is not reachable here, so only the API route can succeed).
if out=$(GH_TOKEN=test-token GITHUB_API_URL="$base/api" "$install" --repo o/r --dest "$work/api" --no-link 2> "$work/err") \
  && [[ "$out" == "$work/api/kizuna" && -d "$work/api/themes/default" ]] && grep -q "through $base/api" "$work/err"; then
  pass "a private repository's latest release, through the API"
else
  fail "through the API: $(cat "$work/err")"
fi
rm -rf "$work/api"
if GH_TOKEN=test-token GITHUB_API_URL="$base/api" "$install" --repo o/r --version v6.6.6 --dest "$work/api" --no-link > /dev/null 2> "$work/err"; then
  fail "a tampered archive through the API was installed"
elif grep -q "does not match its SHA-256" "$work/err" && [[ ! -e "$work/api" ]]; then
  pass "a tampered archive through the API refused"
else
  fail "tampered through the API: $(cat "$work/err")"
fi

rm -rf "$srv/latest"
refused "no release at all" "no release of kizuna was found" 
if grep -q "swift build -c release --product kizuna" "$work/err"; then pass "says how to build from source"; else fail "no hint to build from source"; fi

# 5. Windows (uname says MINGW…): there is no native binary, and the script says what to do.
mkdir -p "$work/fake-bin"
# shellcheck disable=SC2016 # the stand-in's own $1
printf '#!/bin/sh\ncase "$1" in -s) echo MINGW64_NT-10.0 ;; *) echo x86_64 ;; esac\n' > "$work/fake-bin/uname"
chmod 755 "$work/fake-bin/uname"
if PATH="$work/fake-bin:$PATH" "$install" --base-download-url "$base" --no-link > /dev/null 2> "$work/err"; then
  fail "Windows: installed"
elif grep -q "WSL2" "$work/err"; then
  pass "Windows: points to WSL2 and the dev container"
else
  fail "Windows: said $(cat "$work/err")"
fi

if [[ $failures -gt 0 ]]; then
  echo "$failures failed"
  exit 1
fi
echo "all passed"
