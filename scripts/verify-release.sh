#!/usr/bin/env bash
# Checks a Linux release archive (scripts/release-build.sh) where no Swift is installed: a
# minimal Debian root made with debootstrap (bookworm, --variant=minbase), holding no Swift and
# none of the C libraries, gets the archive unpacked into /opt and a copy of content/ in /site;
# kizuna builds the example there for both audiences without --theme (so the theme is the one
# beside the executable: the archive's layout), and every file must be byte-identical to the
# same builds made by the ordinary debug build (.build/debug/kizuna, with --theme themes/default).
#
#   sudo scripts/verify-release.sh dist/kizuna-linux-x86_64.tar.gz [--reference path/to/kizuna]
#
# Needs root (debootstrap, chroot, mounting /proc) and the network to a Debian mirror the first
# time (KIZUNA_DEBIAN_MIRROR, default http://deb.debian.org/debian); the root is then kept as a
# tarball in /var/cache/kizuna (KIZUNA_ROOT_CACHE), so later runs take seconds.
set -euo pipefail

archive=""
reference=""
while (($#)); do
  case "$1" in
    --reference) reference="${2:?--reference needs a kizuna executable}"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "error: unknown option $1 (see --help)" >&2; exit 64 ;;
    *) [[ -z "$archive" ]] || { echo "error: one archive at a time" >&2; exit 64; }; archive="$1"; shift ;;
  esac
done
[[ -n "$archive" ]] || { echo "usage: scripts/verify-release.sh dist/kizuna-linux-<arch>.tar.gz [--reference kizuna]" >&2; exit 64; }
[[ -f "$archive" ]] || { echo "error: no archive at $archive" >&2; exit 1; }
archive=$(cd "$(dirname "$archive")" && pwd)/$(basename "$archive")
[[ -z "$reference" ]] || reference=$(cd "$(dirname "$reference")" && pwd)/$(basename "$reference")
cd "$(dirname "$0")/.."
repo=$(pwd)

[[ $(id -u) -eq 0 ]] || { echo "error: debootstrap and chroot need root; run it with sudo" >&2; exit 1; }
name=$(basename "$archive" .tar.gz)
[[ "$name" =~ ^kizuna-linux-(x86_64|arm64)$ ]] || { echo "error: $archive is not named kizuna-linux-<x86_64|arm64>.tar.gz" >&2; exit 1; }
now=2026-11-25T12:00:00+09:00
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

if ! command -v debootstrap >/dev/null; then
  echo "Installing debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

work=$(mktemp -d /var/tmp/kizuna-verify.XXXXXX)
root="$work/root"
cleanup() {
  if mountpoint -q "$root/proc" 2>/dev/null; then umount "$root/proc" || umount -l "$root/proc" || true; fi
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

# The minimal Debian root, from the cache or made now.
debian_arch=$(dpkg --print-architecture)
cache_dir="${KIZUNA_ROOT_CACHE:-/var/cache/kizuna}"
cached="$cache_dir/debian-bookworm-minbase-$debian_arch.tar.gz"
mkdir -p "$root"
started=$(seconds)
if [[ -f "$cached" ]]; then
  tar -xzf "$cached" -C "$root" --numeric-owner
  echo "Debian root: from $cached ($(elapsed "$started" "$(seconds)") s)"
else
  mirror="${KIZUNA_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
  echo "Debian root: debootstrap --variant=minbase bookworm ($mirror)"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; echo "error: debootstrap failed (log above)" >&2; exit 1; }
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  mkdir -p "$cache_dir"
  tar -czf "$cached.new" -C "$root" --numeric-owner --one-file-system . && mv "$cached.new" "$cached"
  echo "Debian root: made in $(elapsed "$started" "$(seconds)") s, kept as $cached"
fi

# Nothing of Swift and none of the C libraries kizuna links in may be in the root.
# (A time zone is named Swift_Current.)
found=$(find "$root" -xdev -path "$root/usr/share/zoneinfo" -prune -o \( -iname '*swift*' -o -name 'libcmark*' -o -name 'libyaml*' -o -name 'libFoundation*' \
  -o -name 'libdispatch*' -o -name 'libicu*' \) -print | sed "s|^$root||")
if [[ -n "$found" ]]; then
  echo "error: the Debian root is not clean; it holds:" >&2
  echo "$found" >&2
  exit 1
fi
if chroot "$root" /bin/sh -c 'command -v swift' >/dev/null 2>&1; then
  echo "error: swift runs in the Debian root" >&2
  exit 1
fi
echo "Debian root: $(sed -n 's/^PRETTY_NAME="\(.*\)"/\1/p' "$root/etc/os-release"), $(chroot "$root" dpkg-query -W -f='.\n' | wc -l) packages, no Swift, no cmark-gfm or libyaml"

