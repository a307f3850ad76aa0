#!/usr/bin/env bash
# The SHA-256 of every published file of a built site, one `<hex>  <path>` a line, sorted by path:
# two builds are the same site when their lists are equal. Left out: .kizuna-site and
# .kizuna-pages, the build's own records, which name the kizuna executable that made them.
#
#   scripts/site-digest.sh SITE_FOLDER
set -euo pipefail
cd "${1:?usage: scripts/site-digest.sh SITE_FOLDER}"
if command -v sha256sum >/dev/null 2>&1; then sum=(sha256sum); else sum=(shasum -a 256); fi
find . -type f ! -name '.kizuna-site' ! -name '.kizuna-pages' -print0 | LC_ALL=C sort -z | xargs -0 "${sum[@]}"
