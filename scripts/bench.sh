#!/usr/bin/env bash
# Kizuna against Hugo on generated portals, side by side in one run, alternating: wall and CPU
# medians (hyperfine), peak memory (max RSS), pages per second, and the ratios.
#
#   scripts/bench.sh [sizes] [runs]      e.g. scripts/bench.sh "1000 10000 100000" 5
#
# Each size N is N news posts from ../shared/bench/gen_corpus.py plus generated events (N/20),
# opportunities (N/50) and directory profiles (N/10; a members build would list them). Set
# BENCH_OUT=/dev/shm to write the sites to memory and measure the builds without the disk. Set
# BASELINE=/path/to/an/older/kizuna to time that binary in the same runs (a "baseline" row and the
# ratio to it): how a change is shown to be no slower.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"1000 10000"}
runs=${2:-5}
scripts/setup.sh
for tool in hugo hyperfine; do
  command -v "$tool" >/dev/null || { sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo; $sudo apt-get install -y -qq "$tool" >/dev/null; }
done
corpus=${SHARED_DIR:-../shared}/bench/gen_corpus.py
[[ -f "$corpus" ]] || { echo "error: $corpus not found (set SHARED_DIR)" >&2; exit 1; }

swift build -c release --product kizuna >/dev/null
kizuna_bin=$PWD/.build/release/kizuna
work=$(mktemp -d)
out=$(mktemp -d "${BENCH_OUT:-${TMPDIR:-/tmp}}/kizuna-bench-out.XXXXXX")
trap 'rm -rf "$work" "$out"' EXIT

echo "== $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(hugo version | cut -d' ' -f1-2); output on $(df -T "$out" | awk 'NR==2 {print $2}')"
printf '%-8s %-7s %10s %10s %10s %9s %10s\n' posts tool "wall (s)" "cpu (s)" "RSS (MiB)" pages "pages/s"
for n in $sizes; do
  site=$work/$n
  python3 "$corpus" "$site/corpus" "$n" >/dev/null
  # Kizuna: a copy, not a link (the loader skips symbolic links that leave the content folder).
  mkdir -p "$site/kizuna/content"
  cp -r "$site/corpus/news" "$site/kizuna/content/news"
  printf 'title: Bench\nbase_url: https://bench.example/\nnews_per_page: 20\n' > "$site/kizuna/content/site.yaml"
  python3 - "$site/kizuna/content" "$n" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
def write(folder, name, text):
    os.makedirs(os.path.join(root, folder), exist_ok=True)
    with open(os.path.join(root, folder, name), "w", encoding="utf-8") as f: f.write(text)
