#!/usr/bin/env bash
# Takes the README's screenshots again: builds the example portal (members build, a fixed "now"),
# photographs the home page, an event, the board, the directory, the network and a survey report
# at 1280x900 and 390x844, light and dark, in headless Chromium (scripts/screenshots.py), shrinks
# the PNGs with pngquant, and records the theme's hash in docs/screenshots/theme.sha256, which
# ScreenshotTests compares with themes/default: run this after changing the theme, and commit
# docs/screenshots/. Installs what is missing on Debian/Ubuntu (chromium, fonts-noto-cjk, pngquant).
#
#   scripts/screenshots.sh            KIZUNA=.build/debug/kizuna to use a kizuna already built
set -euo pipefail
cd "$(dirname "$0")/.."

# The moment the example describes, as the tests and CI build it.
now=2026-11-25T12:00:00+09:00
out=docs/screenshots

packages=(chromium fonts-noto-cjk pngquant)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

kizuna=${KIZUNA:-}
if [[ -z "$kizuna" ]]; then
  scripts/setup.sh
  swift build -c release --product kizuna
  kizuna=.build/release/kizuna
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$kizuna" build --quiet --no-cache --content content --theme themes/default --audience members --now "$now" \
  --output "$work/site" --allowlist "$work/allowlist.txt"

mkdir -p "$out"
rm -f "$out"/*.png
python3 scripts/screenshots.py "$work/site" "$out" >/dev/null
# Screenshots are flat colours and text: 256 colours lose nothing visible and make them about a
# third of the size. --strip drops the time stamps, so the same page gives the same file.
for png in "$out"/*.png; do
  pngquant --force --skip-if-larger --strip --speed 1 --quality 80-100 --output "$png" -- "$png" || true
done

# The theme's hash: SHA-256 of the sha256sum listing of every file under themes/default, sorted
# by path bytes (ScreenshotTests computes the same).
hash=$(cd themes/default && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
echo "$hash  themes/default" > "$out/theme.sha256"
shots=("$out"/*.png)
echo "${#shots[@]} screenshots in $out ($(du -ch "$out"/*.png | tail -1 | cut -f1)), theme $hash"
