#!/usr/bin/env bash
# Builds the release archive of kizuna for this machine: dist/kizuna-<os>-<arch>.tar.gz, one
# folder kizuna-<os>-<arch>/ holding the executable `kizuna`, the default theme (themes/default/,
# found beside the executable) and README.md, and dist/SHA256SUMS over every archive in dist/.
#
#   scripts/release-build.sh [--output dist] [--arch x86_64|arm64] [--tag vX.Y.Z]
#
# Linux: the Swift runtime and Foundation linked in (--static-swift-stdlib), and cmark-gfm,
# cmark-gfm-extensions and libyaml from their static archives (.a), so the executable needs only
# the C and C++ runtime every Debian or Ubuntu has; the script FAILS when it needs anything else
# (an allowlist of NEEDED libraries). macOS: the Swift runtime is the system's (/usr/lib/swift);
# cmark-gfm and libyaml come from Homebrew's .a files; anything outside /usr/lib and /System
# fails it. `kizuna --version` must print the version in Sources/kizuna/Kizuna.swift, and with
# --tag the tag must be v<that version> (the release workflow passes the pushed tag).
#
# The archive is deterministic for a commit: names sorted, owner 0, modes normalised, every
# mtime the commit's time (SOURCE_DATE_EPOCH when set), gzip without a name or time.
set -euo pipefail

output=dist
arch=""
tag=""
while (($#)); do
  case "$1" in
    --output) output="${2:?--output needs a folder}"; shift 2 ;;
    --arch) arch="${2:?--arch needs x86_64 or arm64}"; shift 2 ;;
    --tag) tag="${2:?--tag needs vX.Y.Z}"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown argument $1 (see --help)" >&2; exit 64 ;;
  esac
done
mkdir -p "$output"
output=$(cd "$output" && pwd)
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  *) echo "error: release builds are made on Linux or macOS, not $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) host=x86_64 ;;
  aarch64|arm64) host=arm64 ;;
  *) echo "error: no release for this machine ($(uname -m))" >&2; exit 1 ;;
esac
arch=${arch:-$host}
case "$arch" in x86_64|arm64) ;; *) echo "error: --arch is x86_64 or arm64, not $arch" >&2; exit 64 ;; esac
# The C libraries are linked from this machine's own .a files, so each archive is built on its
# own kind of machine (the release workflow has a runner for each).
if [[ "$arch" != "$host" ]]; then
  echo "error: this is a $host machine; build the $arch archive on a $arch machine (cross builds are not set up)" >&2
  exit 1
fi

version=$(sed -n 's/^ *version: "\([^"]*\)",$/\1/p' Sources/kizuna/Kizuna.swift)
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "error: no X.Y.Z version in Sources/kizuna/Kizuna.swift (found '$version')" >&2; exit 1; }
if [[ -n "$tag" && "$tag" != "v$version" ]]; then
  echo "error: the tag $tag is not v$version, the version in Sources/kizuna/Kizuna.swift; change one of them" >&2
  exit 1
fi

name="kizuna-$os-$arch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== Building $name $version"

