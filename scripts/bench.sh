#!/usr/bin/env bash
# Builds the same N generated news posts with Kizuna and with Hugo, side by side in one run:
# hyperfine medians, their ratio, and peak memory (max RSS). Usage: scripts/bench.sh [N] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
runs=${2:-5}
scripts/setup.sh
for tool in hugo hyperfine; do
  command -v "$tool" >/dev/null || { sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo; $sudo apt-get install -y -qq "$tool" >/dev/null; }
done
corpus=${SHARED_DIR:-../shared}/bench/gen_corpus.py
[[ -f "$corpus" ]] || { echo "error: $corpus not found (set SHARED_DIR)" >&2; exit 1; }

swift build -c release --product kizuna >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$corpus" "$work/corpus" "$n" >/dev/null
mkdir -p "$work/kizuna/content"
# A copy, not a link: the loader skips symbolic links that leave the content folder.
cp -r "$work/corpus/news" "$work/kizuna/content/news"
printf 'title: Bench\nbase_url: https://bench.example/\nnews_per_page: 20\n' > "$work/kizuna/content/site.yaml"
cp -r bench/hugo-site "$work/hugo"
mkdir -p "$work/hugo/content"
ln -s "$work/corpus/news" "$work/hugo/content/posts"

kizuna=(.build/release/kizuna build --content "$work/kizuna/content" --output "$work/kizuna/site" --now 2030-01-01T00:00:00+09:00)
hugo=(hugo --quiet --source "$work/hugo" --destination "$work/hugo/public")
echo "== $n posts, $(du -sh "$work/corpus/news" | cut -f1) of Markdown; $(nproc) cores"
hyperfine --warmup 1 --runs "$runs" --export-json "$work/times.json" \
  -n kizuna "${kizuna[*]}" -n hugo "${hugo[*]} --cleanDestinationDir"
python3 - "$work/times.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
k, h = r["kizuna"]["median"], r["hugo"]["median"]
print(f"median: kizuna {k:.3f} s, hugo {h:.3f} s, kizuna/hugo = {k/h:.2f}")
PY
for name in kizuna hugo; do
  if [[ $name == kizuna ]]; then cmd=("${kizuna[@]}"); else cmd=("${hugo[@]}"); fi
  rss=$( { /usr/bin/time -f '%M' "${cmd[@]}" >/dev/null; } 2>&1 | tail -1 )
  echo "max RSS: $name $((rss / 1024)) MiB"
done
echo "pages: kizuna $(find "$work/kizuna/site" -name '*.html' | wc -l), hugo $(find "$work/hugo/public" -name '*.html' | wc -l)"