# The archive: one folder holding kizuna, README.md and themes/default/ only.
tar -xzf "$archive" -C "$root/opt" --no-same-owner
top=$(ls -A "$root/opt")
[[ "$top" == "$name" ]] || { echo "error: the archive must unpack to the one folder $name/, not: $top" >&2; exit 1; }
layout=$(cd "$root/opt/$name" && find . -maxdepth 2 | LC_ALL=C sort | tr '\n' ' ')
[[ "$layout" == ". ./README.md ./kizuna ./themes ./themes/default " ]] ||
  { echo "error: the archive's folder holds: $layout (expected kizuna, README.md, themes/default/)" >&2; exit 1; }
[[ -x "$root/opt/$name/kizuna" && -d "$root/opt/$name/themes/default/templates" ]] ||
  { echo "error: $name/kizuna is not executable or themes/default/templates/ is missing" >&2; exit 1; }
needed=$(readelf -d "$root/opt/$name/kizuna" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')

# The example's content, and nothing else of the repository.
mkdir -p "$root/site" "$root/out"
cp -a content "$root/site/content"

# /proc as on any running system. The executable needs it: it finds its own path there (and the
# theme beside it), and without /proc the statically linked binary sees no arguments at all
# (tried: `kizuna --help` then builds with the defaults). Every Linux system and container has it.
if ! mount -t proc proc "$root/proc"; then
  echo "error: cannot mount /proc in the Debian root; in a container, run this privileged (docker run --privileged)" >&2
  exit 1
fi

run_in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "$@"
}
version=$(run_in_root "/opt/$name/kizuna" --version)
echo "In the root: kizuna --version: $version"

started=$(seconds)
run_in_root /bin/sh -c "cd /site && /opt/$name/kizuna build --audience public --now $now --output /out/public --quiet"
run_in_root /bin/sh -c "cd /site && /opt/$name/kizuna build --audience members --now $now --output /out/members --allowlist /out/auth/allowlist.txt --quiet"
release_time=$(elapsed "$started" "$(seconds)")

# The same with the ordinary debug build, on its own copy of the content.
if [[ -z "$reference" ]]; then
  reference="$repo/.build/debug/kizuna"
  [[ -x "$reference" ]] || swift build --product kizuna
fi
mkdir -p "$work/reference/site" "$work/reference/home"
cp -a content "$work/reference/site/content"
out="$work/reference/out"
started=$(seconds)
(
  cd "$work/reference/site"
  env -i HOME="$work/reference/home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "$reference" build \
    --theme "$repo/themes/default" --audience public --now "$now" --output "$out/public" --quiet
  env -i HOME="$work/reference/home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "$reference" build \
    --theme "$repo/themes/default" --audience members --now "$now" --output "$out/members" --allowlist "$out/auth/allowlist.txt" --quiet
)
reference_time=$(elapsed "$started" "$(seconds)")

# Every file, byte for byte, but for the two files a build keeps of itself, which fingerprint the
# engine (the executable's size and time) by design, so that another kizuna never reuses a page:
# the marker's second line (`inputs <hex> …`) and the page fingerprints of .kizuna-pages. Of those
# the marker's first line and the list of pages are compared.
sums() {
  (cd "$1" && find . -type f ! -name .kizuna-site ! -name .kizuna-pages -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
   for site in public/ members/; do
     echo "$(head -1 "$site.kizuna-site" | sha256sum | cut -d' ' -f1)  ./$site.kizuna-site (first line)"
     [[ ! -f "$site.kizuna-pages" ]] || echo "$(cut -d' ' -f2- "$site.kizuna-pages" | sha256sum | cut -d' ' -f1)  ./$site.kizuna-pages (pages)"
   done)
}
sums "$root/out" >"$work/release.sums"
sums "$out" >"$work/reference.sums"
files=$(grep -vc ' (first line)$\| (pages)$' "$work/release.sums")
if ! diff -u "$work/reference.sums" "$work/release.sums" >"$work/sums.diff"; then
  head -40 "$work/sums.diff" >&2
  echo "error: the release binary's build differs from the debug build's (lines above: - debug, + release)" >&2
  exit 1
fi
if ! diff -r -q -x .kizuna-site -x .kizuna-pages "$out" "$root/out" >&2; then
  echo "error: diff -r found a difference" >&2
  exit 1
fi
[[ "$files" -gt 100 ]] || { echo "error: only $files files compared; the example should give hundreds" >&2; exit 1; }

size() { wc -c <"$1" | tr -d ' '; }
echo "verify-release: $name OK: archive $(size "$archive") bytes, kizuna $(size "$root/opt/$name/kizuna") bytes, NEEDED: $needed"
echo "verify-release: $files files byte-identical (both audiences; the bookkeeping files as said above); builds in the Debian root ${release_time} s, with the debug build ${reference_time} s"