# A folder holding only the static archives, and pkg-config files naming it as their libdir:
# the linker looks there first and finds no shared library to prefer over the .a.
static="$work/static"
mkdir -p "$static" "$work/pkgconfig"
for entry in "libcmark-gfm:cmark-gfm cmark-gfm-extensions" "yaml-0.1:yaml"; do
  pc=${entry%%:*}
  file=$(pkg-config --variable=pcfiledir "$pc")/$pc.pc
  libdir=$(pkg-config --variable=libdir "$pc")
  sed "s|^libdir=.*|libdir=$static|" "$file" >"$work/pkgconfig/$pc.pc"
  for lib in ${entry#*:}; do
    archive="$libdir/lib$lib.a"
    [[ -f "$archive" ]] || { echo "error: $archive is missing (the static library of $pc; scripts/setup.sh installs it)" >&2; exit 1; }
    ln -sf "$archive" "$static/"
  done
done
ls "$static"

flags=(-c release --product kizuna -Xlinker -L"$static")
# A folder of its own, so the static build never replaces the ordinary .build/release.
scratch="${KIZUNA_RELEASE_SCRATCH:-.build-release}"
if [[ "$os" == linux ]]; then
  flags+=(--static-swift-stdlib)
fi
swift --version
started=$(date +%s)
PKG_CONFIG_PATH="$work/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}" swift build --scratch-path "$scratch" "${flags[@]}"
binary="$scratch/release/kizuna"
echo "swift build: $(($(date +%s) - started)) s"

# What the executable needs from the system.
if [[ "$os" == linux ]]; then
  needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  allowed='^(libc\.so\.6|libm\.so\.6|libdl\.so\.2|libpthread\.so\.0|librt\.so\.1|libutil\.so\.1|libstdc\+\+\.so\.6|libgcc_s\.so\.1|ld-linux-(x86-64|aarch64)\.so\.[12])$'
  glibc=$(objdump -T "$binary" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)
else
  needed=$(otool -L "$binary" | tail -n +2 | awk '{print $1}')
  allowed='^(/usr/lib/|/System/Library/)'
  glibc=""
fi
echo "needed: $(echo "$needed" | tr '\n' ' ')"
[[ -n "$glibc" ]] && echo "highest glibc symbol version: $glibc"
refused=$(echo "$needed" | grep -Ev "$allowed" || true)
if [[ -n "$refused" ]]; then
  echo "error: $binary needs libraries a machine without Swift or the C libraries lacks:" >&2
  echo "$refused" >&2
  exit 1
fi
if [[ "$os" == linux ]] && readelf -d "$binary" | grep -Eq '(RUNPATH|RPATH).*swift'; then
  echo "error: $binary has a run path into the Swift toolchain" >&2
  exit 1
fi

printed=$("$binary" --version)
[[ "$printed" == "$version" ]] || { echo "error: kizuna --version prints '$printed', not $version" >&2; exit 1; }

# The archive's folder.
stage="$work/stage/$name"
mkdir -p "$stage/themes"
cp "$binary" "$stage/kizuna"
# Linux: the symbols and debug information are most of the file; nothing at run time reads them.
# (macOS keeps the debug information out of the executable already, and stripping would
# invalidate the linker's signature.)
[[ "$os" == linux ]] && strip "$stage/kizuna"
cp -R themes/default "$stage/themes/default"
find "$stage" \( -name '.DS_Store' -o -name '*.swp' \) -delete
cat >"$stage/README.md" <<EOF
# kizuna $version ($os $arch)

Kizuna builds an alumni-network portal from Markdown and YAML content.

    ./kizuna --version
    ./kizuna build --content path/to/content --output site
    ./kizuna serve --content path/to/content
    ./kizuna --help

The default theme is in \`themes/default/\`, beside the executable, where kizuna finds it when
site.yaml names no theme of the project's own. Keep the two together (move the whole folder,
or link \`kizuna\` from a folder on your PATH).

Kizuna を展開したフォルダーのまま使います（\`themes/default/\` は実行ファイルの隣にあるときに
見つかります）。使い方は編集者ガイド（docs/editors.ja.md）を参照してください。

Guides: docs/CONTENT.md, docs/editors.en.md, docs/editors.ja.md and docs/hosting.md in the
project's repository, at the tag v$version.
EOF

epoch=${SOURCE_DATE_EPOCH:-$(git -c safe.directory='*' log -1 --format=%ct 2>/dev/null || true)}
[[ "$epoch" =~ ^[0-9]+$ ]] || { echo "error: no commit time for the archive's dates; set SOURCE_DATE_EPOCH" >&2; exit 1; }
tar=tar
tar --version 2>/dev/null | grep -q 'GNU tar' || tar=gtar
command -v "$tar" >/dev/null || { echo "error: GNU tar is needed (brew install gnu-tar)" >&2; exit 1; }
archive="$output/$name.tar.gz"
LC_ALL=C "$tar" --sort=name --format=gnu --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
  --mode='u+rwX,go+rX,go-w' -C "$work/stage" -cf - "$name" | gzip -9n >"$archive"

# SHA256SUMS over every archive in the folder (the release workflow joins those of each runner).
(
  cd "$output"
  if command -v sha256sum >/dev/null; then sum=(sha256sum); else sum=(shasum -a 256); fi
  "${sum[@]}" kizuna-*.tar.gz >SHA256SUMS
)

size() { wc -c <"$1" | tr -d ' '; }
echo "$name $version: archive $(size "$archive") bytes, kizuna $(size "$stage/kizuna") bytes (unstripped $(size "$binary"))"
cat "$output/SHA256SUMS"
