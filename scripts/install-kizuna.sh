#!/usr/bin/env bash
# Installs a released kizuna binary (Linux x86_64/arm64, macOS) without building Swift:
# downloads the release archive and SHA256SUMS of the repository's GitHub release, checks the
# archive's SHA-256 against SHA256SUMS, unpacks it to ~/.local/share/kizuna/<version>/ (the
# executable with the default theme beside it) and links ~/.local/bin/kizuna to it.
#
#   scripts/install-kizuna.sh [--version vX.Y.Z|latest] [--repo OWNER/NAME] [--dest DIR]
#                             [--bin-dir DIR | --no-link] [--base-download-url URL]
#
#   --version   the release's tag (default: latest, the newest release that is not a pre-release)
#   --repo      the GitHub repository (default: GITHUB_REPOSITORY, else this checkout's origin)
#   --dest      where to unpack (default: ${XDG_DATA_HOME:-~/.local/share}/kizuna/<version>)
#   --bin-dir   where to link `kizuna` (default: ~/.local/bin); --no-link links nothing
#   --base-download-url
#               where the releases are, in place of https://github.com/OWNER/NAME/releases
#               (KIZUNA_DOWNLOAD_BASE_URL too): files are fetched from BASE/download/TAG/FILE,
#               or BASE/latest/download/FILE. For tests and mirrors.
#
# With GH_TOKEN or GITHUB_TOKEN set (a Codespace and a workflow job have one), the release is
# fetched through GitHub's API (GITHUB_API_URL, default https://api.github.com), which serves a
# private repository's releases too; without, from the public download addresses.
#
# Prints the installed executable's path as its last line. No native Windows binary exists:
# on Windows use WSL2 (then this script, inside Ubuntu) or the dev container (docs/editors.en.md).
set -euo pipefail

version=latest
repo=""
dest=""
bin_dir="${HOME:-}/.local/bin"
link=1
base_url="${KIZUNA_DOWNLOAD_BASE_URL:-}"
from_github=0

fail() {
  printf 'install-kizuna: %s\n' "$1" >&2
  shift
  for line in "$@"; do printf '  %s\n' "$line" >&2; done
  exit 1
}

# What to do instead, as the last lines of an error.
other_routes="Without installing: the dev container or Docker (docs/editors.en.md, \"Getting kizuna\")."
from_source="To build it from source instead (Debian or Ubuntu with Swift 6): scripts/setup.sh && swift build -c release --product kizuna (then .build/release/kizuna; README.md)"

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --version) version="${2:?--version needs a tag, e.g. v1.2.0, or latest}"; shift 2 ;;
    --version=*) version="${1#*=}"; shift ;;
    --repo) repo="${2:?--repo needs OWNER/NAME}"; shift 2 ;;
    --repo=*) repo="${1#*=}"; shift ;;
    --dest) dest="${2:?--dest needs a folder}"; shift 2 ;;
    --dest=*) dest="${1#*=}"; shift ;;
    --bin-dir) bin_dir="${2:?--bin-dir needs a folder}"; shift 2 ;;
    --bin-dir=*) bin_dir="${1#*=}"; shift ;;
    --no-link) link=0; shift ;;
    --base-download-url) base_url="${2:?--base-download-url needs a URL}"; shift 2 ;;
    --base-download-url=*) base_url="${1#*=}"; shift ;;
    -h | --help) usage; exit 0 ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done

if [[ "$version" != latest && ! "$version" =~ ^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$ ]]; then
  fail "--version '$version' is not a release tag (e.g. v1.2.0) or 'latest'"
fi

# --- Which archive: the OS and the processor --------------------------------------------------
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW* | MSYS* | CYGWIN* | Windows_NT)
    fail "there is no native Windows binary of kizuna." \
      "Use WSL2 (wsl --install, then run this script inside Ubuntu) or the dev container" \
      "(GitHub Codespaces or VS Code Dev Containers): docs/editors.en.md, \"Getting kizuna\"." ;;
  *) fail "no kizuna binary is released for $(uname -s)"; ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) fail "no kizuna binary is released for the processor $(uname -m) (x86_64 and arm64 only)" ;;
esac
asset="kizuna-${os}-${arch}.tar.gz"

