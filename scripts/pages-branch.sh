#!/usr/bin/env bash
# Publishes to the gh-pages branch that GitHub Pages serves (Settings → Pages → Deploy from a
# branch → gh-pages, / (root)): the main site at its root and each pull request's preview in
# previews/pr-<N>/ beside it (docs/hosting.md, "Previews of pull requests").
#
#   scripts/pages-branch.sh site SITE        the main site: everything but previews/ replaced;
#                                            the branch becomes one commit (its history does not
#                                            grow with every day's build and every preview)
#   scripts/pages-branch.sh preview N SITE   previews/pr-N/ replaced by SITE
#   scripts/pages-branch.sh remove N         previews/pr-N/ removed
#
# Kizuna's own files (.kizuna-site, .kizuna-pages) are not published; .nojekyll at the root
# tells Pages to serve the files as they are. The publish and preview workflows push to the one
# branch at any time: a push that finds the branch moved fetches it again and retries (the main
# site's force push only replaces the commit it read, --force-with-lease).
#
# Environment: PAGES_REMOTE (default: this repository on GitHub), PAGES_BRANCH (default
# gh-pages), GITHUB_TOKEN (to push over HTTPS; never printed).
set -euo pipefail

die() { echo "pages-branch.sh: $*" >&2; exit 64; }

mode=${1:-}
case "$mode" in
  site) [[ $# -eq 2 ]] || die "usage: $0 site SITE"; number=""; site=$2 ;;
  preview) [[ $# -eq 3 ]] || die "usage: $0 preview N SITE"; number=$2; site=$3 ;;
  remove) [[ $# -eq 2 ]] || die "usage: $0 remove N"; number=$2; site="" ;;
  *) die "usage: $0 site SITE | preview N SITE | remove N" ;;
esac
if [[ -n "$number" && ! "$number" =~ ^[1-9][0-9]{0,9}$ ]]; then die "not a pull request number: $number"; fi
if [[ -n "$site" ]]; then
  [[ -f "$site/.kizuna-site" ]] || die "$site is not a site kizuna built (no .kizuna-site)"
  site=$(cd "$site" && pwd)
fi

branch=${PAGES_BRANCH:-gh-pages}
remote=${PAGES_REMOTE:-${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:?GITHUB_REPOSITORY or PAGES_REMOTE must be set}.git}

# The token goes to git through the environment, as an HTTP header: not in the remote's URL,
# not in a file, not in the log.
if [[ -n "${GITHUB_TOKEN:-}" ]]; then
  auth=$(printf 'x-access-token:%s' "$GITHUB_TOKEN" | base64 | tr -d '\n')
  [[ -n "${GITHUB_ACTIONS:-}" ]] && echo "::add-mask::$auth"
  export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0="http.extraheader" GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $auth"
fi
export GIT_TERMINAL_PROMPT=0
export GIT_AUTHOR_NAME="github-actions[bot]" GIT_COMMITTER_NAME="github-actions[bot]"
export GIT_AUTHOR_EMAIL="41898283+github-actions[bot]@users.noreply.github.com" GIT_COMMITTER_EMAIL="41898283+github-actions[bot]@users.noreply.github.com"

# Copies a built site's files into a folder, Kizuna's own files left out.
copy_site() {
  mkdir -p "$2"
  (cd "$1" && tar --exclude='./.kizuna-*' -cf - .) | (cd "$2" && tar -xf -)
}

# One attempt: read the branch, change it, push. Returns 1 when the push was refused (the
# branch moved meanwhile), to be tried again.
attempt() {
  local work base tree commit
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  git -C "$work" init -q
  git -C "$work" remote add origin "$remote"
  base=""
  if git -C "$work" fetch -q --depth 1 origin "refs/heads/$branch" 2>/dev/null; then
    base=$(git -C "$work" rev-parse FETCH_HEAD)
    git -C "$work" checkout -q --detach "$base"
  elif git -C "$work" ls-remote --exit-code -q origin "refs/heads/$branch" >/dev/null 2>&1; then
    echo "pages-branch.sh: cannot fetch $branch" >&2; return 2
  fi
  if [[ "$mode" == remove && -z "$base" ]]; then
    echo "pages-branch.sh: no $branch branch; nothing to remove"
    return 0
  fi
  case "$mode" in
    site)
      # previews/ stays, and so does CNAME: a branch-published site keeps its custom domain there.
      find "$work" -mindepth 1 -maxdepth 1 ! -name .git ! -name previews ! -name CNAME -exec rm -rf {} +
      copy_site "$site" "$work"
      ;;
    preview)
      rm -rf "${work:?}/previews/pr-$number"
      copy_site "$site" "$work/previews/pr-$number"
      ;;
    remove)
      rm -rf "${work:?}/previews/pr-$number"
      ;;
  esac
  touch "$work/.nojekyll"
  git -C "$work" add -A
  if [[ -n "$base" ]] && git -C "$work" diff --cached --quiet "$base"; then
    echo "pages-branch.sh: $branch already holds this; nothing to push"
    return 0
  fi
  tree=$(git -C "$work" write-tree)
  if [[ "$mode" == site || -z "$base" ]]; then
    # One commit with no parent: the main site and the previews as they are now.
    commit=$(git -C "$work" commit-tree "$tree" -m "Publish the site ($mode${number:+ $number})")
    git -C "$work" push -q --force-with-lease="refs/heads/$branch:$base" origin "$commit:refs/heads/$branch" || return 1
  else
    commit=$(git -C "$work" commit-tree "$tree" -p "$base" -m "Preview of pull request #$number ($mode)")
    git -C "$work" push -q origin "$commit:refs/heads/$branch" || return 1
  fi
  echo "pages-branch.sh: pushed $mode${number:+ $number} to $branch"
}

for try in 1 2 3 4 5; do
  status=0
  attempt || status=$?
  [[ $status -eq 0 ]] && exit 0
  [[ $status -eq 1 ]] || exit 1
  echo "pages-branch.sh: $branch moved meanwhile; trying again ($try)" >&2
  sleep $((try * 3))
done
echo "pages-branch.sh: could not push to $branch" >&2
exit 1
