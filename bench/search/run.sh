#!/usr/bin/env bash
# Kizuna's search against Pagefind extended on the same built site (issue 24 item 3): the
# generated 10,000-post corpus (gen_search_corpus.py) built by Kizuna, indexed by Pagefind, and
# every query of queries.json run in headless Chromium against Kizuna's /search/ page and
# Pagefind's JS API (run_queries.py). Prints Markdown tables for docs/performance.md.
#
#   bench/search/run.sh [runs]        build times are medians of `runs` builds (default 3)
#
# KIZUNA=path/to/kizuna uses that binary (default .build/release/kizuna, built if missing, under
# the machine's swift lock when /work/notes/swift.lock exists). BENCH_KEEP=dir keeps the corpus,
# the site and results.json there. Needs python3, chromium; Pagefind comes from PyPI
# (pagefind-bin-extended, pinned below) into a virtual environment under ~/.cache.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
pagefind_version=1.5.2
here=bench/search

kizuna=${KIZUNA:-$PWD/.build/release/kizuna}
if [[ ! -x "$kizuna" ]]; then
  lock=()
  [[ -f /work/notes/swift.lock ]] && lock=(flock /work/notes/swift.lock nice -n 10)
  "${lock[@]}" swift build -c release --product kizuna >/dev/null
fi
command -v chromium >/dev/null || { echo "error: chromium not found (apt-get install chromium)" >&2; exit 1; }

venv=${XDG_CACHE_HOME:-$HOME/.cache}/kizuna-search-bench/venv
if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q "pagefind-bin-extended==$pagefind_version"
pagefind=$("$venv/bin/python" -c 'import os, pagefind_bin_extended as p; print(os.path.join(os.path.dirname(p.__file__), "pagefind_extended"))')

work=${BENCH_KEEP:-$(mktemp -d)}
mkdir -p "$work"
[[ -n "${BENCH_KEEP:-}" ]] || trap 'rm -rf "$work"' EXIT
rm -rf "$work/content" "$work/site"
# The committed answers must be the generator's: a changed generator needs its queries rewritten.
python3 $here/gen_search_corpus.py --queries "$work/queries.json"
cmp -s "$work/queries.json" $here/queries.json || { echo "error: $here/queries.json differs from the generator's (gen_search_corpus.py --queries)" >&2; exit 1; }
python3 $here/gen_search_corpus.py "$work/content"

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
seconds() {  # wall time of one run; a failing run stops the benchmark
  python3 -c 'import subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
if r.returncode: sys.exit(r.stderr)
print(f"{time.perf_counter() - t:.2f}")' "$@"
}

# Kizuna: clean builds (the same "now" as scripts/bench.sh, so every post is published).
build=("$kizuna" build --content "$work/content" --output "$work/site" --now 2030-01-01T00:00:00+09:00 --no-cache)
kizuna_s=$(for _ in $(seq "$runs"); do rm -rf "$work/site"; seconds "${build[@]}"; done | median)

# Pagefind as a site owner would add it: the post pages only, and only the article (not the
# related posts and the previous/next links, which name other posts).
index=("$pagefind" --site "$work/site" --glob 'news/post-*/index.html' --root-selector 'article.article')
pagefind_s=$(for _ in $(seq "$runs"); do rm -rf "$work/site/pagefind"; seconds "${index[@]}"; done | median)

size() { du -sb "$@" | awk '{s += $1} END {print s}'; }
# What the search page reads (index.json is the whole list for other tools; the page never loads it).
kizuna_files=$(find "$work/site/search" -type f ! -name '*.html' ! -name index.json)
echo "== $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $("$pagefind" --version); $(chromium --version 2>/dev/null | head -1); kizuna $kizuna"
echo
echo "| | Kizuna | Pagefind extended $pagefind_version |"
echo "|---|---:|---:|"
echo "| index on disk (bytes) | $(size $kizuna_files) | $(size "$work/site/pagefind") |"
echo "| index files | $(echo "$kizuna_files" | wc -l) | $(find "$work/site/pagefind" -type f | wc -l) |"
echo "| build time, median of $runs (s) | $kizuna_s (the whole site) | $pagefind_s (added after it) |"
echo
python3 $here/run_queries.py "$work/site" $here/queries.json "$work/results.json"
echo
echo "Per-query results: $work/results.json"