# --- Where from -------------------------------------------------------------------------------
if [[ -z "$base_url" ]]; then
  if [[ -z "$repo" ]]; then
    if [[ -n "${GITHUB_REPOSITORY:-}" ]]; then
      repo="$GITHUB_REPOSITORY"
    elif origin=$(git -C "$(dirname "$0")" remote get-url origin 2>/dev/null); then
      # git@github.com:OWNER/NAME.git, https://github.com/OWNER/NAME(.git), ssh://git@github.com/OWNER/NAME
      repo=$(printf '%s\n' "$origin" | sed -n -E 's#^(https?://([^@/]*@)?|ssh://git@|git@)github\.com[:/]([^/]+/[^/]+)$#\3#p' | sed -e 's/\.git$//')
      [[ -n "$repo" ]] || fail "the origin remote ($origin) is not a GitHub repository: give --repo OWNER/NAME"
    else
      fail "which repository? Give --repo OWNER/NAME (not in a git checkout with an origin remote)"
    fi
  fi
  [[ "$repo" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || fail "--repo '$repo' is not OWNER/NAME"
  base_url="https://github.com/${repo}/releases"
  from_github=1
fi
base_url="${base_url%/}"

if command -v curl >/dev/null 2>&1; then
  fetch() { curl --fail --silent --show-error --location --retry 2 --output "$2" "$1"; }
  # The tag `latest` redirects to (GitHub: .../releases/tag/vX.Y.Z); empty when it does not.
  latest_tag() { curl --silent --output /dev/null --write-out '%{redirect_url}' "$base_url/latest" 2>/dev/null | sed -n 's#.*/tag/\([^/?#]*\)$#\1#p'; }
elif command -v wget >/dev/null 2>&1; then
  fetch() { wget --quiet --tries=3 --output-document="$2" "$1"; }
  latest_tag() { wget --max-redirect=0 --server-response --output-document=/dev/null "$base_url/latest" 2>&1 | sed -n 's#^ *Location: .*/tag/\([^/?#]*\)\r*$#\1#p'; }
else
  fail "neither curl nor wget is installed: install one (e.g. sudo apt-get install curl)"
fi
if command -v sha256sum >/dev/null 2>&1; then
  sha256() { sha256sum "$1" | cut -d' ' -f1; }
elif command -v shasum >/dev/null 2>&1; then
  sha256() { shasum -a 256 "$1" | cut -d' ' -f1; }
else
  fail "neither sha256sum nor shasum is installed: the download cannot be checked"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/install-kizuna.XXXXXX")
trap 'rm -rf "$work"' EXIT

# With a token (GH_TOKEN or GITHUB_TOKEN: a Codespace and a workflow have one), through GitHub's
# API, which serves a private repository's release too. The token goes to the API alone.
via_api=0
token="${GH_TOKEN:-${GITHUB_TOKEN:-}}"
if [[ "$from_github" == 1 && -n "$token" ]] && command -v curl >/dev/null 2>&1; then
  api="${GITHUB_API_URL:-https://api.github.com}"
  api="${api%/}"
  if [[ "$version" == latest ]]; then release="$api/repos/$repo/releases/latest"; else release="$api/repos/$repo/releases/tags/$version"; fi
  auth=(-H "Authorization: Bearer $token" -H "X-GitHub-Api-Version: 2022-11-28")
  if curl --fail --silent --show-error --location --retry 2 "${auth[@]}" -H "Accept: application/vnd.github+json" \
      --output "$work/release.json" "$release" 2> "$work/api-error"; then
    tag=$(grep -o '"tag_name"[[:space:]]*:[[:space:]]*"[^"]*"' "$work/release.json" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
    [[ "$tag" =~ ^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$ ]] || fail "the release found through GitHub's API has no usable tag"
    # Each asset's API address comes just before its name (an uploader's address is not an asset's).
    assets=$(grep -o -E '"url"[[:space:]]*:[[:space:]]*"[^"]*/releases/assets/[0-9]+"|"name"[[:space:]]*:[[:space:]]*"[^"]*"' "$work/release.json" |
      awk -F'"' '/\/releases\/assets\// { url = $4; next } url != "" { print $4 "\t" url; url = "" }')
    asset_url() { printf '%s\n' "$assets" | awk -F'\t' -v name="$1" '$1 == name { print $2; exit }'; }
    fetch_asset() { curl --fail --silent --show-error --location --retry 2 "${auth[@]}" -H "Accept: application/octet-stream" --output "$2" "$1"; }
    sums_url=$(asset_url SHA256SUMS)
    archive_url=$(asset_url "$asset")
    printf 'Downloading %s (%s) through %s\n' "$asset" "$tag" "$api" >&2
    [[ -n "$sums_url" ]] || fail "release $tag has no SHA256SUMS: not installed"
    [[ -n "$archive_url" ]] || fail "release $tag has no $asset: there is no binary for this system." "$other_routes" "$from_source"
    fetch_asset "$sums_url" "$work/SHA256SUMS" || fail "SHA256SUMS of release $tag could not be downloaded"
    fetch_asset "$archive_url" "$work/$asset" || fail "$asset of release $tag could not be downloaded"
    via_api=1
  else
    printf "GitHub's API did not give the release (%s): trying the public download\n" "$(head -c 160 "$work/api-error" | tr -d '\n')" >&2
  fi
fi

if [[ "$via_api" == 0 ]]; then
  # Resolve `latest` to its tag first, so the archive and the sums come from the same release.
  tag="$version"
  if [[ "$tag" == latest ]]; then
    resolved=$(latest_tag || true)
    if [[ "$resolved" =~ ^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$ ]]; then tag="$resolved"; fi
  fi
  if [[ "$tag" == latest ]]; then from="$base_url/latest/download"; else from="$base_url/download/$tag"; fi

  printf 'Downloading %s (%s) from %s\n' "$asset" "$tag" "$from" >&2
  if ! fetch "$from/SHA256SUMS" "$work/SHA256SUMS"; then
    if [[ "$version" == latest ]]; then
      fail "no release of kizuna was found at $base_url (none published yet, or the repository is private: set GH_TOKEN)." \
        "$from_source"
    fi
    fail "release $version was not found at $base_url (is the tag right? see the repository's Releases page)." \
      "$from_source"
  fi
  if ! fetch "$from/$asset" "$work/$asset"; then
    fail "release $tag has no $asset: there is no binary for this system." "$other_routes" "$from_source"
  fi
fi

# --- Check the download against SHA256SUMS -----------------------------------------------------
expected=$(awk -v name="$asset" '($2 == name || $2 == "*" name) { print $1 }' "$work/SHA256SUMS" | head -n 1)
[[ "$expected" =~ ^[0-9a-fA-F]{64}$ ]] || fail "SHA256SUMS of release $tag lists no sum for $asset: not installed"
actual=$(sha256 "$work/$asset")
if [[ "$(printf '%s' "$expected" | tr 'A-F' 'a-f')" != "$actual" ]]; then
  fail "$asset does not match its SHA-256 in SHA256SUMS: not installed (the download is damaged or was altered)." \
    "expected $expected" "got      $actual"
fi
printf 'SHA-256 checked: %s  %s\n' "$actual" "$asset" >&2

# --- Unpack: one folder kizuna-<os>-<arch>/ holding kizuna and themes/ --------------------------
top="kizuna-${os}-${arch}"
if tar -tzf "$work/$asset" | grep -v -E "^(\./)?${top}(/|$)" | grep -q . ||
  tar -tzf "$work/$asset" | grep -q -E '(^|/)\.\.(/|$)'; then
  fail "$asset holds files outside $top/: not installed"
fi
mkdir "$work/unpacked"
tar -xzf "$work/$asset" -C "$work/unpacked" --no-same-owner
[[ -f "$work/unpacked/$top/kizuna" && -d "$work/unpacked/$top/themes" ]] || fail "$asset has no $top/kizuna and $top/themes/: not installed"
chmod 755 "$work/unpacked/$top/kizuna"

if [[ "$tag" == latest ]]; then
  # No tag was learnt (a mirror without redirects): the folder is named after the binary's version.
  if reported=$("$work/unpacked/$top/kizuna" --version 2>/dev/null) && [[ "$reported" =~ ([0-9]+\.[0-9]+\.[0-9]+[A-Za-z0-9.+-]*) ]]; then
    tag="v${BASH_REMATCH[1]}"
  fi
fi
if [[ -z "$dest" ]]; then
  dest="${XDG_DATA_HOME:-${HOME:?HOME is not set: give --dest}/.local/share}/kizuna/$tag"
fi
# An earlier install is replaced; any other folder is left alone.
if [[ -e "$dest" ]] && ! [[ -f "$dest/kizuna" && -d "$dest/themes" ]] && [[ -n "$(ls -A "$dest" 2>/dev/null || echo x)" ]]; then
  fail "$dest exists and is not a kizuna installation: choose another --dest"
fi
mkdir -p "$(dirname "$dest")"
rm -rf "$dest.new"
mv "$work/unpacked/$top" "$dest.new"
rm -rf "$dest"
mv "$dest.new" "$dest"
dest=$(cd "$dest" && pwd -P)

if [[ "$link" == 1 ]]; then
  mkdir -p "$bin_dir"
  ln -sfn "$dest/kizuna" "$bin_dir/kizuna"
  printf 'Linked %s/kizuna -> %s/kizuna\n' "$bin_dir" "$dest" >&2
  # shellcheck disable=SC2016 # $PATH is written as it is, for the profile
  case ":${PATH}:" in
    *":$bin_dir:"*) ;;
    *) printf 'Note: %s is not on your PATH; add it, e.g. echo '\''export PATH="%s:$PATH"'\'' >> ~/.profile\n' "$bin_dir" "$bin_dir" >&2 ;;
  esac
fi
if ! "$dest/kizuna" --version >/dev/null 2>&1; then
  fail "the installed $dest/kizuna does not run on this system ($(uname -sm))." "$from_source"
fi
printf 'Installed kizuna %s (%s) into %s\n' "$("$dest/kizuna" --version 2>/dev/null)" "$tag" "$dest" >&2
printf '%s\n' "$dest/kizuna"
