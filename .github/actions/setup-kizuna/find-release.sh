#!/usr/bin/env bash
# setup-kizuna, step 1: which release, if any, was made from the same sources as the checked-out
# commit. Writes `tag` (empty: build from the sources) and `reason` (why not, said for the run's
# notice) to GITHUB_OUTPUT. Never fails the job: any doubt means building from the sources.
#
# Env: GH_TOKEN (reads the releases), USE_RELEASE (auto|never), and the runner's GITHUB_*.
set -uo pipefail

out="${GITHUB_OUTPUT:-/dev/stdout}"
decide() { # tag, reason
  printf 'tag=%s\nreason=%s\n' "$1" "$2" >> "$out"
  if [[ -n "$1" ]]; then echo "Release $1 has the same sources as this commit."; else echo "Building from the sources: $2"; fi
  exit 0
}

[[ "${USE_RELEASE:-auto}" == never ]] && decide "" "use-release is never"
[[ "$(uname -s)" == Linux ]] || decide "" "only Linux binaries are used here"

# The job runs as root in a container on a workspace checked out by another user.
git config --global --add safe.directory "$PWD" 2>/dev/null || true

if ! command -v curl >/dev/null 2>&1; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get -qq update >/dev/null && apt-get -qq install -y --no-install-recommends curl ca-certificates >/dev/null
  fi
  command -v curl >/dev/null 2>&1 || decide "" "curl is not installed"
fi

# The newest release that is neither a draft nor a pre-release.
api="${GITHUB_API_URL:-https://api.github.com}/repos/${GITHUB_REPOSITORY:?}/releases/latest"
if ! json=$(curl --fail --silent --show-error --location --retry 2 \
    -H "Accept: application/vnd.github+json" -H "Authorization: Bearer ${GH_TOKEN:-}" "$api" 2>&1); then
  decide "" "no release yet ($(printf '%s' "$json" | head -c 120))"
fi
tag=$(printf '%s' "$json" | grep -o '"tag_name"[[:space:]]*:[[:space:]]*"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
[[ "$tag" =~ ^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$ ]] || decide "" "the newest release has no usable tag"

# The tag's tree (one commit is enough: the comparison is of trees, not of history).
depth=()
[[ "$(git rev-parse --is-shallow-repository 2>/dev/null)" == true ]] && depth=(--depth=1)
if ! git fetch --quiet --no-tags "${depth[@]}" origin "+refs/tags/$tag:refs/tags/$tag"; then
  decide "" "the tag $tag could not be fetched"
fi
git diff --quiet "refs/tags/$tag" HEAD -- Sources Package.swift Package.resolved
case $? in
  0) decide "$tag" "" ;;
  1) ;;
  *) decide "" "the tag $tag could not be compared with this commit" ;;
esac
changed=$(git diff --name-only "refs/tags/$tag" HEAD -- Sources Package.swift Package.resolved | wc -l | tr -d ' ')
decide "" "$changed file(s) of Sources/, Package.swift and Package.resolved differ from the newest release, $tag"