for i in range(max(1, n // 20)):
    write("events", f"event-{i:05d}.yaml", f"title: 交流会 {i}\nstart: 20{20 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}T19:00:00+09:00\n"
          f"mode: online\nonline_url: https://meet.example.com/{i}\naudience: public\ndescription: |\n  第{i}回の交流会です。\n")
kinds = ["rehire", "contract", "mentor"]
for i in range(max(1, n // 50)):
    write("opportunities", f"opportunity-{i:05d}.yaml", f"title: 募集 {i}\nkind: {kinds[i % 3]}\nposted: 2029-{1 + i % 12:02d}-01\n"
          f"apply: https://jobs.example.com/{i}\naudience: public\nlocation: 東京\nremote: hybrid\n")
for i in range(max(1, n // 10)):
    write("alumni", f"member-{i:06d}.yaml", f"name: 会員 {i}\njoined: {1990 + i % 35}\nindustry: 業界{i % 12}\ninterests: [採用, 育成]\n"
          "consent:\n  directory: true\n  fields: [name, joined, industry, interests]\n  stats: true\n")
PY
  cp -r bench/hugo-site "$site/hugo"
  mkdir -p "$site/hugo/content"
  cp -r "$site/corpus/news" "$site/hugo/content/posts"

  # --no-cache: every timed run is a clean build (the rebuilds are timed below).
  kizuna="$kizuna_bin build --content $site/kizuna/content --output $out/kizuna-$n --now 2030-01-01T00:00:00+09:00 --no-cache"
  hugo="hugo --quiet --source $site/hugo --destination $out/hugo-$n --cleanDestinationDir"
  baseline=()
  [[ -n "${BASELINE:-}" ]] && baseline=(-n baseline "$BASELINE build --content $site/kizuna/content --output $out/baseline-$n --now 2030-01-01T00:00:00+09:00 --no-cache")
  hyperfine --warmup 1 --runs "$runs" --export-json "$work/times-$n.json" -n kizuna "$kizuna" -n hugo "$hugo" "${baseline[@]}" >/dev/null 2>&1
  rss_k=$( { /usr/bin/time -f '%M' $kizuna >/dev/null; } 2>&1 | tail -1 )
  rss_h=$( { /usr/bin/time -f '%M' $hugo >/dev/null; } 2>&1 | tail -1 )
  pages_k=$(find "$out/kizuna-$n" -name '*.html' | wc -l)
  pages_h=$(find "$out/hugo-$n" -name '*.html' | wc -l)
  # Rebuilds into the site just built: nothing changed; one post edited; another "now" (every
  # page the same, so taken from the previous build). Medians of the same number of runs.
  rebuild="$kizuna_bin build --content $site/kizuna/content --output $out/kizuna-$n"
  edit="$site/kizuna/content/news/post-$(printf %05d $((n / 2))).md"
  hyperfine --runs "$runs" --export-json "$work/rebuild-$n.json" \
    --prepare "$rebuild --now 2030-01-01T00:00:00+09:00" \
    --prepare "sed -i '2s/\"\$/ x\"/' $edit" \
    --prepare "$rebuild --now 2030-01-01T00:00:00+09:00" \
    -n unchanged "$rebuild --now 2030-01-01T00:00:00+09:00" \
    -n one-post "$rebuild --now 2030-01-01T00:00:00+09:00" \
    -n other-now "$rebuild --now 2030-01-02T00:00:00+09:00" >/dev/null 2>&1
  python3 - "$work/times-$n.json" "$n" "$rss_k" "$rss_h" "$pages_k" "$pages_h" <<'PY'
import json, statistics, sys
path, n, rss_k, rss_h, pages_k, pages_h = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:])
r = {x["command"]: x for x in json.load(open(path))["results"]}
def cpu(x):  # hyperfine records mean user and system time per command
    return x["user"] + x["system"]
rows = [("kizuna", r["kizuna"], rss_k, pages_k), ("hugo", r["hugo"], rss_h, pages_h)]
for name, x, rss, pages in rows:
    print(f"{n:<8} {name:<7} {x['median']:10.3f} {cpu(x):10.2f} {rss / 1024:10.0f} {pages:9d} {pages / x['median']:10.0f}")
k, h = r["kizuna"], r["hugo"]
print(f"{n:<8} ratio   {k['median'] / h['median']:10.2f} {cpu(k) / cpu(h):10.2f} {rss_k / rss_h:10.2f}   (kizuna / hugo)")
if "baseline" in r:
    b = r["baseline"]
    print(f"{n:<8} {'baseline':<7} {b['median']:10.3f} {cpu(b):10.2f}")
    print(f"{n:<8} ratio   {k['median'] / b['median']:10.2f} {cpu(k) / cpu(b):10.2f}              (kizuna / baseline)")
PY
  python3 - "$work/rebuild-$n.json" "$work/times-$n.json" "$n" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
clean = {x["command"]: x for x in json.load(open(sys.argv[2]))["results"]}["kizuna"]["median"]
for name in ("unchanged", "one-post", "other-now"):
    m = r[name]["median"]
    print(f"{sys.argv[3]:<8} rebuild {m:10.3f}   {name:<10} {m / clean:.2f} x clean")
PY
done
